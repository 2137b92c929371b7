import { FUTURE_YEAR, manualClock, signUp } from '@doable/test-kit';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

async function connect(url: string, token: string): Promise<Client> {
  const client = new Client({ name: 'doable-test', version: '1.0.0' });
  await client.connect(
    new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers: { authorization: `Bearer ${token}` } } }),
  );
  return client;
}

type Listed = { items: { id: number; title: string }[]; time_zone: string };

/** The JSON a resource read returned. */
function jsonOf(result: { contents: { mimeType?: string; text?: unknown }[] }): unknown {
  const [content] = result.contents;
  expect(content?.mimeType).toBe('application/json');
  return JSON.parse(String(content?.text));
}

const promptText = (result: { messages: { content: { type: string; text?: string } }[] }) =>
  result.messages.map((message) => (message.content.type === 'text' ? message.content.text : '')).join('\n');

// 20:00 UTC on 10 March is 09:00 on 11 March in Auckland (UTC+13): "today" there is tomorrow in UTC.
const NOW = `${FUTURE_YEAR}-03-10T20:00:00Z`;

describe.each(STORAGE_KINDS)('MCP resources, prompts and completion on %s', (kind) => {
  let t: TestApp;
  let alice: { token: string };
  let bob: { token: string };
  let client: Client;
  const ids: Record<string, number> = {};
  let bobTaskId: number;

  beforeAll(async () => {
    const clock = manualClock(NOW);
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
    alice = await signUp(t.api, 'Alice');
    bob = await signUp(t.api, 'Bob');
    await t.api.patch('/api/v1/me', { time_zone: 'Pacific/Auckland' }, alice.token);
    const add = async (title: string, fields: Record<string, unknown>, token = alice.token) => {
      const res = await t.api.post('/api/v1/tasks', { title, ...fields }, token);
      expect(res.status).toBe(201);
      return res.body.id as number;
    };
    ids.today = await add('Call the plumber', { due_date: `${FUTURE_YEAR}-03-11T02:00:00Z`, tags: ['home'] });
    ids.todayWork = await add('Send the report', { due_date: `${FUTURE_YEAR}-03-11T04:00:00Z`, tags: ['work'] });
    ids.overdue = await add('Renew passport', { due_date: `${FUTURE_YEAR}-03-10T10:00:00Z`, tags: ['admin'] });
    ids.later = await add('Dentist', { due_date: `${FUTURE_YEAR}-03-11T12:00:00Z`, tags: ['health'] });
    ids.done = await add('Water plants', { due_date: `${FUTURE_YEAR}-03-11T03:00:00Z`, tags: ['home'] });
    expect((await t.api.patch(`/api/v1/tasks/${ids.done}`, { completed: true }, alice.token)).status).toBe(200);
    bobTaskId = await add('Bob secret errand', { due_date: `${FUTURE_YEAR}-03-11T02:00:00Z`, tags: ['homework'] }, bob.token);
    client = await connect(t.url, alice.token);
  });
  afterAll(async () => {
    await client?.close();
    await t?.stop();
  });

  it("reads the user's projects, the Inbox first", async () => {
    await t.api.post('/api/v1/projects', { name: 'Allotment' }, alice.token);
    const projects = jsonOf(await client.readResource({ uri: 'doable://projects' })) as { items: { name: string; role: string }[] };
    expect(projects.items.map((project) => [project.name, project.role])).toEqual([
      ['Inbox', 'owner'],
      ['Allotment', 'owner'],
    ]);
  });

  it("lists the today, overdue and projects resources, each active project's open tasks, and the templates", async () => {
    const projects = (await t.api.get('/api/v1/projects', alice.token)).body.items as { id: number; name: string }[];
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri).sort()).toEqual(
      [
        'doable://projects',
        'doable://tasks/overdue',
        'doable://tasks/today',
        ...projects.map((p) => `doable://projects/${p.id}/tasks`),
      ].sort(),
    );
    const inbox = projects.find((project) => project.name === 'Inbox');
    expect(resources.find((resource) => resource.uri === `doable://projects/${inbox?.id}/tasks`)).toMatchObject({
      title: 'Open tasks in Inbox',
      mimeType: 'application/json',
    });
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate).sort()).toEqual([
      'doable://projects/{id}/tasks',
      'doable://tasks/{id}',
    ]);
  });

  it("reads a project's open tasks, and answers a project the user is not in exactly as a missing one", async () => {
    const garden = (await t.api.post('/api/v1/projects', { name: 'Garden' }, alice.token)).body as { id: number };
    const sow = (await t.api.post('/api/v1/tasks', { title: 'Sow beans', project_id: garden.id }, alice.token)).body as { id: number };
    const mown = (await t.api.post('/api/v1/tasks', { title: 'Mow the lawn', project_id: garden.id }, alice.token)).body as { id: number };
    expect((await t.api.patch(`/api/v1/tasks/${mown.id}`, { completed: true }, alice.token)).status).toBe(200);
    const uri = `doable://projects/${garden.id}/tasks`;
    const read = jsonOf(await client.readResource({ uri })) as Listed & { project: { id: number; name: string } };
    expect(read.project).toEqual({ id: garden.id, name: 'Garden' });
    expect(read.items.map((task) => task.id)).toEqual([sow.id]);

    const bobs = (await t.api.post('/api/v1/projects', { name: 'Bob private' }, bob.token)).body as { id: number };
    await t.api.post('/api/v1/tasks', { title: 'Bob secret plan', project_id: bobs.id }, bob.token);
    const refusal = async (target: string) => {
      const error = await client.readResource({ uri: target }).then(
        () => undefined,
        (caught: unknown) => caught as { code?: number; message: string },
      );
      expect(error, target).toBeDefined();
      return { code: error?.code, message: error?.message.replace(target, '<uri>') };
    };
    const foreign = await refusal(`doable://projects/${bobs.id}/tasks`);
    expect(foreign.code).toBe(-32002);
    expect(foreign.message).not.toContain('Bob');
    expect(await refusal('doable://projects/999999999/tasks')).toEqual(foreign);
    expect(await refusal('doable://projects/garden/tasks')).toEqual(foreign);
  });

  it("completes a project id from the start of the caller's own project ids and names", async () => {
    const mine = (await t.api.post('/api/v1/projects', { name: 'Kitchen' }, alice.token)).body as { id: number };
    await t.api.post('/api/v1/projects', { name: 'Kitesurfing' }, bob.token);
    const complete = async (value: string) =>
      (await client.complete({ ref: { type: 'ref/resource', uri: 'doable://projects/{id}/tasks' }, argument: { name: 'id', value } }))
        .completion.values;
    expect(await complete('kit')).toEqual([String(mine.id)]);
    expect(await complete(String(mine.id))).toContain(String(mine.id));
    const all = (await t.api.get('/api/v1/projects', alice.token)).body.items as { id: number }[];
    expect((await complete('')).sort()).toEqual(all.map((project) => String(project.id)).sort());
  });

  it("reads today's open tasks in the user's time zone, and the overdue ones", async () => {
    const today = jsonOf(await client.readResource({ uri: 'doable://tasks/today' })) as Listed;
    expect(today.time_zone).toBe('Pacific/Auckland');
    expect(today.items.map((task) => task.id)).toEqual([ids.today, ids.todayWork]);
    const overdue = jsonOf(await client.readResource({ uri: 'doable://tasks/overdue' })) as Listed;
    expect(overdue.items.map((task) => task.id)).toEqual([ids.overdue]);
  });

  it("reads a task by id, and answers another user's id exactly as an unknown one", async () => {
    const task = jsonOf(await client.readResource({ uri: `doable://tasks/${ids.today}` })) as { id: number; title: string };
    expect(task).toMatchObject({ id: ids.today, title: 'Call the plumber' });
    const refusal = async (uri: string) => {
      const error = await client.readResource({ uri }).then(
        () => undefined,
        (caught: unknown) => caught as { code?: number; message: string },
      );
      expect(error, uri).toBeDefined();
      return { code: error?.code, message: error?.message.replace(uri, '<uri>') };
    };
    const foreign = await refusal(`doable://tasks/${bobTaskId}`);
    expect(foreign.code).toBe(-32002);
    expect(foreign.message).not.toContain('secret');
    expect(await refusal('doable://tasks/999999999')).toEqual(foreign);
    expect(await refusal('doable://tasks/not-a-number')).toEqual(foreign);
  });

  it('serves resources and prompts to a read-only API key', async () => {
    const key = await t.api.post('/api/auth/api-key/create', { name: 'reader', scope: 'read' }, alice.token);
    expect(key.status).toBe(200);
    const reader = await connect(t.url, key.body.key);
    const today = jsonOf(await reader.readResource({ uri: 'doable://tasks/today' })) as Listed;
    expect(today.items).toHaveLength(2);
    expect(promptText(await reader.getPrompt({ name: 'plan_my_day', arguments: {} }))).toContain('Call the plumber');
    await reader.close();
  });

  it('plans the day from the overdue and today tasks, narrowed to a focus tag', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => [prompt.name, prompt.arguments?.map((arg) => [arg.name, arg.required])])).toEqual([
      ['plan_my_day', [['focus', false]]],
      ['weekly_review', [['tag', false]]],
    ]);
    const all = promptText(await client.getPrompt({ name: 'plan_my_day', arguments: {} }));
    expect(all).toContain(`#${ids.overdue} "Renew passport"`);
    expect(all).toContain(`#${ids.today} "Call the plumber"`);
    expect(all).toContain(`#${ids.todayWork} "Send the report"`);
    expect(all).not.toContain('Dentist');
    expect(all).not.toContain('Water plants');
    expect(all).not.toContain('Bob');
    const work = promptText(await client.getPrompt({ name: 'plan_my_day', arguments: { focus: 'Work' } }));
    expect(work).toContain('Send the report');
    expect(work).not.toContain('Call the plumber');
    expect(work).not.toContain('Renew passport');
  });

  it('reviews the week: done in the last 7 days, overdue, and due in the next 7', async () => {
    const review = promptText(await client.getPrompt({ name: 'weekly_review', arguments: {} }));
    const [done, overdue, upcoming] = ['Completed in the last 7 days', 'Overdue', 'Due in the next 7 days'].map(
      (title) => review.split(`${title}:`)[1]?.split('\n\n')[0] ?? '',
    );
    expect(done).toContain('Water plants');
    expect(overdue).toContain('Renew passport');
    expect(upcoming).toContain('Dentist');
    expect(upcoming).toContain('Call the plumber');
    const home = promptText(await client.getPrompt({ name: 'weekly_review', arguments: { tag: 'home' } }));
    expect(home).toContain('Water plants');
    expect(home).not.toContain('Dentist');
  });

  it("completes the tag arguments from the user's own tags only", async () => {
    const complete = async (name: string, argument: string, value: string) =>
      (await client.complete({ ref: { type: 'ref/prompt', name }, argument: { name: argument, value } })).completion.values;
    expect((await complete('plan_my_day', 'focus', 'h')).sort()).toEqual(['health', 'home']);
    expect(await complete('weekly_review', 'tag', 'wo')).toEqual(['work']);
    // Bob's "homework" tag is not offered to Alice.
    expect(await complete('plan_my_day', 'focus', 'homew')).toEqual([]);
    expect((await complete('plan_my_day', 'focus', '')).sort()).toEqual(['admin', 'health', 'home', 'work']);
  });

  it('accepts logging/setLevel', async () => {
    await expect(client.setLoggingLevel('info')).resolves.toEqual({});
  });
});

import { TOOL_NAMES, type ToolName } from '@doable/contracts';
import { FUTURE_YEAR, signUp } from '@doable/test-kit';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callTool, type ToolCallResult } from '../testing/mcp-tool-call.ts';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

async function connect(url: string, token?: string): Promise<Client> {
  const client = new Client({ name: 'doable-test', version: '1.0.0' });
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers } }));
  return client;
}

/** The tool list's size in tokens (characters / 4) that `tools/list` may not exceed: see docs/api.md. */
const TOOL_LIST_TOKEN_BUDGET = 14_000;

const text = (result: ToolCallResult<ToolName>) => result.content.map((part) => part.text ?? '').join('\n');

describe.each(STORAGE_KINDS)('MCP over Streamable HTTP on %s', (kind) => {
  let t: TestApp;
  let alice: { token: string };
  let bob: { token: string };
  let client: Client;
  const call = <Name extends ToolName>(name: Name, args: Record<string, unknown> = {}, as = client) => callTool(as, name, args);

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = await signUp(t.api, 'Alice');
    bob = await signUp(t.api, 'Bob');
    client = await connect(t.url, alice.token);
  });
  afterAll(async () => {
    await client?.close();
    await t.stop();
  });

  it('lists every tool with input and output JSON Schemas carrying descriptions', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
    }
    const setPriority = tools.find((tool) => tool.name === 'set_priority');
    expect(setPriority?.inputSchema.required).toEqual(['task_id', 'priority']);
    expect(JSON.stringify(setPriority?.inputSchema.properties)).toContain('"enum":["high","medium","low"]');
    const addTask = tools.find((tool) => tool.name === 'add_task');
    expect(JSON.stringify(addTask?.inputSchema.properties?.due_date)).toMatch(/tomorrow 5pm/);
  });

  it('annotates every tool with all four hints, right for what the tool does', async () => {
    // What each tool does to the user's tasks, written out here rather than read from the code under test.
    const reads = { readOnlyHint: true, destructiveHint: false, idempotentHint: true };
    const creates = { readOnlyHint: false, destructiveHint: false, idempotentHint: false };
    const adds = { readOnlyHint: false, destructiveHint: false, idempotentHint: true };
    const overwrites = { readOnlyHint: false, destructiveHint: true, idempotentHint: true };
    const shifts = { readOnlyHint: false, destructiveHint: true, idempotentHint: false };
    const expected: Record<string, typeof reads> = {
      list_tasks: reads,
      search_tasks: reads,
      filter_tasks: reads,
      sort_tasks: reads,
      list_tags: reads,
      add_task: creates,
      add_tasks: creates,
      create_recurring: creates,
      create_recurring_task: creates,
      quick_add: creates,
      add_tag: adds,
      update_task: overwrites,
      complete_task: overwrites,
      set_priority: overwrites,
      set_due_date: overwrites,
      postpone_task: shifts,
      remove_tag: overwrites,
      set_reminder: overwrites,
      delete_task: overwrites,
      list_projects: reads,
      create_project: creates,
      share_project: creates,
      assign_task: overwrites,
      move_task: overwrites,
      add_subtask: creates,
    };
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(Object.keys(expected).sort());
    for (const tool of tools) {
      expect(tool.annotations, tool.name).toEqual({ title: tool.title, ...expected[tool.name], openWorldHint: false });
      expect(tool.outputSchema?.type, tool.name).toBe('object');
    }
  });

  it('keeps the serialized tool list under its token budget (documented in docs/api.md)', async () => {
    const { tools } = await client.listTools();
    // A token is about four characters of JSON; the budget leaves room for a few more tools.
    expect(Math.ceil(JSON.stringify(tools).length / 4)).toBeLessThanOrEqual(TOOL_LIST_TOKEN_BUDGET);
  });

  it('calls every tool against the database, through the same service as REST', async () => {
    // A user of its own, so the lists below hold exactly what this case made, whichever cases ran before.
    const { token, userId } = await signUp(t.api, 'Carol');
    await t.api.patch('/api/v1/me', { time_zone: 'Europe/Paris' }, token);
    const mine = await connect(t.url, token);
    // Every tool answers a successful call with structuredContent (checked against its outputSchema by the client).
    const called = new Set<string>();
    const use = async <Name extends ToolName>(name: Name, args: Record<string, unknown> = {}) => {
      const result = await call(name, args, mine);
      if (!result.isError) {
        expect(result.structuredContent, name).toBeTypeOf('object');
        called.add(name);
      }
      return result;
    };
    const added = await use('add_task', {
      title: 'Buy milk',
      priority: 'high',
      tags: ['Home'],
      due_date: `${FUTURE_YEAR}-01-20T17:00:00Z`,
      remind_before: '1h',
    });
    expect(added.isError).toBeFalsy();
    expect(added.structuredContent).toMatchObject({
      title: 'Buy milk',
      priority: 'high',
      tags: ['home'],
      due_date: `${FUTURE_YEAR}-01-20T17:00:00.000Z`,
    });
    expect(added.structuredContent.reminder_at).toBe(`${FUTURE_YEAR}-01-20T16:00:00.000Z`);
    expect(text(added)).toContain('Added: #');
    const id = added.structuredContent.id as number;
    expect((await t.api.get(`/api/v1/tasks/${id}`, token)).body.title).toBe('Buy milk');

    const phrase = await use('add_task', { title: 'Call mum', due_date: 'tomorrow 5pm' });
    const due = new Date(phrase.structuredContent.due_date!);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(due)).toBe('17:00');
    expect(due.getTime() - Date.now()).toBeGreaterThan(0);
    expect(due.getTime() - Date.now()).toBeLessThan(49 * 3600_000);

    expect((await use('list_tasks')).structuredContent.items).toHaveLength(2);
    const batch = await use('add_tasks', {
      tasks: [
        { title: 'Pack bags', tags: ['Trip'] },
        { title: 'Book taxi', due_date: 'tomorrow 5pm' },
      ],
    });
    expect(batch.structuredContent.items.map((x: { title: string }) => x.title)).toEqual(['Pack bags', 'Book taxi']);
    for (const made of batch.structuredContent.items) await t.api.delete(`/api/v1/tasks/${made.id}`, token);
    expect((await use('update_task', { task_id: id, title: 'Buy oat milk' })).structuredContent.title).toBe('Buy oat milk');
    expect((await use('update_task', { task_id: id, recurring: 'weekly' })).structuredContent.recurring).toBe('weekly');
    expect((await use('update_task', { task_id: id, recurring: null })).structuredContent.recurring).toBeNull();
    expect((await use('search_tasks', { query: 'OAT' })).structuredContent.items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await use('set_priority', { task_id: id, priority: 'low' })).structuredContent.priority).toBe('low');
    expect((await use('add_tag', { task_id: id, tag: 'Errands' })).structuredContent.tags).toEqual(['home', 'errands']);
    expect((await use('remove_tag', { task_id: id, tag: 'home' })).structuredContent.tags).toEqual(['errands']);
    expect((await use('set_due_date', { task_id: id, date: `${FUTURE_YEAR}-02-01T10:00:00Z` })).structuredContent).toMatchObject({
      due_date: `${FUTURE_YEAR}-02-01T10:00:00.000Z`,
      reminder_at: `${FUTURE_YEAR}-02-01T09:00:00.000Z`,
    });
    expect((await use('set_reminder', { task_id: id, before: '1d' })).structuredContent.reminder_at).toBe(
      `${FUTURE_YEAR}-01-31T10:00:00.000Z`,
    );
    // Two days later and back an hour, the reminder a day before the new due date.
    expect((await use('postpone_task', { task_id: id, by: 'P2D' })).structuredContent).toMatchObject({
      due_date: `${FUTURE_YEAR}-02-03T10:00:00.000Z`,
      reminder_at: `${FUTURE_YEAR}-02-02T10:00:00.000Z`,
    });
    expect((await use('postpone_task', { task_id: id, by: '-PT1H' })).structuredContent.due_date).toBe(
      `${FUTURE_YEAR}-02-03T09:00:00.000Z`,
    );
    const filtered = await use('filter_tasks', { status: 'pending', priority: ['low'], tags: ['errands'] });
    expect(filtered.structuredContent.items.map((x: { id: number }) => x.id)).toEqual([id]);
    const sorted = await use('sort_tasks', { field: 'title', order: 'asc' });
    expect(sorted.structuredContent.items.map((x: { title: string }) => x.title)).toEqual(['Buy oat milk', 'Call mum']);
    expect((await use('list_tags')).structuredContent.items).toEqual([{ tag: 'errands', count: 1 }]);

    const quick = await use('quick_add', { text: 'water the ferns every! 3 days at 8am p3 @garden //the big ones' });
    expect(quick.structuredContent.task).toMatchObject({
      title: 'water the ferns',
      description: 'the big ones',
      priority: 'low',
      tags: ['garden'],
      recurring: 'FREQ=DAILY;INTERVAL=3',
      recurrence_basis: 'completion',
    });
    expect(quick.structuredContent.parse.tokens.map((token: { kind: string }) => token.kind)).toEqual([
      'recurrence',
      'date',
      'priority',
      'tag',
      'description',
    ]);
    expect(text(quick)).toContain('"@garden" as tag');
    expect((await t.api.get(`/api/v1/tasks/${quick.structuredContent.task.id}`, token)).body.title).toBe('water the ferns');
    expect((await t.api.get('/api/v1/conversations', token)).body.items).toEqual([]);
    await t.api.delete(`/api/v1/tasks/${quick.structuredContent.task.id}`, token);

    const recurring = await use('create_recurring', {
      title: 'Standup',
      pattern: 'FREQ=WEEKLY;BYDAY=MO',
      due_date: `${FUTURE_YEAR}-01-06T08:00:00Z`,
    });
    expect(recurring.structuredContent.recurring).toBe('FREQ=WEEKLY;BYDAY=MO');
    // The first due date falls on the rule: a Thursday given for a Sunday rule moves to that Sunday, same time; a
    // monthly weekday rule without a date starts on its next such day at 9:00 (Paris).
    const sunday = await use('create_recurring', {
      title: 'Plan the week',
      pattern: 'FREQ=WEEKLY;BYDAY=SU',
      due_date: `${FUTURE_YEAR}-01-09T19:00:00Z`,
    });
    expect(sunday.structuredContent.due_date).toBe(`${FUTURE_YEAR}-01-12T19:00:00.000Z`);
    const monthly = await use('create_recurring', { title: 'Team sync', pattern: 'FREQ=MONTHLY;BYDAY=1MO' });
    const local = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', weekday: 'short', day: 'numeric', hour: '2-digit' });
    const firstMonday = Object.fromEntries(
      local.formatToParts(new Date(monthly.structuredContent.due_date ?? 0)).map((part) => [part.type, part.value]),
    );
    expect([firstMonday.weekday, Number(firstMonday.day) <= 7, firstMonday.hour]).toEqual(['Mon', true, '09']);
    for (const made of [sunday, monthly]) await t.api.delete(`/api/v1/tasks/${made.structuredContent.id}`, token);
    const alias = await use('create_recurring_task', { title: 'Pay rent', pattern: 'monthly' });
    expect(alias.structuredContent.recurring).toBe('monthly');

    const completed = await use('complete_task', { task_id: recurring.structuredContent.id });
    expect(completed.structuredContent.completed).toBe(true);
    await t.settle();
    const next = await t.api.get('/api/v1/tasks?search=standup&status=pending', token);
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0]?.due_date).toBe(`${FUTURE_YEAR}-01-13T08:00:00.000Z`);

    const deleted = await use('delete_task', { task_id: id });
    expect(deleted.structuredContent).toEqual({ deleted: id, title: 'Buy oat milk' });
    expect((await t.api.get(`/api/v1/tasks/${id}`, token)).status).toBe(404);
    await t.settle();
    const history = await t.api.get(`/api/v1/tasks/${completed.structuredContent.id}/history`, token);
    expect(history.body.items.map((e: { event_type: string }) => e.event_type)).toEqual(['created', 'completed']);

    const garden = await use('create_project', { name: 'Garden', color: '#22AA55', emoji: '🌱' });
    expect(garden.structuredContent).toMatchObject({ name: 'Garden', color: '#22aa55', emoji: '🌱', role: 'owner', is_inbox: false });
    expect((await use('list_projects')).structuredContent.items.map((project) => project.name)).toEqual(['Inbox', 'Garden']);
    const seeds = await use('add_task', { title: 'Sow seeds', project: 'garden' });
    expect(seeds.structuredContent.project_id).toBe(garden.structuredContent.id);
    expect(text(seeds)).toMatch(/^Added: #\d+ "Sow seeds", in Garden, medium priority/);
    const assigned = await use('assign_task', { task_id: seeds.structuredContent.id, assignee: 'me' });
    expect(assigned.structuredContent.assignee_id).toBe(userId);
    const moved = await use('move_task', { task_id: seeds.structuredContent.id, project: 'Inbox' });
    const sub = await use('add_subtask', { parent: 'sow seeds', title: 'Buy compost' });
    expect(sub.structuredContent).toMatchObject({ parent_id: seeds.structuredContent.id, title: 'Buy compost' });
    const water = await use('add_subtask', { parent: seeds.structuredContent.id, title: 'Water' });
    const reordered = await use('move_task', { task_id: water.structuredContent.id, before: 'buy compost' });
    expect(reordered.structuredContent.position < sub.structuredContent.position).toBe(true);
    expect(moved.structuredContent.project_id).not.toBe(garden.structuredContent.id);
    const link = await use('share_project', { project: garden.structuredContent.id, link: true });
    expect(link.structuredContent.invite_link?.url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await t.api.delete(`/api/v1/tasks/${seeds.structuredContent.id}`, token);
    await mine.close();
    expect([...called].sort()).toEqual([...TOOL_NAMES].sort());
  });

  it('answers mistakes as tool errors with clear messages', async () => {
    const unknown = await call('complete_task', { task_id: 999999 });
    expect(unknown.isError).toBe(true);
    expect(text(unknown)).toBe('There is no task #999999.');
    const task = (await call('add_task', { title: 'Error probe' })).structuredContent;
    const badPriority = await call('set_priority', { task_id: task.id, priority: 'urgent' });
    expect(badPriority.isError).toBe(true);
    expect(text(badPriority)).toContain('priority: use high, medium or low.');
    const badDate = await call('set_due_date', { task_id: task.id, date: 'when pigs fly' });
    expect(badDate.isError).toBe(true);
    expect(text(badDate)).toContain('could not read "when pigs fly" as a date');
    const undated = await call('postpone_task', { task_id: task.id, by: 'P2D' });
    expect(undated.isError).toBe(true);
    expect(text(undated)).toBe(`Task #${task.id} "Error probe" has no due date to move; give it one instead, e.g. "move it to friday".`);
    const badShift = await call('postpone_task', { task_id: task.id, by: '2 days' });
    expect(badShift.isError).toBe(true);
    expect(text(badShift)).toContain('by: Use an ISO 8601 duration');
    const badPattern = await call('create_recurring', { title: 'x', pattern: 'sometimes' });
    expect(badPattern.isError).toBe(true);
    expect(text(badPattern)).toMatch(/not valid/);
    await expect(client.callTool({ name: 'no_such_tool', arguments: {} })).resolves.toMatchObject({ isError: true });
  });

  it('adds a batch of tasks all together, or none when one of them is invalid', async () => {
    const { token } = await signUp(t.api, 'Dora');
    const mine = await connect(t.url, token);
    const titles = Array.from({ length: 25 }, (_, i) => `Batch ${i + 1}`);
    const added = await call('add_tasks', { tasks: titles.map((title) => ({ title, priority: 'low' })) }, mine);
    expect(added.isError).toBeFalsy();
    expect(added.structuredContent.items.map((x: { title: string }) => x.title)).toEqual(titles);
    expect(text(added)).toMatch(/^Added 25 tasks:/);
    await t.settle();
    // Each task came with its created event, in the same transaction.
    const first = added.structuredContent.items[0]!.id;
    const history = await t.api.get(`/api/v1/tasks/${first}/history`, token);
    expect(history.body.items.map((e: { event_type: string }) => e.event_type)).toEqual(['created']);

    const tooMany = await call('add_tasks', { tasks: [...titles, 'one more'].map((title) => ({ title })) }, mine);
    expect(tooMany.isError).toBe(true);
    expect((await call('add_tasks', { tasks: [] }, mine)).isError).toBe(true);

    // A bad date in the second task: the first one is not created either.
    const bad = await call('add_tasks', { tasks: [{ title: 'Would be alone' }, { title: 'Bad', due_date: 'when pigs fly' }] }, mine);
    expect(bad.isError).toBe(true);
    expect(text(bad)).toContain('tasks[1] ("Bad")');
    // A bad rhythm found by the service inside the transaction rolls back the tasks before it.
    const badRhythm = await call(
      'add_tasks',
      {
        tasks: [
          { title: 'Would be alone too' },
          { title: 'Off rhythm', recurring: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU', due_date: `${FUTURE_YEAR}-03-03T09:00:00Z` },
        ],
      },
      mine,
    );
    expect(badRhythm.isError).toBe(true);
    expect(text(badRhythm)).toMatch(/every 7 days/i);
    const all = await t.api.get('/api/v1/tasks?limit=200', token);
    expect(all.body.items).toHaveLength(25);
    await mine.close();
  });

  it('refuses calls without a token or with a bad one (401)', async () => {
    await expect(connect(t.url)).rejects.toThrow(/401|Unauthorized/i);
    await expect(connect(t.url, 'not-a-token')).rejects.toThrow(/401|Unauthorized/i);
    const raw = await fetch(new URL('/mcp', t.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toContain('Bearer');
  });

  it('accepts an API key as the bearer token', async () => {
    const key = await t.api.post('/api/auth/api-key/create', { name: 'mcp' }, alice.token);
    expect(key.status).toBe(200);
    const keyed = await connect(t.url, key.body.key);
    const { tools } = await keyed.listTools();
    expect(tools).toHaveLength(TOOL_NAMES.length);
    await keyed.close();
  });

  it("never shows or changes another user's tasks", async () => {
    const secret = (await call('add_task', { title: 'Alice secret plan', tags: ['alice-only'] })).structuredContent;
    const bobs = await connect(t.url, bob.token);
    const id = secret.id as number;
    const attempts: [ToolName, Record<string, unknown>][] = [
      ['update_task', { task_id: id, title: 'hijacked' }],
      ['complete_task', { task_id: id }],
      ['delete_task', { task_id: id }],
      ['set_priority', { task_id: id, priority: 'low' }],
      ['add_tag', { task_id: id, tag: 'bob' }],
      ['remove_tag', { task_id: id, tag: 'alice-only' }],
      ['set_due_date', { task_id: id, date: 'tomorrow' }],
      ['postpone_task', { task_id: id, by: 'P1D' }],
      ['set_reminder', { task_id: id, at: 'tomorrow' }],
    ];
    for (const [name, args] of attempts) {
      const result = await call(name, args, bobs);
      expect(result.isError, name).toBe(true);
      expect(text(result)).toBe(`There is no task #${id}.`);
    }
    for (const [name, args] of [
      ['list_tasks', {}],
      ['search_tasks', { query: 'secret' }],
      ['filter_tasks', { tags: ['alice-only'] }],
      ['sort_tasks', { field: 'title' }],
    ] as const) {
      expect((await call(name, args, bobs)).structuredContent.items, name).toEqual([]);
    }
    expect((await call('list_tags', {}, bobs)).structuredContent.items).toEqual([]);
    await bobs.close();
    expect((await t.api.get(`/api/v1/tasks/${id}`, alice.token)).body).toMatchObject({ title: 'Alice secret plan', completed: false });
  });
});

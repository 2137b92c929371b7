import type { Project, Task, ToolName } from '@doable/contracts';
import { signUp } from '@doable/test-kit';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callTool, type ToolCallResult } from '../testing/mcp-tool-call.ts';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type User = { token: string; userId: string; email: string };
type ChatAnswer = {
  reply: string;
  tool_calls: { name: string; arguments: Record<string, unknown>; ok: boolean; result?: unknown; error?: string }[];
};

const text = (result: ToolCallResult<ToolName>) => result.content.map((part) => part.text ?? '').join('\n');

/**
 * The assistant on a shared project, through chat (offline interpreter) and MCP alike: the owner shares, an editor
 * adds and assigns, a viewer reads but is refused writes with the role it needs, and a non-member finds nothing.
 */
describe.each(STORAGE_KINDS)('the assistant on a shared project on %s', (kind) => {
  let t: TestApp;
  let ada: User;
  let sam: User;
  let vic: User;
  let nia: User;
  const clients: Client[] = [];
  let groceries: Project;

  async function mcp(user: User): Promise<Client> {
    const client = new Client({ name: 'doable-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL('/mcp', t.url), { requestInit: { headers: { authorization: `Bearer ${user.token}` } } }),
    );
    clients.push(client);
    return client;
  }

  async function say(user: User, message: string): Promise<ChatAnswer> {
    const res = await t.api.post('/api/v1/chat', { message }, user.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as ChatAnswer;
  }

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ada = await signUp(t.api, 'Ada Lovelace');
    sam = await signUp(t.api, 'Sam Editor');
    vic = await signUp(t.api, 'Vic Viewer');
    nia = await signUp(t.api, 'Nia Stranger');
  });
  afterAll(async () => {
    for (const client of clients) await client.close();
    await t?.stop();
  });

  it('creates and shares a project by chat and MCP: an email invitation and an invite link', async () => {
    const created = await say(ada, 'create a project called Groceries');
    expect(created.tool_calls).toMatchObject([{ name: 'create_project', ok: true, result: { name: 'Groceries', role: 'owner' } }]);
    groceries = created.tool_calls[0]?.result as Project;

    const invited = await say(ada, `share groceries with ${sam.email}`);
    expect(invited.tool_calls).toMatchObject([{ name: 'share_project', ok: true, arguments: { project: 'Groceries', email: sam.email } }]);
    expect(invited.reply).toContain(`Invited ${sam.email} to "Groceries" as editor`);
    const pending = (await t.api.get('/api/v1/invitations', sam.token)).body.items as { id: number; project_id: number }[];
    const invitation = pending.find((item) => item.project_id === groceries.id);
    expect((await t.api.post(`/api/v1/invitations/${invitation?.id}/accept`, {}, sam.token)).status).toBe(200);

    const link = await callTool(await mcp(ada), 'share_project', { project: 'Groceries', link: true, role: 'viewer', max_uses: 1 });
    expect(link.isError, text(link)).toBeFalsy();
    const url = link.structuredContent.invite_link?.url ?? '';
    expect(text(link)).toContain(url);
    const token = url.split('/invite/')[1];
    expect((await t.api.post(`/api/v1/invites/${token}/accept`, {}, vic.token)).status).toBe(200);

    const listed = await callTool(await mcp(vic), 'list_projects', {});
    expect(listed.structuredContent.items.map((project) => [project.name, project.role])).toEqual([
      ['Inbox', 'owner'],
      ['Groceries', 'viewer'],
    ]);
    expect(text(listed)).toContain('"Groceries", shared with you as viewer');
  });

  it('lets an editor add to the project by name and assign the task, and says which project it is in', async () => {
    const added = await say(sam, 'add milk to Groceries');
    expect(added.tool_calls).toMatchObject([{ name: 'add_task', ok: true, arguments: { title: 'milk', project: 'Groceries' } }]);
    const milk = added.tool_calls[0]?.result as Task;
    expect(milk).toMatchObject({ project_id: groceries.id, created_by: sam.userId });
    expect(added.reply).toMatch(/^Added: #\d+ "milk", in Groceries, medium priority/);
    // "to <word>" that is none of the caller's projects stays in the title, in the Inbox.
    const mom = await say(sam, 'add talk to mom');
    expect(mom.tool_calls[0]?.result).toMatchObject({ title: 'talk to mom' });
    expect(mom.reply).not.toContain(' in ');

    const weekly = await say(sam, 'every monday at 9am restock in groceries');
    expect(weekly.tool_calls).toMatchObject([
      { name: 'create_recurring', ok: true, arguments: { title: 'restock', project: 'Groceries' } },
    ]);
    const restock = weekly.tool_calls[0]?.result as Task;
    expect(restock).toMatchObject({ project_id: groceries.id, recurring: 'FREQ=WEEKLY;BYDAY=MO' });
    await t.api.delete(`/api/v1/tasks/${restock.id}`, sam.token);

    const assigned = await say(sam, 'assign milk to Vic');
    expect(assigned.tool_calls).toMatchObject([{ name: 'assign_task', ok: true, arguments: { task_id: milk.id, assignee: 'Vic' } }]);
    expect(assigned.reply).toMatch(/^Assigned to Vic Viewer: #\d+ "milk", in Groceries/);
    expect((await t.api.get(`/api/v1/tasks/${milk.id}`, ada.token)).body.assignee_id).toBe(vic.userId);

    const outsider = await callTool(await mcp(sam), 'assign_task', { task_id: milk.id, assignee: nia.email });
    expect(outsider.isError).toBe(true);
    expect(text(outsider)).toContain(`${nia.email} is not a member of "Groceries"`);

    const shown = await say(ada, "what's in the Groceries project?");
    expect(shown.tool_calls).toMatchObject([{ name: 'list_tasks', ok: true, arguments: { project: 'Groceries' } }]);
    expect(shown.reply).toMatch(/^1 task in Groceries:\n- #\d+ "milk"/);
  });

  it("refuses a viewer's writes with the role needed, by chat and by MCP, and changes nothing", async () => {
    const milk = (await t.api.get(`/api/v1/tasks?project=${groceries.id}`, ada.token)).body.items[0] as Task;
    const refused = await say(vic, 'add eggs to Groceries');
    expect(refused.tool_calls).toMatchObject([{ name: 'add_task', ok: false }]);
    expect(refused.reply).toMatch(/editor or the owner/);

    const client = await mcp(vic);
    for (const [name, args] of [
      ['add_task', { title: 'eggs', project: groceries.id }],
      ['quick_add', { text: 'eggs tomorrow p1', project: 'Groceries' }],
      ['complete_task', { task_id: milk.id }],
      ['assign_task', { task_id: milk.id, assignee: 'me' }],
      ['move_task', { task_id: milk.id, project: 'Inbox' }],
    ] as const) {
      const result = await callTool(client, name, args);
      expect(result.isError, name).toBe(true);
      expect(text(result), name).toMatch(/editor or the owner/);
    }
    const shared = await callTool(client, 'share_project', { project: 'Groceries', email: nia.email });
    expect(shared.isError).toBe(true);
    expect(text(shared)).toMatch(/owner/);

    // Reading is allowed.
    const read = await callTool(client, 'list_tasks', { project: 'groceries' });
    expect(read.structuredContent.items.map((task) => task.id)).toEqual([milk.id]);
    expect((await t.api.get(`/api/v1/tasks?project=${groceries.id}`, ada.token)).body.items).toEqual([milk]);
  });

  it('quick-adds a line into a project named by an editor, and into the Inbox without one', async () => {
    const client = await mcp(sam);
    const added = await callTool(client, 'quick_add', { text: 'flour tomorrow p1 #baking', project: 'groceries' });
    expect(added.isError, text(added)).toBeFalsy();
    expect(added.structuredContent.task).toMatchObject({ title: 'flour', priority: 'high', tags: ['baking'], project_id: groceries.id });
    expect(text(added)).toMatch(/^Added: #\d+ "flour", in Groceries/);
    const own = await callTool(client, 'quick_add', { text: 'call the bank' });
    const inbox = (await t.api.get('/api/v1/projects', sam.token)).body.items.find((p: Project) => p.is_inbox) as Project;
    expect(own.structuredContent.task.project_id).toBe(inbox.id);
    for (const task of [added.structuredContent.task, own.structuredContent.task])
      await t.api.delete(`/api/v1/tasks/${task.id}`, sam.token);
  });

  it('quick-adds into the project a #name names for an editor; for a viewer or a non-member #name stays a tag', async () => {
    const added = await callTool(await mcp(sam), 'quick_add', { text: 'sugar #groceries p2' });
    expect(added.isError, text(added)).toBeFalsy();
    expect(added.structuredContent.task).toMatchObject({ title: 'sugar', tags: [], project_id: groceries.id });
    expect(added.structuredContent.parse.tokens).toContainEqual(
      expect.objectContaining({ kind: 'project', text: '#groceries', value: String(groceries.id) }),
    );
    expect(text(added)).toMatch(/in Groceries/);
    await t.api.delete(`/api/v1/tasks/${added.structuredContent.task.id}`, sam.token);

    for (const user of [vic, nia]) {
      const inbox = (await t.api.get('/api/v1/projects', user.token)).body.items.find((p: Project) => p.is_inbox) as Project;
      const tagged = await callTool(await mcp(user), 'quick_add', { text: 'sugar #Groceries' });
      expect(tagged.isError, text(tagged)).toBeFalsy();
      expect(tagged.structuredContent.task).toMatchObject({ title: 'sugar', tags: ['groceries'], project_id: inbox.id });
      expect(tagged.structuredContent.parse.tokens.map((token) => token.kind)).toEqual(['tag']);
      await t.api.delete(`/api/v1/tasks/${tagged.structuredContent.task.id}`, user.token);
    }
  });

  it('answers a non-member as if the project and its tasks did not exist', async () => {
    const milk = (await t.api.get(`/api/v1/tasks?project=${groceries.id}`, ada.token)).body.items[0] as Task;
    const asked = await say(nia, "what's in the Groceries project?");
    expect(asked.tool_calls).toMatchObject([{ name: 'list_tasks', ok: false }]);
    expect(asked.reply).toMatch(/^You have no project called "groceries"\. Your projects: "Inbox"/i);

    const client = await mcp(nia);
    const byId = await callTool(client, 'add_task', { title: 'bread', project: groceries.id });
    expect(text(byId)).toBe(`There is no project #${groceries.id}.`);
    const unknownId = await callTool(client, 'add_task', { title: 'bread', project: 99_999_999 });
    expect(text(unknownId)).toBe('There is no project #99999999.');
    for (const [name, args] of [
      ['complete_task', { task_id: milk.id }],
      ['assign_task', { task_id: milk.id, assignee: 'me' }],
      ['move_task', { task_id: milk.id, project: 'Inbox' }],
    ] as const) {
      const result = await callTool(client, name, args);
      expect(result.isError, name).toBe(true);
      expect(text(result), name).toBe(`There is no task #${milk.id}.`);
    }
    const search = await callTool(client, 'search_tasks', { query: 'milk' });
    expect(search.structuredContent.items).toEqual([]);
    expect((await callTool(client, 'list_projects', {})).structuredContent.items.map((p) => p.name)).toEqual(['Inbox']);
  });

  it('moves a task between projects by name, and a move to a date stays a due date', async () => {
    const made = await say(ada, 'add pick up the report');
    const report = made.tool_calls[0]?.result as Task;
    const moved = await say(ada, 'move the report to groceries');
    expect(moved.tool_calls).toMatchObject([{ name: 'move_task', ok: true, arguments: { task_id: report.id, project: 'Groceries' } }]);
    expect(moved.reply).toMatch(/^Moved to "Groceries": #\d+ "pick up the report", in Groceries/);
    expect((await t.api.get(`/api/v1/tasks/${report.id}`, sam.token)).body.project_id).toBe(groceries.id);
    const back = await callTool(await mcp(ada), 'move_task', { task_id: report.id, project: 'inbox' });
    expect(text(back)).toMatch(/^Moved to your Inbox: #\d+ "pick up the report", medium priority/);
    expect((await t.api.get(`/api/v1/tasks/${report.id}`, sam.token)).status).toBe(404);
    const dated = await say(ada, 'move the report to next friday');
    expect(dated.tool_calls).toMatchObject([{ name: 'set_due_date', ok: true }]);
  });

  it("names a shared task's project in the prompts, and not the Inbox", async () => {
    const client = await mcp(ada);
    await callTool(client, 'add_task', { title: 'Late shared errand', project: 'Groceries', due_date: '2020-01-06T09:00:00Z' });
    await callTool(client, 'add_task', { title: 'Late own errand', due_date: '2020-01-06T10:00:00Z' });
    const prompt = await client.getPrompt({ name: 'plan_my_day', arguments: {} });
    const body = prompt.messages.map((message) => (message.content.type === 'text' ? message.content.text : '')).join('\n');
    expect(body).toMatch(/"Late shared errand", in Groceries, medium priority/);
    expect(body).toMatch(/"Late own errand", medium priority/);
  });
});

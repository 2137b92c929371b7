import type { Task } from '@doable/contracts';
import { aTask, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('chat asks before changing many tasks at once, on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
  });
  afterAll(() => t?.stop());

  /** A conversation of its own: `say` sends in it and answers the reply and the tool calls. */
  function conversation(token: string) {
    let id: string | undefined;
    return async (message: string) => {
      const res = await t.api.post('/api/v1/chat', { message, ...(id ? { conversation_id: id } : {}) }, token);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      id = res.body.conversation_id;
      return res.body as { reply: string; tool_calls: { name: string; ok: boolean }[] };
    };
  }
  const add = async (token: string, body: Record<string, unknown>) => {
    const res = await t.api.post('/api/v1/tasks', aTask(body), token);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as Task;
  };
  const ids = async (token: string, query = '') =>
    ((await t.api.get(`/api/v1/tasks?limit=200${query}`, token)).body.items as Task[]).map((task) => task.id).sort((a, b) => a - b);

  /** A project of `owner`'s that `member` joined through a link with `role`. */
  async function sharedProject(owner: string, member: string, name: string, role: 'editor' | 'viewer') {
    const projectId = (await t.api.post('/api/v1/projects', { name }, owner)).body.id as number;
    const link = (await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role }, owner)).body;
    expect((await t.api.post(`/api/v1/invites/${link.token}/accept`, {}, member)).status).toBe(200);
    return projectId;
  }

  it('names the count, changes nothing on "no", and deletes exactly the tasks it named on "yes"', async () => {
    const ada = await signUp(t.api, 'Ada bulk');
    const sam = await signUp(t.api, 'Sam bulk');
    const mine = [await add(ada.token, { title: 'one' }), await add(ada.token, { title: 'two' })];
    const parent = await add(ada.token, { title: 'three' });
    await add(ada.token, { title: 'three, step', parent_id: parent.id });
    const samsOwn = await add(sam.token, { title: 'Sam alone' });
    const viewed = await sharedProject(sam.token, ada.token, 'Sam’s notes', 'viewer');
    const readOnly = await add(sam.token, { title: 'read only for Ada', project_id: viewed });

    const say = conversation(ada.token);
    const asked = await say('delete everything');
    expect(asked.tool_calls).toEqual([]);
    expect(asked.reply).toMatch(/^This would delete 4 tasks \(Inbox: 4\)\. Reply "yes" to delete all 4/);
    expect((await say('no')).reply).toMatch(/Nothing was changed/);
    expect(await ids(ada.token)).toHaveLength(5);
    // "yes" after a "no" is no longer an answer: there is nothing waiting.
    expect((await say('yes')).tool_calls).toEqual([]);
    expect(await ids(ada.token)).toHaveLength(5);

    await say('delete everything');
    const later = await add(ada.token, { title: 'added after the question' });
    const done = await say('yes');
    expect(done.reply).toBe('Deleted 4 tasks.');
    expect((await say('undo')).reply).toBe('There is nothing to undo in this conversation yet.');
    // One call per top task: the subtask goes with its parent, each deletion its own event.
    expect(done.tool_calls.map((call) => call.name)).toEqual(['delete_task', 'delete_task', 'delete_task']);
    expect(await ids(ada.token)).toEqual([readOnly.id, later.id].sort((a, b) => a - b));
    expect(await ids(sam.token)).toEqual([samsOwn.id, readOnly.id].sort((a, b) => a - b));
    for (const task of mine) expect((await t.api.get(`/api/v1/tasks/${task.id}`, ada.token)).status).toBe(404);
  });

  it('keeps to the project named, refuses one the user only views, and says when there is nothing to change', async () => {
    const ada = await signUp(t.api, 'Ada project bulk');
    const sam = await signUp(t.api, 'Sam project bulk');
    const groceries = await sharedProject(sam.token, ada.token, 'Groceries', 'editor');
    const viewed = await sharedProject(sam.token, ada.token, 'Garden', 'viewer');
    const inGroceries = [
      await add(sam.token, { title: 'milk', project_id: groceries }),
      await add(ada.token, { title: 'eggs', project_id: groceries }),
    ];
    const inInbox = await add(ada.token, { title: 'stays open' });
    const rake = await add(sam.token, { title: 'rake the leaves', project_id: viewed });

    const say = conversation(ada.token);
    const asked = await say('mark everything in the groceries project as done');
    expect(asked.reply).toMatch(/^This would complete 2 tasks \(Groceries: 2\), in projects other people share\./);
    expect((await say('yes please')).reply).toBe('Completed 2 tasks.');
    for (const task of inGroceries) expect((await t.api.get(`/api/v1/tasks/${task.id}`, ada.token)).body.completed).toBe(true);
    expect((await t.api.get(`/api/v1/tasks/${inInbox.id}`, ada.token)).body.completed).toBe(false);

    expect((await say('delete all tasks from Garden')).reply).toMatch(/can view "Garden" but not change its tasks\. Nothing was changed/);
    expect((await t.api.get(`/api/v1/tasks/${rake.id}`, ada.token)).status).toBe(200);
    expect((await say('remove all tasks from Holidays')).reply).toMatch(/no project called "Holidays".*Nothing was changed/);
    expect((await say('complete all tasks in Groceries')).reply).toMatch(/no open tasks in "Groceries"/);
    expect((await say('yes')).tool_calls).toEqual([]);
  });

  it('deletes completed tasks only where nothing open would go with them', async () => {
    const ada = await signUp(t.api, 'Ada completed bulk');
    const finished = await add(ada.token, { title: 'finished' });
    const parent = await add(ada.token, { title: 'finished parent' });
    const openChild = await add(ada.token, { title: 'open child', parent_id: parent.id });
    const open = await add(ada.token, { title: 'open' });
    for (const task of [finished, parent]) await t.api.patch(`/api/v1/tasks/${task.id}/complete`, { completed: true }, ada.token);
    await t.api.patch(`/api/v1/tasks/${openChild.id}/complete`, { completed: false }, ada.token);

    const say = conversation(ada.token);
    expect((await say('delete all completed tasks')).reply).toMatch(/^This would delete 1 task \(Inbox: 1\)\. Reply "yes" to delete it;/);
    expect((await say('yes')).reply).toBe('Deleted 1 task.');
    expect(await ids(ada.token)).toEqual([parent.id, openChild.id, open.id].sort((a, b) => a - b));
    // A selection it does not read as a whole is not guessed at.
    const overdue = await say('delete all overdue tasks');
    expect(overdue.tool_calls).toEqual([]);
    expect(overdue.reply).toMatch(/say which task/);
  });
});

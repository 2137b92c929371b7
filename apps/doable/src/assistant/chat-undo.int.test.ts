import type { Task } from '@doable/contracts';
import { aTask, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('"undo" in the chat on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    token = (await signUp(t.api, 'Undoer')).token;
  });
  afterAll(() => t?.stop());

  function conversation() {
    let id: string | undefined;
    return async (message: string) => {
      const res = await t.api.post('/api/v1/chat', { message, ...(id ? { conversation_id: id } : {}) }, token);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      id = res.body.conversation_id;
      return res.body as { reply: string; tool_calls: { name: string; ok: boolean; result?: unknown }[] };
    };
  }
  const add = async (body: Record<string, unknown>) => (await t.api.post('/api/v1/tasks', aTask(body), token)).body as Task;
  const get = async (id: number) => (await t.api.get(`/api/v1/tasks/${id}`, token)).body as Task;
  const status = async (id: number) => (await t.api.get(`/api/v1/tasks/${id}`, token)).status;
  const history = async (id: number) =>
    ((await t.api.get(`/api/v1/tasks/${id}/history`, token)).body.items as { event_type: string }[]).map((entry) => entry.event_type);

  it('has nothing to undo in a new conversation, and undoes one change once', async () => {
    const say = conversation();
    expect((await say('undo')).reply).toBe('There is nothing to undo in this conversation yet.');
    const added = (await say('add water the ferns')).tool_calls[0]?.result as Task;
    const undone = await say('oops, undo that');
    expect(undone.reply).toBe('Undone: deleted "water the ferns".');
    expect(await status(added.id)).toBe(404);
    expect((await say('undo')).reply).toBe('There is nothing to undo in this conversation yet.');
  });

  it('puts back the fields a change altered, as a new change, even after a question in between', async () => {
    const task = await add({ title: 'file the taxes', priority: 'high', tags: ['home'] });
    const say = conversation();
    await say(`set priority of ${task.id} to low`);
    await say(`tag ${task.id} paperwork`);
    await say('show my tasks');
    expect((await say('undo')).reply).toBe('Undone: "file the taxes" is back as it was.');
    // Only the last change: the tag goes, the lowered priority stays.
    expect(await get(task.id)).toMatchObject({ priority: 'low', tags: ['home'] });
    // Undoing writes a new change; the history keeps the one undone.
    expect(await history(task.id)).toEqual(['created', 'updated', 'updated', 'updated']);
  });

  it('takes back a relative move of the due date and several tags added at once, each as one change', async () => {
    const due = '2031-03-10T09:00:00.000Z';
    const task = await add({ title: 'see the dentist', due_date: due, tags: ['health'] });
    const say = conversation();
    const pushed = await say(`push ${task.id} back 2 days`);
    expect(pushed.tool_calls[0]).toMatchObject({ name: 'postpone_task', ok: true });
    expect((await get(task.id)).due_date).toBe('2031-03-12T09:00:00.000Z');
    await say('undo');
    expect((await get(task.id)).due_date).toBe(due);
    expect((await say(`tag ${task.id} as errands and town`)).tool_calls[0]).toMatchObject({ name: 'add_tag', ok: true });
    expect((await get(task.id)).tags).toEqual(['health', 'errands', 'town']);
    await say('undo');
    expect((await get(task.id)).tags).toEqual(['health']);
  });

  it('asks for a date when the task to move by an amount has none', async () => {
    const task = await add({ title: 'sort the shed' });
    const answer = await conversation()(`push ${task.id} back a week`);
    expect(answer.tool_calls[0]).toMatchObject({ name: 'postpone_task', ok: false });
    expect(answer.reply).toContain('has no due date to move; give it one instead');
  });

  it('reopens a parent and the subtasks its completion completed, and not a subtask that was done before', async () => {
    const parent = await add({ title: 'pack for the trip' });
    const open = await add({ title: 'pack socks', parent_id: parent.id });
    const done = await add({ title: 'pack passport', parent_id: parent.id });
    await t.api.patch(`/api/v1/tasks/${done.id}/complete`, { completed: true }, token);
    const say = conversation();
    expect((await say(`complete ${parent.id}`)).tool_calls[0]).toMatchObject({ name: 'complete_task', ok: true });
    expect((await get(open.id)).completed).toBe(true);
    await say('undo');
    expect([(await get(parent.id)).completed, (await get(open.id)).completed, (await get(done.id)).completed]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('brings back a deleted task with its subtasks and fields, and moves a moved task back', async () => {
    const due = '2031-05-02T09:00:00.000Z';
    const parent = await add({ title: 'plan the party', priority: 'high', tags: ['family'], due_date: due, remind_before: '1d' });
    await add({ title: 'order the cake', parent_id: parent.id, description: 'chocolate' });
    const say = conversation();
    await say(`delete ${parent.id}`);
    expect(await status(parent.id)).toBe(404);
    const back = await say('undo');
    expect(back.reply).toMatch(/^Undone: "plan the party" is back with its 1 subtask, as #\d+\.$/);
    const restored = back.tool_calls[0]?.result as Task;
    expect(await get(restored.id)).toMatchObject({
      title: 'plan the party',
      priority: 'high',
      tags: ['family'],
      due_date: due,
      remind_before: '1d',
      subtask_count: 1,
    });
    const children = (await t.api.get(`/api/v1/tasks?parent=${restored.id}`, token)).body.items as Task[];
    expect(children.map((child) => [child.title, child.description])).toEqual([['order the cake', 'chocolate']]);

    const work = (await t.api.post('/api/v1/projects', { name: 'Errands' }, token)).body.id as number;
    const inbox = (await get(restored.id)).project_id;
    await say(`move ${restored.id} to Errands`);
    expect((await get(restored.id)).project_id).toBe(work);
    await say('take that back');
    expect((await get(restored.id)).project_id).toBe(inbox);
  });
});

import type { Task, TaskPage } from '@doable/contracts';
import { signUp } from '@doable/test-kit';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('chat without a model on %s', (kind) => {
  let t: TestApp;
  let token: string;
  let conversation: string | undefined;

  const say = async (message: string, as = token) => {
    const res = await t.api.post('/api/v1/chat', { message, ...(conversation ? { conversation_id: conversation } : {}) }, as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    conversation = res.body.conversation_id;
    return res.body as {
      conversation_id: string;
      reply: string;
      tool_calls: { name: string; arguments: unknown; ok: boolean; result?: unknown }[];
    };
  };
  const task = async (id: number) => (await t.api.get(`/api/v1/tasks/${id}`, token)).body;
  const allTasks = async () => (await t.api.get('/api/v1/tasks?limit=200', token)).body.items;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    token = (await signUp(t.api, 'Chatty')).token;
    await t.api.patch('/api/v1/me', { time_zone: 'America/New_York' }, token);
  });
  afterAll(() => t.stop());
  // Each case starts a conversation of its own.
  beforeEach(() => {
    conversation = undefined;
  });

  it('manages tasks in plain English and confirms every change', async () => {
    const added = await say('add buy milk tomorrow at 5pm, high priority, tags home and errands');
    expect(added.tool_calls).toMatchObject([{ name: 'add_task', ok: true }]);
    expect(added.reply).toMatch(/^Added: #\d+ "buy milk", high priority, due .* 17:00, tags home, errands/);
    const milk = added.tool_calls[0]?.result as Task;
    expect(milk).toMatchObject({ title: 'buy milk', priority: 'high', tags: ['home', 'errands'] });

    const reminded = await say('remind me 1 hour before');
    expect(reminded.tool_calls[0]).toMatchObject({ name: 'set_reminder', arguments: { task_id: milk.id, before: '1h' }, ok: true });
    expect((await task(milk.id)).remind_before).toBe('1h');

    expect((await say(`tag ${milk.id} urgent`)).reply).toContain('Tagged "urgent"');
    expect((await say(`untag ${milk.id} home`)).reply).toContain('Removed tag "home"');
    expect((await task(milk.id)).tags).toEqual(['errands', 'urgent']);
    expect((await say(`move ${milk.id} to next friday`)).reply).toMatch(/^Due date set: .* due Fri/);
    expect((await say('make buy milk low priority')).reply).toMatch(/^Priority set to low/);

    const recurring = await say('every monday at 9am standup');
    expect(recurring.tool_calls[0]).toMatchObject({ name: 'create_recurring', ok: true, result: { recurring: 'FREQ=WEEKLY;BYDAY=MO' } });
    expect(recurring.reply).toMatch(/Mon .* 09:00/);

    expect((await say('search milk')).reply).toMatch(/^1 task matching "milk"/);
    const sorted = await say('sort by due date');
    expect((sorted.tool_calls[0]!.result as TaskPage).items.map((x) => x.title)).toEqual(['standup', 'buy milk']);
    expect((await say('what tags do i have')).reply).toBe('Your tags: errands (1), urgent (1).');

    const done = await say('mark buy milk as done');
    expect(done.reply).toMatch(/^Completed: #\d+ "buy milk"/);
    expect((await task(milk.id)).completed).toBe(true);
    expect((await say("what's overdue?")).reply).toBe('No matching tasks.');

    const removed = await say('delete the standup task');
    expect(removed.reply).toMatch(/^Deleted #\d+ "standup"\./);
  });

  it('asks which task when several match, then acts on the answer', async () => {
    await say('add call dentist');
    await say('add call dentist about invoice');
    const question = await say('delete the dentist task');
    expect(question.tool_calls).toEqual([]);
    expect(question.reply).toMatch(/^Which one do you mean\? Several tasks match:\n1\. #\d+ "call dentist.*\n2\. #\d+ "call dentist/);
    const lines = question.reply.split('\n').filter((line) => /^\d\./.test(line));
    const choice = lines.findIndex((line) => line.includes('about invoice')) + 1;
    const answer = await say(String(choice));
    expect(answer.reply).toMatch(/^Deleted #\d+ "call dentist about invoice"\./);
    expect(((await say('search dentist')).tool_calls[0]!.result as TaskPage).items).toHaveLength(1);
  });

  it('deletes a task found only through a typing slip after the user confirms it, and edits it at once', async () => {
    const added = await say('add ring the plumber');
    const plumber = (added.tool_calls[0]!.result as Task).id;
    expect((await say('make the plumbr task high priority')).reply).toMatch(/^Priority set to high/);
    const question = await say('delete the plumbr task');
    expect(question.tool_calls).toEqual([]);
    expect(question.reply).toMatch(/^Do you mean this one\? The closest task:\n1\. #\d+ "ring the plumber"/);
    expect((await task(plumber)).title).toBe('ring the plumber');
    expect((await say('1')).reply).toMatch(/^Deleted #\d+ "ring the plumber"\./);
    expect((await t.api.get(`/api/v1/tasks/${plumber}`, token)).status).toBe(404);
  });

  it('explains what it can do when it does not understand, and reports tool errors without changing anything', async () => {
    await say('add error probe');
    const before = await allTasks();
    const help = await say('blorp');
    expect(help.tool_calls).toEqual([]);
    expect(help.reply).toMatch(/I can add, list, search/);
    const missing = await say('complete 987654');
    expect(missing.reply).toBe('There is no task #987654. Nothing was changed.');
    expect(missing.tool_calls).toMatchObject([{ name: 'complete_task', ok: false }]);
    // A date it cannot read is asked about before any tool runs, naming the words.
    const badDate = await say('make error probe due the twelfth of never');
    expect(badDate.tool_calls).toEqual([]);
    expect(badDate.reply).toContain('could not read "the twelfth of never" as a date');
    expect(await allTasks()).toEqual(before);
  });

  it('keeps conversations, per user', async () => {
    // A user of its own, so the count of conversations is what this case made.
    const keeper = (await signUp(t.api, 'Keeper')).token;
    const title = 'add buy milk tomorrow at 5pm, high priority, tags home and errands';
    await say(title, keeper);
    await say('list my tasks', keeper);
    conversation = undefined;
    await say('what tags do i have', keeper);
    const list = await t.api.get('/api/v1/conversations', keeper);
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { title: string }) => c.title).sort()).toEqual([title, 'what tags do i have']);
    const first = list.body.items.find((c: { title: string }) => c.title === title);
    const full = await t.api.get(`/api/v1/conversations/${first.id}`, keeper);
    expect(full.body.messages[0]).toMatchObject({ role: 'user', content: title });
    expect(full.body.messages[1]).toMatchObject({ role: 'assistant', tool_calls: [{ name: 'add_task', ok: true }] });
    expect(full.body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);

    const other = (await signUp(t.api, 'Other')).token;
    expect((await t.api.get(`/api/v1/conversations/${first.id}`, other)).status).toBe(404);
    expect((await t.api.get('/api/v1/conversations', other)).body.items).toEqual([]);
    const hijack = await t.api.post('/api/v1/chat', { message: 'list my tasks', conversation_id: first.id }, other);
    expect(hijack.status).toBe(404);
    const own = await t.api.post('/api/v1/chat', { message: 'list my tasks' }, other);
    expect(own.body.reply).toBe('No tasks.');
    expect((await t.api.get('/api/v1/conversations/not-a-uuid', token)).status).toBe(400);
    expect((await t.api.post('/api/v1/chat', { message: 'hi' })).status).toBe(401);
    expect((await t.api.post('/api/v1/chat', { message: '' }, token)).status).toBe(400);
  });
});

describe.each(STORAGE_KINDS)('chat picks the task it was asked about on %s', (kind) => {
  let t: TestApp;
  let token: string;
  let conversation: string | undefined;
  const say = async (message: string) => {
    const res = await t.api.post('/api/v1/chat', { message, ...(conversation ? { conversation_id: conversation } : {}) }, token);
    conversation = res.body.conversation_id;
    return res.body as { reply: string; tool_calls: { name: string; ok: boolean; result?: unknown }[] };
  };
  const titles = async () =>
    (await t.api.get('/api/v1/tasks?sort=title&limit=200', token)).body.items.map((x: { title: string }) => x.title);

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    token = (await signUp(t.api, 'Picky')).token;
  });
  afterAll(() => t.stop());

  it('reads a bare number as a line of the list, "#N" as a task id', async () => {
    conversation = undefined;
    const ids: number[] = [];
    for (const name of ['dentist one', 'dentist two', 'dentist three'])
      ids.push(((await say(`add ${name}`)).tool_calls[0]!.result as Task).id);
    const question = await say('delete dentist');
    const lines = question.reply.split('\n').filter((line) => /^\d\./.test(line));
    expect(lines).toHaveLength(3);
    // Line 3 names some task; a bare "3" must act on that line even if a task with id 3 is also listed.
    const third = Number(/#(\d+)/.exec(lines[2] ?? '')?.[1]);
    const answer = await say('3');
    expect(answer.reply).toMatch(new RegExp(`^Deleted #${third} `));
    expect(await titles()).toHaveLength(2);
  });

  it('matches whole words only, so "car" never means "Scarf shopping"', async () => {
    conversation = undefined;
    await say('add Scarf shopping');
    const answer = await say('delete the car task');
    expect(answer.tool_calls).toEqual([]);
    expect(answer.reply).toMatch(/couldn't find a task matching "car"/);
    expect(await titles()).toContain('Scarf shopping');
  });

  it('reopens the completed occurrence, not the open one that followed it', async () => {
    conversation = undefined;
    const created = await say('every day water plants');
    const first = (created.tool_calls[0]!.result as Task).id;
    await say('complete water plants');
    await t.settle();
    const reopened = await say('reopen water plants');
    expect(reopened.tool_calls[0]).toMatchObject({ name: 'complete_task', ok: true, result: { id: first, completed: false } });
  });
});

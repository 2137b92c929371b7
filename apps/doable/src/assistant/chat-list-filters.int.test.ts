import type { TaskPage } from '@doable/contracts';
import { manualClock, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

// Questions the chat answers with filters by what a task is: done on a day, without a due date, repeating, due in a
// window that began before today. The clock is the app's, so "yesterday" is the test's yesterday whatever the machine's
// time.
describe.each(STORAGE_KINDS)('chat lists tasks by when they were done, by having a date and by repeating on %s', (kind) => {
  let t: TestApp;
  let token: string;
  // Monday 10 March 2031, 10:00 in New York.
  const clock = manualClock('2031-03-10T14:00:00Z');

  const ask = async (message: string) => {
    const res = await t.api.post('/api/v1/chat', { message }, token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [call] = res.body.tool_calls as { name: string; ok: boolean; result: TaskPage }[];
    expect(call, res.body.reply).toMatchObject({ name: 'filter_tasks', ok: true });
    return { titles: call!.result.items.map((task) => task.title).sort(), reply: res.body.reply as string };
  };
  const add = async (body: Record<string, unknown>) => {
    const res = await t.api.post('/api/v1/tasks', body, token);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: number };
  };

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
    ({ token } = await signUp(t.api));
    await t.api.patch('/api/v1/me', { time_zone: 'America/New_York' }, token);
    const invoice = await add({ title: 'Send the invoice' });
    await add({ title: 'Book the dentist', due_date: '2031-03-20T15:00:00Z' });
    await add({ title: 'Water the ferns', recurring: 'FREQ=WEEKLY', due_date: '2031-03-13T13:00:00Z' });
    const gutters = await add({ title: 'Clear the gutters' });
    await add({ title: 'Pay the rent', due_date: '2031-03-02T15:00:00Z' });
    await add({ title: 'File the taxes', due_date: '2031-04-05T15:00:00Z' });
    // The gutters on Monday, the invoice on Tuesday: asked on Wednesday, "yesterday" is the invoice alone.
    clock.set('2031-03-10T16:00:00Z');
    expect((await t.api.patch(`/api/v1/tasks/${gutters.id}/complete`, {}, token)).status).toBe(200);
    clock.set('2031-03-11T16:00:00Z');
    expect((await t.api.patch(`/api/v1/tasks/${invoice.id}/complete`, {}, token)).status).toBe(200);
    clock.set('2031-03-12T15:00:00Z');
  });
  afterAll(() => t.stop());

  it('answers what was done yesterday and this week with the tasks completed then', async () => {
    const yesterday = await ask('what did I finish yesterday?');
    expect(yesterday.titles).toEqual(['Send the invoice']);
    expect(yesterday.reply).toMatch(/^1 task completed yesterday:/);
    expect((await ask('what have I got done this week')).titles).toEqual(['Clear the gutters', 'Send the invoice']);
    expect((await ask('what did I complete today')).titles).toEqual([]);
  });

  it('answers which tasks have no due date and which repeat', async () => {
    expect((await ask('which tasks have no due date?')).titles).toEqual(['Clear the gutters', 'Send the invoice']);
    expect((await ask('what repeats?')).titles).toEqual(['Water the ferns']);
  });

  it('reads a window that began before today as this one: the month asked in, the 1st of this month', async () => {
    // Asked on 12 March: "march" is this March, whose 2nd is past; the next March is a year away.
    expect((await ask("what's due in march?")).titles).toEqual(['Book the dentist', 'Pay the rent', 'Water the ferns']);
    expect((await ask('anything due between the 1st and the 15th?')).titles).toEqual(['Pay the rent', 'Water the ferns']);
    expect((await ask("what's due in april")).titles).toEqual(['File the taxes']);
  });

  it('lists tasks with either of two tags when they are joined by "or", with both when by "and"', async () => {
    await add({ title: 'Fix the shelf', tags: ['diy'] });
    await add({ title: 'Paint the fence', tags: ['diy', 'garden'] });
    await add({ title: 'Plant tulips', tags: ['garden'] });
    await add({ title: 'Fix the laptop', tags: ['work'] });
    expect((await ask('show me everything tagged diy or garden')).titles).toEqual(['Fix the shelf', 'Paint the fence', 'Plant tulips']);
    expect((await ask('show tasks tagged diy and garden')).titles).toEqual(['Paint the fence']);
  });
});

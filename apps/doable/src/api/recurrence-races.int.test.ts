import { randomUUID } from 'node:crypto';
import { FUTURE_YEAR, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('recurring series under races and month ends on %s', (kind) => {
  let t: TestApp;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token, userId } = await signUp(t.api));
  });
  afterAll(() => t.stop());

  const seriesOf = async (title: string) =>
    (
      await t.api.get(`/api/v1/tasks?search=${encodeURIComponent(title)}&status=all&sort=created_at&order=asc&limit=200`, token)
    ).body.items.filter((item: { title: string }) => item.title === title) as { id: number; due_date: string; completed: boolean }[];
  const createSeries = async (title: string, pattern: string, due: string) =>
    (await t.api.post('/api/v1/tasks/recurring', { title, pattern, due_date: due }, token)).body as { id: number };

  it('two completions of one occurrence at the same instant make one next occurrence and one completed event', async () => {
    const task = await createSeries('Feed the cat', 'daily', `${FUTURE_YEAR}-05-01T07:00:00Z`);
    const answers = await Promise.all([1, 2].map(() => t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token)));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    await t.settle();
    const series = await seriesOf('Feed the cat');
    expect(series.map((occurrence) => [occurrence.due_date, occurrence.completed])).toEqual([
      [`${FUTURE_YEAR}-05-01T07:00:00.000Z`, true],
      [`${FUTURE_YEAR}-05-02T07:00:00.000Z`, false],
    ]);
    const history = (await t.api.get(`/api/v1/tasks/${task.id}/history`, token)).body.items as { event_type: string }[];
    expect(history.filter((entry) => entry.event_type === 'completed')).toHaveLength(1);
  });

  it('the same completion delivered to the consumer twice at once, under two event ids, makes one next occurrence', async () => {
    const task = await createSeries('Take out the bins', 'weekly', `${FUTURE_YEAR}-05-05T19:00:00Z`);
    await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await t.settle();
    const history = (await t.api.get(`/api/v1/tasks/${task.id}/history`, token)).body.items;
    const completed = history.find((entry: { event_type: string }) => entry.event_type === 'completed');
    const redelivery = () => {
      const eventId = randomUUID();
      const payload = { ...completed, event_id: eventId, user_id: userId, task_id: task.id };
      return t.app.bus.publish({ topic: 'task-events', key: userId, eventId, payload });
    };
    await Promise.all([redelivery(), redelivery()]);
    await t.settle();
    expect((await seriesOf('Take out the bins')).map((occurrence) => occurrence.due_date)).toEqual([
      `${FUTURE_YEAR}-05-05T19:00:00.000Z`,
      `${FUTURE_YEAR}-05-12T19:00:00.000Z`,
    ]);
  });

  it('a monthly task due on the 31st falls on the last day of a shorter month and returns to the 31st', async () => {
    const task = await createSeries('Pay the rent', 'monthly', `${FUTURE_YEAR}-01-31T09:00:00Z`);
    await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await t.settle();
    const february = (await seriesOf('Pay the rent'))[1];
    expect(february?.due_date).toBe(`${FUTURE_YEAR}-02-28T09:00:00.000Z`);
    await t.api.patch(`/api/v1/tasks/${february?.id}/complete`, {}, token);
    await t.settle();
    expect((await seriesOf('Pay the rent')).map((occurrence) => occurrence.due_date)).toEqual([
      `${FUTURE_YEAR}-01-31T09:00:00.000Z`,
      `${FUTURE_YEAR}-02-28T09:00:00.000Z`,
      `${FUTURE_YEAR}-03-31T09:00:00.000Z`,
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import { FUTURE_YEAR, signUp } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('recurring tasks end to end on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api));
  });
  afterAll(() => t.stop());

  const seriesOf = async (title: string) =>
    (await t.api.get(`/api/v1/tasks?search=${encodeURIComponent(title)}&sort=created_at&order=asc&limit=200`, token)).body.items.filter(
      (item: { title: string }) => item.title === title,
    );

  it('completing an occurrence creates exactly one next occurrence with due date, reminder and parent link', async () => {
    const due = new Date(Date.now() + 3 * 86_400_000);
    due.setUTCHours(9, 0, 0, 0);
    const first = (
      await t.api.post(
        '/api/v1/tasks/recurring',
        {
          title: 'Water plants',
          pattern: 'daily',
          due_date: due.toISOString(),
          remind_before: '1h',
          priority: 'high',
          tags: ['home'],
          description: 'all of them',
        },
        token,
      )
    ).body;
    await t.api.patch(`/api/v1/tasks/${first.id}/complete`, {}, token);
    await t.settle();

    const series = await seriesOf('Water plants');
    expect(series).toHaveLength(2);
    const next = series[1];
    const expectedDue = new Date(due.getTime() + 86_400_000).toISOString();
    expect(next).toMatchObject({
      completed: false,
      due_date: expectedDue,
      reminder_at: new Date(Date.parse(expectedDue) - 3_600_000).toISOString(),
      remind_before: '1h',
      recurring: 'daily',
      recurring_parent_id: first.id,
      priority: 'high',
      tags: ['home'],
      description: 'all of them',
    });

    // Re-completing the same occurrence (reopen, complete again) never creates a second next occurrence.
    await t.api.patch(`/api/v1/tasks/${first.id}/complete`, { completed: false }, token);
    await t.api.patch(`/api/v1/tasks/${first.id}/complete`, {}, token);
    await t.settle();
    expect(await seriesOf('Water plants')).toHaveLength(2);

    // The next occurrence continues the series, all children pointing at the first task.
    await t.api.patch(`/api/v1/tasks/${next!.id}/complete`, {}, token);
    await t.settle();
    const third = (await seriesOf('Water plants'))[2];
    expect(third?.recurring_parent_id).toBe(first.id);
    expect(third?.due_date).toBe(new Date(due.getTime() + 2 * 86_400_000).toISOString());
  });

  it('a redelivered completed event does the work once', async () => {
    const task = (
      await t.api.post(
        '/api/v1/tasks/recurring',
        { title: 'Weekly review', pattern: 'weekly', due_date: `${FUTURE_YEAR}-03-03T16:00:00Z` },
        token,
      )
    ).body;
    await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await t.settle();
    const history = (await t.api.get(`/api/v1/tasks/${task.id}/history`, token)).body.items;
    const completed = history.find((entry: { event_type: string }) => entry.event_type === 'completed');
    const { userId } = await (async () => ({ userId: (await t.api.get('/api/v1/me', token)).body.id }))();
    const message = {
      topic: 'task-events',
      key: userId,
      eventId: completed.event_id,
      payload: {
        schema_version: 1,
        event_type: 'completed',
        event_id: completed.event_id,
        timestamp: completed.timestamp,
        user_id: userId,
        task_id: task.id,
        task_data: completed.task_data,
      },
    };
    await t.app.bus.publish(message);
    await t.app.bus.publish(message);
    // Even a new event id for the same completion (a second replica, a replay) cannot make a second occurrence.
    await t.app.bus.publish({ ...message, eventId: randomUUID(), payload: { ...message.payload, event_id: randomUUID() } });
    await t.settle();
    const series = await seriesOf('Weekly review');
    expect(series).toHaveLength(2);
    expect(series[1]?.due_date).toBe(`${FUTURE_YEAR}-03-10T16:00:00.000Z`);
    const fullHistory = (await t.api.get(`/api/v1/tasks/${task.id}/history`, token)).body.items;
    expect(fullHistory.filter((entry: { event_id: string }) => entry.event_id === completed.event_id)).toHaveLength(1);
  });

  it('clearing the recurrence ends the series', async () => {
    const task = (
      await t.api.post('/api/v1/tasks/recurring', { title: 'Gym', pattern: 'daily', due_date: `${FUTURE_YEAR}-03-03T07:00:00Z` }, token)
    ).body;
    await t.api.patch(`/api/v1/tasks/${task.id}`, { recurring: null }, token);
    await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await t.settle();
    expect(await seriesOf('Gym')).toHaveLength(1);
  });

  it('drops a malformed event without retrying it forever', async () => {
    await t.app.bus.publish({
      topic: 'task-events',
      key: 'x',
      eventId: randomUUID(),
      payload: { event_type: 'completed', nonsense: true },
    });
    expect(t.app.bus.deadLetters.map((letter) => letter.consumer).sort()).toEqual([
      'audit-service',
      'notification-service',
      'recurring-task-service',
    ]);
    // Kept durably, like a Kafka dead-letter topic: one row per consumer, in a table of their own (not the outbox).
    const kept = await sql<{ consumer: string }>`select consumer from backend.dead_letters where topic = 'task-events' order by 1`.execute(
      t.app.database.db,
    );
    expect(kept.rows.map((row) => row.consumer)).toEqual(['audit-service', 'notification-service', 'recurring-task-service']);
    const inOutbox = await sql<{ count: string }>`select count(*) as count from backend.outbox where topic like '%-dlq'`.execute(
      t.app.database.db,
    );
    expect(Number(inOutbox.rows[0]?.count)).toBe(0);
  });

  it('a series with COUNT=3 on completion basis ends after its third occurrence', async () => {
    await t.api.post(
      '/api/v1/tasks/recurring',
      { title: 'Three doses', pattern: 'FREQ=DAILY;COUNT=3', recurrence_basis: 'completion' },
      token,
    );
    for (let i = 0; i < 4; i++) {
      const open = (await seriesOf('Three doses')).filter((task: { completed: boolean }) => !task.completed);
      if (open.length === 0) break;
      await t.api.patch(`/api/v1/tasks/${open[0]!.id}/complete`, {}, token);
      await t.settle();
    }
    const series = await seriesOf('Three doses');
    expect(series).toHaveLength(3);
    expect(series.every((task: { completed: boolean }) => task.completed)).toBe(true);
  });

  it('COUNT still ends the series when an earlier occurrence was deleted', async () => {
    const first = (
      await t.api.post(
        '/api/v1/tasks/recurring',
        { title: 'Two pills', pattern: 'FREQ=DAILY;COUNT=2', recurrence_basis: 'completion' },
        token,
      )
    ).body;
    await t.api.patch(`/api/v1/tasks/${first.id}/complete`, {}, token);
    await t.settle();
    await t.api.delete(`/api/v1/tasks/${first.id}`, token);
    const [second] = await seriesOf('Two pills');
    await t.api.patch(`/api/v1/tasks/${second!.id}/complete`, {}, token);
    await t.settle();
    expect(await seriesOf('Two pills')).toHaveLength(1);
  });

  it('carries an absolute reminder with a sub-second lead over to the next occurrence', async () => {
    const deadLettersBefore = t.app.bus.deadLetters.length;
    const task = (
      await t.api.post(
        '/api/v1/tasks/recurring',
        {
          title: 'Odd lead',
          pattern: 'daily',
          due_date: `${FUTURE_YEAR}-04-01T18:00:00Z`,
          reminder_at: `${FUTURE_YEAR}-04-01T17:00:00.500Z`,
        },
        token,
      )
    ).body;
    await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await t.settle();
    const series = await seriesOf('Odd lead');
    expect(series).toHaveLength(2);
    expect(series[1]?.reminder_at).toBe(`${FUTURE_YEAR}-04-02T17:00:00.000Z`);
    expect(t.app.bus.deadLetters).toHaveLength(deadLettersBefore);
  });

  it("keeps 09:00 in the user's time zone across a DST change", async () => {
    await t.api.patch('/api/v1/me', { time_zone: 'Europe/Paris' }, token);
    // 29 March 09:00 in Paris is 08:00Z (CET); the 30th is the last Sunday of March, after the switch to CEST: 07:00Z.
    const first = (
      await t.api.post(
        '/api/v1/tasks/recurring',
        { title: 'Paris standup', pattern: 'daily', due_date: `${FUTURE_YEAR}-03-29T08:00:00Z` },
        token,
      )
    ).body;
    await t.api.patch(`/api/v1/tasks/${first.id}/complete`, {}, token);
    await t.settle();
    const series = await seriesOf('Paris standup');
    expect(series[1]?.due_date).toBe(`${FUTURE_YEAR}-03-30T07:00:00.000Z`);
  });
});

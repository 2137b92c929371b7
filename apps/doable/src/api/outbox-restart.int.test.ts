import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BusMessage } from '@doable/platform';
import { FUTURE_YEAR, signUp } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('outbox across a crash between commit and delivery on %s', (kind) => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'doable-outbox-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('delivers the committed events after restart, once to each consumer', async () => {
    const postgresUrl = inject('postgresUrl');
    // Workers off: the change commits with its outbox rows, and the process stops before any delivery.
    const first = await startTestApp({ kind, postgresUrl, dataDir, startWorkers: false });
    const { token } = await signUp(first.api);
    const task = (
      await first.api.post(
        '/api/v1/tasks/recurring',
        { title: 'Take vitamins', pattern: 'daily', due_date: `${FUTURE_YEAR}-06-01T08:00:00Z` },
        token,
      )
    ).body;
    await first.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await first.stop();

    const second = await first.restart();
    const observed: BusMessage[] = [];
    second.app.bus.subscribe({ consumer: 'test-observer', topic: 'task-events', handle: async (message) => void observed.push(message) });
    second.app.start();
    await second.settle();

    // created + completed of the first task, then created of the next occurrence.
    expect(observed.map((m) => (m.payload as { event_type: string }).event_type)).toEqual(['created', 'completed', 'created']);
    const history = (await second.api.get(`/api/v1/tasks/${task.id}/history`, token)).body.items;
    expect(history.map((e: { event_type: string }) => e.event_type)).toEqual(['created', 'completed']);
    const series = (await second.api.get('/api/v1/tasks?search=vitamins&sort=created_at&order=asc', token)).body.items;
    expect(series).toHaveLength(2);
    expect(series[1]?.due_date).toBe(`${FUTURE_YEAR}-06-02T08:00:00.000Z`);
    await second.stop();

    // A third start finds nothing left to deliver: no event arrives twice.
    const third = await first.restart();
    const again: BusMessage[] = [];
    third.app.bus.subscribe({ consumer: 'test-observer', topic: 'task-events', handle: async (message) => void again.push(message) });
    third.app.start();
    await third.settle();
    expect(again).toEqual([]);

    // Published but not yet marked delivered when the process died: everything is delivered again, and the
    // idempotent consumers absorb it (one audit entry per event, still one next occurrence).
    await sql`update backend.outbox set delivered_at = null`.execute(third.app.database.db);
    await third.stop();
    const fourth = await first.restart();
    const redelivered: BusMessage[] = [];
    fourth.app.bus.subscribe({
      consumer: 'test-observer',
      topic: 'task-events',
      handle: async (message) => void redelivered.push(message),
    });
    fourth.app.start();
    await fourth.settle();
    expect(redelivered).toHaveLength(3);
    const historyAfter = (await fourth.api.get(`/api/v1/tasks/${task.id}/history`, token)).body.items;
    expect(historyAfter.map((e: { event_type: string }) => e.event_type)).toEqual(['created', 'completed']);
    expect((await fourth.api.get('/api/v1/tasks?search=vitamins', token)).body.items).toHaveLength(2);
    await fourth.stop();
  });
});

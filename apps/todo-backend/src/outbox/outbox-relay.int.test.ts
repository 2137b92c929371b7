import { type Database, openDatabase } from '@doable/db';
import { type BusMessage, createLogger, createMetrics } from '@doable/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { BACKEND_SCHEMA } from '../database/schema.ts';
import { enqueue, outboxRepository } from './outbox.ts';
import { OutboxRelay } from './outbox-relay.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

describe('OutboxRelay on PGlite', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await migrateBackend(database.db);
  });
  afterAll(() => database.close());

  it('counts each row it hands to the publisher by topic, and the outbox gauges read what is left', async () => {
    const db = database.db.withSchema(BACKEND_SCHEMA);
    const metrics = createMetrics();
    metrics.watchOutbox({
      pending: () => outboxRepository.countPending(db),
      oldestPendingSeconds: () => outboxRepository.oldestPendingSeconds(db, new Date()),
    });
    await enqueue(db, [
      { topic: 'task-events', key: 'u1', payload: { n: 1 } },
      { topic: 'task-events', key: 'u1', payload: { n: 2 } },
      { topic: 'reminders', key: 'u2', payload: { n: 3 } },
    ]);
    expect(await metrics.registry.metrics()).toContain('doable_outbox_pending 3');
    expect(await outboxRepository.oldestPendingSeconds(db, new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(59);

    const published: BusMessage[] = [];
    const relay = new OutboxRelay({ db, publisher: { publish: async (m) => void published.push(m) }, logger, metrics });
    relay.start();
    await relay.idle();
    await relay.stop();

    expect(published).toHaveLength(3);
    const text = await metrics.registry.metrics();
    expect(text).toContain('doable_events_published_total{topic="task-events"} 2');
    expect(text).toContain('doable_events_published_total{topic="reminders"} 1');
    expect(text).toContain('doable_outbox_pending 0');
    expect(text).toContain('doable_outbox_oldest_pending_seconds 0');
  });
});

import { randomUUID } from 'node:crypto';
import { type Database, openDatabase } from '@doable/db';
import { createLogger, createReadiness, createServiceServer } from '@doable/platform';
import { type KillablePostgres, startKillablePostgres } from '@doable/stack/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type AuditModule, createAuditModule } from './audit-module.ts';

const logger = createLogger({ name: 'test', level: 'silent' });
// Generous bounds for every wait: CI runs many suites on 2 cores.
const PATIENTLY = { timeout: 90_000, interval: 100 };

describe('the audit service while its database is killed and restarted', () => {
  let pg: KillablePostgres;
  let database: Database;
  let audit: AuditModule;
  let app: FastifyInstance;

  beforeAll(async () => {
    pg = await startKillablePostgres();
    // Wired as main.ts wires it.
    database = await openDatabase({ kind: 'postgres', url: pg.url, onConnectionError: () => undefined });
    const readiness = createReadiness();
    readiness.add('database', () => database.ping());
    app = createServiceServer({ name: 'audit-service', logger, readiness });
    audit = await createAuditModule({ db: database.db, logger });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await pg?.remove();
  });

  const deliver = (taskId: number) => {
    const [subscription] = audit.subscriptions;
    if (!subscription) throw new Error('no subscription');
    const payload = {
      schema_version: 1,
      event_type: 'created',
      event_id: randomUUID(),
      timestamp: new Date().toISOString(),
      user_id: 'user-1',
      task_id: taskId,
      task_data: { title: 'Buy groceries', completed: false, priority: 'high', tags: [], due_date: null },
    };
    return subscription.handle({ topic: 'task-events', key: 'user-1', eventId: payload.event_id, payload });
  };

  it('keeps running, is unready during the outage, and records events again afterwards', async () => {
    await deliver(1);
    expect((await app.inject('/readyz')).statusCode).toBe(200);

    // Connections sit idle in the pool now: each one's loss must not end the process.
    await pg.kill();
    const unready = await vi.waitFor(async () => {
      const res = await app.inject('/readyz');
      expect(res.statusCode).toBe(503);
      return res;
    }, PATIENTLY);
    expect(unready.json().unavailable).toEqual(['database']);
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    // The delivery fails, so the sidecar redelivers it later; nothing is acknowledged that was not stored.
    await expect(deliver(2)).rejects.toThrow();

    await pg.restart();
    await expect.poll(async () => (await app.inject('/readyz')).statusCode, PATIENTLY).toBe(200);
    await deliver(3);
    expect(await audit.listTaskHistory('user-1', 3)).toHaveLength(1);
    expect(await audit.listTaskHistory('user-1', 1)).toHaveLength(1);
  }, 300_000);
});

import { randomUUID } from 'node:crypto';
import { type Database, openDatabase, schemaOf } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AUDIT_SCHEMA } from '../audit-log.ts';
import { createAuditModule } from '../audit-module.ts';
import type { DB as AuditTables } from '../database/tables.generated.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

function aTaskEvent(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_type: 'created',
    event_id: randomUUID(),
    timestamp: '2030-01-01T10:00:00.000Z',
    user_id: 'user-1',
    task_id: 7,
    task_data: { title: 'Buy groceries', completed: false, priority: 'high', tags: ['home'], due_date: null },
    ...overrides,
  };
}

describe('audit consumer', () => {
  let database: Database;
  let audit: Awaited<ReturnType<typeof createAuditModule>>;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    audit = await createAuditModule({ db: database.db, logger });
  });
  afterAll(() => database.close());

  const deliver = (payload: unknown) => {
    const [subscription] = audit.subscriptions;
    if (!subscription) throw new Error('no subscription');
    return subscription.handle({
      topic: 'task-events',
      key: 'user-1',
      eventId: String((payload as { event_id?: string }).event_id),
      payload,
    });
  };

  it('records the same event delivered twice once', async () => {
    const event = aTaskEvent();
    await deliver(event);
    await deliver(event);
    const history = await audit.listTaskHistory('user-1', 7);
    expect(history.filter((entry) => entry.event_id === event.event_id)).toHaveLength(1);
    expect(history[0]).toMatchObject({ event_type: 'created', timestamp: event.timestamp, task_data: event.task_data });
  });

  it('keeps history per user and in time order', async () => {
    await deliver(aTaskEvent({ event_type: 'completed', timestamp: '2030-01-02T10:00:00.000Z' }));
    await deliver(aTaskEvent({ event_type: 'updated', timestamp: '2030-01-01T12:00:00.000Z', changed_fields: ['priority'] }));
    await deliver(aTaskEvent({ user_id: 'user-2' }));
    const history = await audit.listTaskHistory('user-1', 7);
    expect(history.map((entry) => entry.event_type)).toEqual(['created', 'updated', 'completed']);
    expect(await audit.listTaskHistory('user-2', 7)).toHaveLength(1);
    expect(await audit.listTaskHistory('user-3', 7)).toEqual([]);
  });

  it('records who made each change, the user when an event names no actor, and the project', async () => {
    const old = aTaskEvent({ task_id: 20, timestamp: '2030-01-01T08:00:00.000Z' });
    const byMember = aTaskEvent({
      task_id: 20,
      event_type: 'completed',
      timestamp: '2030-01-01T09:00:00.000Z',
      user_id: 'user-2',
      actor_id: 'user-2',
      actor_name: 'Ada',
      project_id: 5,
    });
    await deliver(old);
    await deliver(byMember);
    expect((await audit.listAllTaskHistory(20)).map(({ event_id, actor }) => ({ event_id, actor }))).toEqual([
      { event_id: old.event_id, actor: { user_id: 'user-1', name: null } },
      { event_id: byMember.event_id, actor: { user_id: 'user-2', name: 'Ada' } },
    ]);
    // Per user, as before projects: only that user's own changes.
    expect((await audit.listTaskHistory('user-1', 20)).map((entry) => entry.event_id)).toEqual([old.event_id]);
    const [row] = await schemaOf<AuditTables>(database.db, AUDIT_SCHEMA)
      .selectFrom('audit_log')
      .select('project_id')
      .where('event_id', '=', byMember.event_id)
      .execute();
    expect(row).toEqual({ project_id: 5 });
  });

  it('records through what each change was made, and nothing for an event that does not say', async () => {
    const old = aTaskEvent({ task_id: 30, timestamp: '2030-01-01T08:00:00.000Z' });
    const fromThunderbird = aTaskEvent({
      task_id: 30,
      event_type: 'updated',
      timestamp: '2030-01-01T09:00:00.000Z',
      changed_fields: ['title'],
      via: { channel: 'caldav', client: 'Thunderbird' },
    });
    const byChat = aTaskEvent({ task_id: 30, event_type: 'completed', timestamp: '2030-01-01T10:00:00.000Z', via: { channel: 'chat' } });
    for (const event of [old, fromThunderbird, byChat, fromThunderbird]) await deliver(event);
    const history = await audit.listAllTaskHistory(30);
    expect(history.map(({ event_id, via }) => ({ event_id, via }))).toEqual([
      { event_id: old.event_id, via: undefined },
      { event_id: fromThunderbird.event_id, via: { channel: 'caldav', client: 'Thunderbird' } },
      { event_id: byChat.event_id, via: { channel: 'chat' } },
    ]);
    expect(history[0]).not.toHaveProperty('via');
    expect(history[2]?.via).not.toHaveProperty('client');
  });

  it('rejects a malformed event as poison', async () => {
    await expect(deliver({ event_type: 'exploded' })).rejects.toThrow(/not a task event/);
  });
});

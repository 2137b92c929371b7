import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Database, migrate, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BACKEND_MIGRATIONS, migrateBackend } from '../backend.ts';
import { backendTables } from '../database/executor.ts';
import { BACKEND_SCHEMA } from '../database/schema.ts';
import { enqueue, outboxRepository } from '../outbox/outbox.ts';
import { deadLetterRepository, recordDeadLetter } from './dead-letter-repository.ts';

const open = async (): Promise<Database> => openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });

const aLetter = (overrides: { consumer?: string; eventId?: string } = {}) => ({
  consumer: overrides.consumer ?? 'audit-service',
  error: 'PoisonMessageError: not a task event',
  message: { topic: 'task-events', key: 'user-1', eventId: overrides.eventId ?? randomUUID(), payload: { nonsense: true } },
});

describe('dead letters', () => {
  let database: Database;
  beforeAll(async () => {
    database = await open();
    await migrateBackend(database.db);
  });
  afterAll(() => database.close());

  it('keeps the message as it came, who gave up on it and why, in a table of their own', async () => {
    const letter = aLetter();
    await recordDeadLetter(database.db, letter);
    const db = backendTables(database.db);
    const kept = (await deadLetterRepository.list(db)).filter((row) => row.event_id === letter.message.eventId);
    expect(kept).toEqual([
      {
        id: expect.any(Number),
        topic: 'task-events',
        consumer: 'audit-service',
        partition_key: 'user-1',
        event_id: letter.message.eventId,
        payload: { nonsense: true },
        error: 'PoisonMessageError: not a task event',
        created_at: expect.any(Date),
      },
    ]);
    // Not an outbox row: nothing publishes it, and the outbox's pruning cannot reach it.
    expect(await outboxRepository.countPending(db)).toBe(0);
  });

  it('keeps one row when the same consumer gives up on the same message again, one per consumer otherwise', async () => {
    const db = backendTables(database.db);
    const before = await deadLetterRepository.count(db);
    const eventId = randomUUID();
    await recordDeadLetter(database.db, aLetter({ eventId }));
    await recordDeadLetter(database.db, aLetter({ eventId }));
    await recordDeadLetter(database.db, aLetter({ eventId, consumer: 'recurring-task-service' }));
    expect(await deadLetterRepository.count(db)).toBe(before + 2);
  });

  it('stays when the outbox prunes what it delivered, however old', async () => {
    const db = backendTables(database.db);
    const letter = aLetter();
    await recordDeadLetter(database.db, letter);
    await sql`update backend.dead_letters set created_at = now() - interval '400 days' where event_id = ${letter.message.eventId}`.execute(
      database.db,
    );
    await outboxRepository.pruneDelivered(db, 0);
    expect((await deadLetterRepository.list(db, 1_000)).map((row) => row.event_id)).toContain(letter.message.eventId);
  });
});

describe('the dead-letters migration', () => {
  let database: Database;
  let before: string;
  beforeAll(async () => {
    database = await open();
    // The backend's migrations up to the one before dead letters got their own table.
    before = mkdtempSync(join(tmpdir(), 'doable-migrations-'));
    for (const file of readdirSync(BACKEND_MIGRATIONS).filter((name) => name < '005')) {
      cpSync(join(BACKEND_MIGRATIONS, file), join(before, file));
    }
    await migrate(database.db, { schema: BACKEND_SCHEMA, folder: before });
  });
  afterAll(async () => {
    rmSync(before, { recursive: true, force: true });
    await database.close();
  });

  it('moves the dead letters kept in the outbox into their own table, and leaves the other rows', async () => {
    const db = backendTables(database.db);
    const original = randomUUID();
    // As the embedded app kept them before: one `<topic>-dlq` outbox row per consumer, twice for a redelivery.
    const dlqRow = (consumer: string) => ({
      topic: 'task-events-dlq',
      key: 'user-1',
      eventId: randomUUID(),
      payload: { consumer, error: 'Error: down', original_event_id: original, message: { event_id: original, n: 1 } },
    });
    await enqueue(db, [
      dlqRow('audit-service'),
      dlqRow('audit-service'),
      dlqRow('recurring-task-service'),
      { topic: 'task-events', key: 'user-1', payload: { event_id: randomUUID() } },
    ]);
    await outboxRepository.markDelivered(db, [1, 2], new Date('2030-01-01T00:00:00Z'));

    await migrateBackend(database.db);

    const moved = await deadLetterRepository.list(db);
    expect(moved.map(({ topic, consumer, event_id, payload, error }) => ({ topic, consumer, event_id, payload, error }))).toEqual([
      { topic: 'task-events', consumer: 'audit-service', event_id: original, payload: { event_id: original, n: 1 }, error: 'Error: down' },
      {
        topic: 'task-events',
        consumer: 'recurring-task-service',
        event_id: original,
        payload: { event_id: original, n: 1 },
        error: 'Error: down',
      },
    ]);
    const left = await db.selectFrom('outbox').select('topic').execute();
    expect(left).toEqual([{ topic: 'task-events' }]);
  });
});

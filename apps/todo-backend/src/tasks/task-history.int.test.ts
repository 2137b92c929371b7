import type { TaskHistoryEntry } from '@doable/contracts';
import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { nameActors } from './task-history.ts';

const entry = (eventId: string, actor?: { user_id: string; name: string | null }): TaskHistoryEntry => ({
  event_id: eventId,
  event_type: 'updated',
  timestamp: '2030-01-01T10:00:00.000Z',
  task_data: { title: 'Plan the trip', completed: false, priority: 'medium', tags: [], due_date: null },
  ...(actor ? { actor } : {}),
});

describe('nameActors', () => {
  let database: Database;
  let ex: Executor;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    ex = backendTables(database.db);
    await ex
      .insertInto('user')
      .values([
        { id: 'ada', name: 'Ada', email: 'ada@example.com', emailVerified: false },
        { id: 'sam', name: 'Sam', email: 'sam@example.com', emailVerified: false },
      ])
      .execute();
  });
  afterAll(() => database?.close());

  it('names the actors the events did not name, and keeps the names they carried', async () => {
    const entries = [
      entry('1', { user_id: 'ada', name: null }),
      entry('2', { user_id: 'sam', name: 'Samuel (then)' }),
      entry('3', { user_id: 'gone', name: null }),
      entry('4'),
    ];
    expect((await nameActors(ex, entries)).map((e) => e.actor)).toEqual([
      { user_id: 'ada', name: 'Ada' },
      { user_id: 'sam', name: 'Samuel (then)' },
      { user_id: 'gone', name: null },
      undefined,
    ]);
  });
});

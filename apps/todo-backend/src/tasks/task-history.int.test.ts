import type { TaskHistoryEntry } from '@doable/contracts';
import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { createSharedTaskHistory, nameActors, type TaskHistoryReader } from './task-history.ts';

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
        { id: 'eve', name: 'Eve', email: 'eve@example.com', emailVerified: false },
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

describe('the shared task history', () => {
  let database: Database;
  let ex: Executor;
  let projectId: number;
  let taskId: number;
  /** The audit's answer, by task: every member's changes. */
  const trails = new Map<number, TaskHistoryEntry[]>();
  const audit: TaskHistoryReader = {
    listTaskHistory: async (userId, id) => (trails.get(id) ?? []).filter((e) => e.actor?.user_id === userId),
    listAllTaskHistory: async (id) => trails.get(id) ?? [],
  };
  const inProject = (eventId: string, actorId: string, project: number): TaskHistoryEntry => ({
    ...entry(eventId, { user_id: actorId, name: null }),
    task_data: { ...entry(eventId).task_data, project_id: project },
  });

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    ex = backendTables(database.db);
    await ex
      .insertInto('user')
      .values(['ada', 'sam', 'eve'].map((id) => ({ id, name: id.toUpperCase(), email: `${id}@example.com`, emailVerified: false })))
      .execute();
    ({ id: projectId } = await ex.insertInto('projects').values({ name: 'Trip' }).returning('id').executeTakeFirstOrThrow());
    await ex
      .insertInto('project_members')
      .values([
        { project_id: projectId, user_id: 'ada', role: 'owner' },
        { project_id: projectId, user_id: 'sam', role: 'viewer' },
      ])
      .execute();
    ({ id: taskId } = await ex
      .insertInto('tasks')
      .values({ user_id: 'ada', created_by: 'ada', project_id: projectId, title: 'Book the hotel' })
      .returning('id')
      .executeTakeFirstOrThrow());
    trails.set(taskId, [inProject('1', 'ada', projectId), inProject('2', 'sam', projectId)]);
  });
  afterAll(() => database?.close());

  it('shows every member’s changes, named, to any member, a viewer included', async () => {
    const history = createSharedTaskHistory(ex, audit);
    for (const reader of ['ada', 'sam']) {
      expect((await history.listTaskHistory(reader, taskId)).map((e) => e.actor)).toEqual([
        { user_id: 'ada', name: 'ADA' },
        { user_id: 'sam', name: 'SAM' },
      ]);
    }
  });

  it('answers 404 to someone outside the project, for a task that exists as for one that does not', async () => {
    const history = createSharedTaskHistory(ex, audit);
    await expect(history.listTaskHistory('eve', taskId)).rejects.toMatchObject({ status: 404, code: 'not_found' });
    await expect(history.listTaskHistory('eve', 999_999)).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });

  it('keeps a deleted task’s trail readable by the members of its last project, and only by them', async () => {
    const deletedId = 888_001;
    trails.set(deletedId, [inProject('3', 'ada', projectId), { ...inProject('4', 'ada', projectId), event_type: 'deleted' }]);
    const history = createSharedTaskHistory(ex, audit);
    expect(await history.listTaskHistory('sam', deletedId)).toHaveLength(2);
    await expect(history.listTaskHistory('eve', deletedId)).rejects.toMatchObject({ status: 404, code: 'not_found' });
    // A trail from before projects: its user's only.
    trails.set(888_002, [entry('5', { user_id: 'eve', name: null })]);
    expect(await history.listTaskHistory('eve', 888_002)).toHaveLength(1);
    await expect(history.listTaskHistory('ada', 888_002)).rejects.toMatchObject({ status: 404, code: 'not_found' });
  });
});

import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BACKEND_MIGRATIONS, migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from './executor.ts';
import { BACKEND_SCHEMA } from './schema.ts';

/** The backend's migrations up to and including `last`, as the previous version shipped them. */
function migrationsUpTo(last: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'doable-migrations-'));
  for (const file of readdirSync(BACKEND_MIGRATIONS).filter((name) => name.endsWith('.sql') && name <= last)) {
    cpSync(join(BACKEND_MIGRATIONS, file), join(folder, file));
  }
  return folder;
}

const TASK_FIELDS = [
  'id',
  'user_id',
  'title',
  'description',
  'completed',
  'completed_at',
  'priority',
  'tags',
  'due_date',
  'recurring',
  'recurrence_basis',
  'recurring_parent_id',
  'recurrence_source_id',
  'recurrence_anchor',
  'occurrence_number',
  'reminder_at',
  'remind_before_seconds',
  'reminder_sent_at',
  'created_at',
  'updated_at',
] as const;

describe('migration 007 on a populated database of the previous schema', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let db: Executor;
  let before: Record<string, unknown>[];
  const previous = migrationsUpTo('006-oauth-provider.sql');

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrate(database.db, { schema: BACKEND_SCHEMA, folder: previous });
    db = backendTables(database.db);
    for (const [id, name] of [
      ['ada', 'Ada'],
      ['sam', 'Sam'],
      ['zoe', 'Zoe'],
    ] as const) {
      await db
        .insertInto('user')
        .values({
          id: `user-${id}`,
          name,
          email: `${id}@example.com`,
          emailVerified: false,
          createdAt: new Date('2030-01-01T00:00:00Z'),
          updatedAt: new Date('2030-01-01T00:00:00Z'),
        })
        .execute();
    }
    await sql`
      insert into backend.tasks (user_id, title, description, completed, completed_at, priority, tags, due_date, recurring,
        recurrence_basis, recurrence_anchor, reminder_at, remind_before_seconds, reminder_sent_at, created_at, updated_at)
      values
        ('user-ada', 'Water plants', 'the fern too', true, '2030-01-02T08:00:00Z', 'high', '{home,plants}', '2030-01-02T09:00:00Z',
          'FREQ=WEEKLY', 'due', '2030-01-02T09:00:00Z', '2030-01-02T08:00:00Z', 3600, '2030-01-02T08:00:00Z',
          '2030-01-01T10:00:00Z', '2030-01-02T08:00:00Z'),
        ('user-ada', 'Pay rent', '', false, null, 'medium', '{}', '2030-02-01T09:00:00Z', 'FREQ=MONTHLY', 'completion', null,
          '2030-01-31T09:00:00Z', null, null, '2030-01-01T11:00:00Z', '2030-01-01T11:00:00Z'),
        ('user-sam', 'Call mum', '', false, null, 'low', '{family}', null, null, 'due', null, null, null, null,
          '2030-01-01T12:00:00Z', '2030-01-01T12:30:00Z')`.execute(db);
    // The next occurrence of Ada's weekly task, a child of the series.
    await sql`
      insert into backend.tasks (user_id, title, priority, tags, due_date, recurring, recurring_parent_id, recurrence_source_id,
        occurrence_number, remind_before_seconds, reminder_at, created_at, updated_at)
      select user_id, title, priority, tags, due_date + interval '7 days', recurring, id, id, 2, 3600,
        due_date + interval '7 days' - interval '1 hour', '2030-01-02T08:00:01Z', '2030-01-02T08:00:01Z'
      from backend.tasks where title = 'Water plants'`.execute(db);
    before = (await db.selectFrom('tasks').select(TASK_FIELDS).orderBy('id').execute()) as Record<string, unknown>[];
    await migrateBackend(database.db);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(previous, { recursive: true, force: true });
  });

  it('keeps every task with every field as it was', async () => {
    const after = await db.selectFrom('tasks').select(TASK_FIELDS).orderBy('id').execute();
    expect(after).toEqual(before);
    expect(after).toHaveLength(4);
  });

  it('gives each user one Inbox they own, and puts each task in its owner’s Inbox, created by its owner, unassigned', async () => {
    const inboxes = await db
      .selectFrom('projects as p')
      .innerJoin('project_members as m', 'm.project_id', 'p.id')
      .select(['p.id', 'p.name', 'p.inbox_of', 'm.user_id', 'm.role', 'p.archived'])
      .orderBy('p.inbox_of')
      .execute();
    expect(inboxes.map(({ id: _id, ...inbox }) => inbox)).toEqual(
      ['user-ada', 'user-sam', 'user-zoe'].map((user) => ({
        name: 'Inbox',
        inbox_of: user,
        user_id: user,
        role: 'owner',
        archived: false,
      })),
    );
    const inboxOf = new Map(inboxes.map((inbox) => [inbox.user_id, inbox.id]));
    const tasks = await db.selectFrom('tasks').select(['user_id', 'project_id', 'created_by', 'assignee_id']).execute();
    for (const task of tasks) {
      expect(task.project_id).toBe(inboxOf.get(task.user_id));
      expect(task.created_by).toBe(task.user_id);
      expect(task.assignee_id).toBeNull();
    }
  });

  it('writes a project_created then a member_added event per Inbox, keyed by the project', async () => {
    const rows = await db.selectFrom('outbox').select(['topic', 'partition_key', 'event_id', 'payload']).orderBy('id').execute();
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(row.topic).toBe('project-events');
      expect(row.partition_key).toBe(`project:${row.payload.project_id}`);
      expect(row.payload.event_id).toBe(row.event_id);
    }
    const ada = rows.filter((row) => row.payload.actor_id === 'user-ada').map((row) => row.payload);
    expect(ada).toEqual([
      expect.objectContaining({
        event_type: 'project_created',
        project: { name: 'Inbox', color: '#808080', emoji: null, archived: false },
      }),
      expect.objectContaining({ event_type: 'member_added', member: { user_id: 'user-ada', role: 'owner' } }),
    ]);
  });
});

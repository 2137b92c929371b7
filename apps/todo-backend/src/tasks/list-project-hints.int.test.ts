import { listTasksQuerySchema } from '@doable/contracts';
import { openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { createProjectHints } from './project-hints.ts';
import { type ListSpec, taskRepository } from './task-repository.ts';

const TAGS = ['work', 'home', 'errands'];

/**
 * A list across the caller's projects names some of them in its statement (the project hints): whatever the hints
 * say — right, missing a project, naming one the caller is not in — every page is the one the membership join alone
 * gives, and never holds a task of a project the caller is not in.
 */
describe('a list across projects with project hints', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let db: Executor;
  const projects = { samInbox: 0, shared: 0, elsewhere: 0 };

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    db = backendTables(database.db);
    await sql`
      insert into backend."user" (id, name, email, "emailVerified")
      select 'user-' || n, n, n || '@example.com', true from unnest(array['sam', 'eve']) as n`.execute(db);
    const made = await sql<{ id: number; name: string }>`
      insert into backend.projects (name, inbox_of) values ('Inbox', 'user-sam'), ('Shared', null), ('Elsewhere', null)
      returning id, name`.execute(db);
    const id = (name: string) => made.rows.find((row) => row.name === name)?.id as number;
    Object.assign(projects, { samInbox: id('Inbox'), shared: id('Shared'), elsewhere: id('Elsewhere') });
    await sql`
      insert into backend.project_members (project_id, user_id, role, position) values
        (${projects.samInbox}, 'user-sam', 'owner', 0), (${projects.shared}, 'user-sam', 'editor', 1),
        (${projects.shared}, 'user-eve', 'owner', 0), (${projects.elsewhere}, 'user-eve', 'owner', 1)`.execute(db);
    for (const [project, count] of [
      [projects.samInbox, 300],
      [projects.shared, 120],
      [projects.elsewhere, 200],
    ] as const) {
      await sql`
        insert into backend.tasks (user_id, created_by, project_id, title, completed, priority, tags, due_date, created_at, updated_at)
        select 'user-sam', 'user-sam', ${project}, 'Task ' || i, i % 5 < 2,
          (array['high', 'medium', 'low'])[1 + i % 3],
          array(select tag from unnest(${TAGS}::text[]) with ordinality as t(tag, k) where (i * k) % 4 = 0),
          case when i % 4 <> 0 then timestamptz '2030-01-01' + interval '1 hour' * ((i * 37) % 500) end,
          timestamptz '2030-01-01' + interval '1 minute' * (i % 90), timestamptz '2030-01-01' + interval '1 minute' * i
        from generate_series(1, ${count}::int) as i`.execute(db);
    }
    await sql`analyze backend.tasks`.execute(db);
  });
  afterAll(() => database?.close());

  const spec = (query: Record<string, string>, projectHints: number[]): ListSpec => {
    const parsed = listTasksQuerySchema.parse({ limit: '25', ...query });
    const sort = parsed.sort ?? 'created_at';
    return {
      userId: 'user-sam',
      query: parsed,
      sort,
      order: parsed.order ?? 'desc',
      after: undefined,
      now: new Date('2030-01-10T00:00:00Z'),
      projectHints,
    };
  };

  /** Every page, following the (sort value, id) cursor. */
  const allPages = async (listSpec: ListSpec) => {
    const ids: number[] = [];
    const seen = new Set<number>();
    let after: ListSpec['after'];
    for (;;) {
      const rows = await taskRepository.list(db, { ...listSpec, after });
      const page = rows.slice(0, listSpec.query.limit);
      for (const task of page) {
        ids.push(task.id);
        seen.add(task.project_id);
      }
      const last = page.at(-1);
      if (rows.length <= listSpec.query.limit || !last) return { ids, seen };
      after = { value: last.sort_value, id: last.id };
    }
  };

  it.each([
    ['newest first (no filter: the join alone)', {}],
    ['pending by due date', { status: 'pending', sort: 'due_date', order: 'asc' }],
    [
      'pending, high and medium, tag work, by priority',
      { status: 'pending', priority: 'high,medium', tags: 'work', sort: 'priority', order: 'desc' },
    ],
    ['overdue', { overdue: 'true', sort: 'due_date', order: 'asc' }],
    ['by title, any of two tags', { tags: 'home,errands', tags_match: 'any', sort: 'title', order: 'asc' }],
  ])('lists %s the same whatever the hints say', async (_case, query) => {
    const reference = await allPages(spec(query, []));
    expect(reference.ids.length).toBeGreaterThan(25);
    expect(reference.seen).toEqual(new Set([projects.samInbox, projects.shared]));
    for (const hints of [
      [projects.samInbox, projects.shared],
      [projects.shared],
      [projects.elsewhere, projects.samInbox],
      [projects.elsewhere],
    ]) {
      expect((await allPages(spec(query, hints))).ids, `hints ${hints}`).toEqual(reference.ids);
    }
  });

  it('names a project in the statement only while its hint lasts, and reads the caller’s projects again after', async () => {
    let now = new Date('2030-01-01T00:00:00Z');
    const hints = createProjectHints(db, { ttlMs: 10_000, maxCallers: 10, maxProjects: 4, clock: () => now });
    expect(await hints.of('user-sam')).toEqual([projects.samInbox, projects.shared]);
    await sql`delete from backend.project_members where user_id = 'user-sam' and project_id = ${projects.shared}`.execute(db);
    try {
      now = new Date(now.getTime() + 9_999);
      expect(await hints.of('user-sam')).toEqual([projects.samInbox, projects.shared]);
      // The stale hint still names the project Sam left: the list does not read it.
      const listed = await allPages(spec({ status: 'pending' }, [projects.samInbox, projects.shared]));
      expect(listed.seen).toEqual(new Set([projects.samInbox]));
      now = new Date(now.getTime() + 1);
      expect(await hints.of('user-sam')).toEqual([projects.samInbox]);
    } finally {
      await sql`insert into backend.project_members (project_id, user_id, role, position) values (${projects.shared}, 'user-sam', 'editor', 1)`.execute(
        db,
      );
    }
  });

  it('remembers at most maxCallers callers and at most maxProjects projects each', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const hints = createProjectHints(db, { ttlMs: 10_000, maxCallers: 1, maxProjects: 1, clock: () => now });
    expect(await hints.of('user-sam')).toEqual([projects.samInbox]);
    expect(await hints.of('user-eve')).toEqual([projects.shared]);
    // Sam was forgotten to make room for Eve: a change of Sam's projects shows at once.
    await sql`update backend.project_members set position = 5 where user_id = 'user-sam' and project_id = ${projects.samInbox}`.execute(db);
    try {
      expect(await hints.of('user-sam')).toEqual([projects.shared]);
    } finally {
      await sql`update backend.project_members set position = 0 where user_id = 'user-sam' and project_id = ${projects.samInbox}`.execute(
        db,
      );
    }
  });
});

import { listTasksQuerySchema } from '@doable/contracts';
import { openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { type ListSpec, type TaskRow, taskRepository } from './task-repository.ts';

const NOUNS = ['milk', 'plumber', 'report', 'sprint', 'garage', 'dentist', 'taxes', 'invoice', 'flowers', 'car'];
/** Tasks per project: enough that the planner reads a project's matches from its indexes rather than every row. */
const TASKS = 2000;

/**
 * Search inside a project and across a member's projects, on a database big enough for the project and trigram
 * indexes to be chosen: the same tasks, in the same order, as reading every row (no index at all) gives, and never
 * a task of a project the caller is not in, though that project holds the very same titles.
 */
describe('search with membership in the query', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let db: Executor;
  const projects: Record<'shared' | 'elsewhere' | 'samInbox', number> = { shared: 0, elsewhere: 0, samInbox: 0 };

  const spec = (words: string, project?: number): ListSpec => ({
    userId: 'user-sam',
    query: listTasksQuerySchema.parse({ search: words, limit: '200', ...(project === undefined ? {} : { project: String(project) }) }),
    sort: 'relevance',
    order: 'desc',
    after: undefined,
    now: new Date('2031-01-01T00:00:00Z'),
  });
  /** The same list with no index usable: every row read and compared, the reference result. */
  const withoutIndexes = (listSpec: ListSpec) =>
    db.transaction().execute(async (trx) => {
      await sql`set local enable_indexscan = off`.execute(trx);
      await sql`set local enable_bitmapscan = off`.execute(trx);
      return taskRepository.list(trx, listSpec);
    });
  /**
   * The same list as a project of many thousand tasks reads it, from the trigram indexes (which this small project
   * would otherwise skip for a scan of its rows): the other indexes dropped and table scans off, all rolled back.
   */
  const fromTrigramIndexes = async (listSpec: ListSpec) => {
    let rows: TaskRow[] = [];
    const undo = new Error('rolled back');
    await db
      .transaction()
      .execute(async (trx) => {
        const others = await sql<{ indexname: string }>`
        select indexname from pg_indexes where schemaname = 'backend' and tablename = 'tasks'
          and indexdef not like '%gin_trgm_ops%' and indexdef not like 'CREATE UNIQUE%'`.execute(trx);
        for (const { indexname } of others.rows) await sql`drop index ${sql.id('backend', indexname)}`.execute(trx);
        await sql`set local enable_seqscan = off`.execute(trx);
        rows = await taskRepository.list(trx, listSpec);
        throw undo;
      })
      .catch((error: unknown) => {
        if (error !== undo) throw error;
      });
    return rows;
  };

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    db = backendTables(database.db);
    await sql`
      insert into backend."user" (id, name, email, "emailVerified")
      select 'user-' || n, n, n || '@example.com', true from unnest(array['ada', 'sam', 'eve']) as n`.execute(db);
    const made = await sql<{ id: number; name: string }>`
      insert into backend.projects (name, inbox_of) values ('Shared', null), ('Elsewhere', null), ('Inbox', 'user-sam')
      returning id, name`.execute(db);
    const id = (name: string) => made.rows.find((row) => row.name === name)?.id as number;
    Object.assign(projects, { shared: id('Shared'), elsewhere: id('Elsewhere'), samInbox: id('Inbox') });
    await sql`
      insert into backend.project_members (project_id, user_id, role) values
        (${projects.shared}, 'user-ada', 'owner'), (${projects.shared}, 'user-sam', 'editor'),
        (${projects.elsewhere}, 'user-eve', 'owner'), (${projects.samInbox}, 'user-sam', 'owner')`.execute(db);
    // The same titles and descriptions in the shared project and in Eve's; fewer in Sam's Inbox.
    for (const [project, count] of [
      [projects.shared, TASKS],
      [projects.elsewhere, TASKS],
      [projects.samInbox, TASKS / 10],
    ] as const) {
      await sql`
        insert into backend.tasks (user_id, created_by, project_id, title, description, created_at, updated_at)
        select 'user-ada', 'user-ada', ${project},
          (array['Buy', 'Call', 'Fix', 'Plan', 'Write'])[1 + i % 5] || ' ' || (${NOUNS}::text[])[1 + (i * 7) % 10] || ' ' || i,
          case when i % 10 < 3 then 'Remember the ' || (${NOUNS}::text[])[1 + (i * 3) % 10] else '' end,
          timestamptz '2030-01-01' + interval '1 minute' * i, timestamptz '2030-01-01' + interval '1 minute' * i
        from generate_series(1, ${count}::int) as i`.execute(db);
    }
    await sql`analyze backend.tasks`.execute(db);
  });
  afterAll(() => database?.close());

  it.each([
    ['a word', 'plumber'],
    ['a word with a letter left out', 'plumbr'],
    ['a word with two letters swapped', 'pulmber'],
    ['two words', 'fix plumber'],
    ['words of the descriptions', 'remember the taxes'],
    ['a part of a word', 'inv'],
  ])('in one project finds %s ("%s") there only, as reading every row does', async (_case, words) => {
    const found = await fromTrigramIndexes(spec(words, projects.shared));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((task) => task.project_id === projects.shared)).toBe(true);
    const reference = (await withoutIndexes(spec(words, projects.shared))).map((task) => task.id);
    expect(found.map((task) => task.id)).toEqual(reference);
    expect((await taskRepository.list(db, spec(words, projects.shared))).map((task) => task.id)).toEqual(reference);
  });

  it.each([
    ['a word', 'plumber'],
    ['a word with two letters swapped', 'pulmber'],
    ['two words', 'fix plumber'],
  ])('across the member’s projects finds %s ("%s") in each of them and in no other', async (_case, words) => {
    const found = await fromTrigramIndexes(spec(words));
    const places = new Set(found.map((task) => task.project_id));
    expect(places).toEqual(new Set([projects.shared, projects.samInbox]));
    const reference = (await withoutIndexes(spec(words))).map((task) => task.id);
    expect(found.map((task) => task.id)).toEqual(reference);
    expect((await taskRepository.list(db, spec(words))).map((task) => task.id)).toEqual(reference);
  });

  /** Every page of a search, following the cursor, read with `read`: the (sort value, id) keys are the cursor. */
  const allPages = async (words: string, pageSize: number, read: (listSpec: ListSpec) => Promise<TaskRow[]>) => {
    const ids: number[] = [];
    let after: ListSpec['after'];
    for (;;) {
      const base = spec(words);
      const rows = await read({ ...base, query: { ...base.query, limit: pageSize }, after });
      const page = rows.slice(0, pageSize);
      ids.push(...page.map((task) => task.id));
      const last = page.at(-1);
      if (rows.length <= pageSize || !last) return ids;
      after = { value: last.sort_value, id: last.id };
    }
  };
  /** The same read with the KNN and (project_id, id) indexes taken wherever they can be: table scans off. */
  const fromOrderedIndexes = (listSpec: ListSpec) =>
    db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      await sql`set local enable_bitmapscan = off`.execute(trx);
      return taskRepository.list(trx, listSpec);
    });

  it.each([
    ['a word in 1 title of 10', 'plumber'],
    ['a word with a letter left out', 'plumbr'],
    ['two words', 'fix plumber'],
    ['a word of descriptions only', 'remember'],
    ['a word nowhere', 'zebra'],
  ])('pages through %s ("%s") most relevant first, newest first among equals, as reading every row does', async (_case, words) => {
    const reference = await withoutIndexes({ ...spec(words), query: { ...spec(words).query, limit: 5000 } });
    const expected = reference.map((task) => task.id);
    // Word similarity never rises and, where it is equal, the id falls: newest first among equally relevant tasks.
    for (let i = 1; i < reference.length; i++) {
      const [before, after] = [reference[i - 1] as TaskRow, reference[i] as TaskRow];
      const [a, b] = [Number(before.sort_value), Number(after.sort_value)];
      expect(a > b || (a === b && before.id > after.id)).toBe(true);
    }
    expect(await allPages(words, 10, fromOrderedIndexes)).toEqual(expected);
    expect(await allPages(words, 25, (listSpec) => taskRepository.list(db, listSpec))).toEqual(expected);
  });

  it('pages exact matches newest first though the newest tasks of a big project hide its newer matches', async () => {
    // Kim's small project holds 50 exact matches; her big one, made after it, holds 80 newer ones under 220 newer
    // tasks that do not match. A page of 10 reads 220 tasks per project: the big project's matches are unread.
    await sql`insert into backend."user" (id, name, email, "emailVerified") values ('user-kim', 'kim', 'kim@example.com', true)`.execute(
      db,
    );
    const made = await sql<{ id: number }>`
      insert into backend.projects (name, inbox_of) values ('Small', null), ('Big', null) returning id`.execute(db);
    const [small, big] = made.rows.map((row) => row.id) as [number, number];
    await sql`
      insert into backend.project_members (project_id, user_id, role)
      values (${small}, 'user-kim', 'owner'), (${big}, 'user-kim', 'owner')`.execute(db);
    const add = (project: number, title: string, count: number) => sql`
      insert into backend.tasks (user_id, created_by, project_id, title)
      select 'user-kim', 'user-kim', ${project}, ${title} || ' ' || i from generate_series(1, ${count}::int) as i`;
    await add(small, 'Call plumber', 50).execute(db);
    await add(big, 'Call plumber', 80).execute(db);
    await add(big, 'Buy milk', 220).execute(db);
    const kim = (listSpec: ListSpec) => taskRepository.list(db, { ...listSpec, userId: 'user-kim' });
    const base = spec('plumber');
    const reference = (await kim({ ...base, query: { ...base.query, limit: 5000 } })).map((task) => task.id);
    expect(reference).toHaveLength(130);
    expect((await kim({ ...base, query: { ...base.query, limit: 10 } })).map((task) => task.id)).toEqual(reference.slice(0, 11));
    expect(await allPages('plumber', 10, kim)).toEqual(reference);
  });

  it('finds nothing in a project the member has left', async () => {
    const undo = new Error('rolled back');
    let found: TaskRow[] = [];
    await db
      .transaction()
      .execute(async (trx) => {
        await sql`delete from backend.project_members where project_id = ${projects.shared} and user_id = 'user-sam'`.execute(trx);
        found = await taskRepository.list(trx, spec('plumber'));
        throw undo;
      })
      .catch((error: unknown) => {
        if (error !== undo) throw error;
      });
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((task) => task.project_id === projects.samInbox)).toBe(true);
  });

  it('finds for the member of another project only that project’s tasks', async () => {
    const elsewhere = await taskRepository.list(db, { ...spec('plumber'), userId: 'user-eve' });
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((task) => task.project_id === projects.elsewhere)).toBe(true);
  });
});

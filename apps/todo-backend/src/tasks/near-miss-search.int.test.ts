import { listTasksQuerySchema } from '@doable/contracts';
import { openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { searchCondition } from './search-page.ts';
import { type ListSpec, type TaskRow, taskRepository } from './task-repository.ts';

/**
 * Tia's project, oldest first: near misses of "plumbr" and "plumb" in 1 title of 5 (most of them exactly as similar:
 * ties), rarer titles more similar than those (a few exact) among the oldest tasks only, where the newest tasks do
 * not reach, and matches by description alone. Enough tasks that a page of 50 reads the newest 1,020 of them.
 */
const TIA_TASKS = 3000;
const TIA_TITLE = sql`case
  when i % 5 = 0 then 'Call plumber ' || i
  when i % 5 = 1 and i % 3 = 0 then 'Fix the plumbing ' || i
  when i < 400 and i % 7 = 2 then 'Phone plumbrs ' || i
  when i < 300 and i % 11 = 3 then 'plumbr invoice ' || i
  when i < 300 and i % 13 = 4 then 'Buy a plumb line ' || i
  when i < 500 and i % 17 = 6 then 'Pulmber round ' || i
  when i % 5 = 2 then 'Buy milk ' || i
  else 'Write report ' || i
end`;

/** Sam's project: Tia's titles, fewer tasks than a page of 50 reads for exact matches (1,020), so none is "big". */
const SMALL_TASKS = 600;

/** Kim's big project: tasks newer than its near misses, more than a page of 7 reads (320 tasks a row) but not of 50. */
const BIG_NEWER_TASKS = 3000;

describe('search for near misses (a typo, a prefix)', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let db: Executor;

  const spec = (userId: string, words: string, limit: number, after?: ListSpec['after']): ListSpec => ({
    userId,
    query: listTasksQuerySchema.parse({ search: words, limit: String(limit) }),
    sort: 'relevance',
    order: 'desc',
    after,
    now: new Date('2031-01-01T00:00:00Z'),
  });

  /** Every match of the caller's projects scored and sorted: what every page must be a slice of. */
  const everyRowScored = async (userId: string, words: string) => {
    const result = await sql<{ id: number }>`
      select t.id from backend.tasks as t
      join backend.project_members as m on m.project_id = t.project_id and m.user_id = ${userId}
      where ${searchCondition(words)}
      order by word_similarity(${words}, t.title) desc, t.id desc`.execute(db);
    return result.rows.map((row) => Number(row.id));
  };

  /** Every page, following the cursor. */
  const allPages = async (userId: string, words: string, pageSize: number) => {
    const ids: number[] = [];
    let after: ListSpec['after'];
    for (;;) {
      const rows: TaskRow[] = await taskRepository.list(db, spec(userId, words, pageSize, after));
      const page = rows.slice(0, pageSize);
      ids.push(...page.map((task) => Number(task.id)));
      const last = page.at(-1);
      if (rows.length <= pageSize || !last) return ids;
      after = { value: last.sort_value, id: last.id };
    }
  };

  /** The first page's plan, as run (`explain` options before `analyze`). */
  const firstPagePlan = async <Row>(userId: string, words: string, limit: number, options: string) => {
    const projectIds = (
      await sql<{ project_id: number }>`
      select project_id from backend.project_members where user_id = ${userId} order by position, project_id`.execute(db)
    ).rows.map((row) => Number(row.project_id));
    const statement = taskRepository.listQuery(spec(userId, words, limit), projectIds).compile(db);
    const plan = await db.executeQuery<Row>({ ...statement, sql: `explain (${options}analyze, timing off) ${statement.sql}` });
    return plan.rows;
  };

  /** Whether the first page's statement asked the trigram index for rows more similar than its near misses. */
  const readNearMisses = async (userId: string, words: string, limit: number) => {
    const plan = await firstPagePlan<{ 'QUERY PLAN': string }>(userId, words, limit, 'costs off, ');
    const lines = plan.map((row) => row['QUERY PLAN']);
    const call = lines.find((line) => line.includes('Function Scan on task_ids_more_similar'));
    expect(call).toBeDefined();
    return !call?.includes('never executed');
  };

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    db = backendTables(database.db);
    await sql`
      insert into backend."user" (id, name, email, "emailVerified")
      select 'user-' || n, n, n || '@example.com', true from unnest(array['tia', 'kim', 'eve', 'lee', 'sam', 'max']) as n`.execute(db);
    const made = await sql<{ id: number; name: string }>`
      insert into backend.projects (name, inbox_of) values ('Typos', null), ('Small', null), ('Big', null), ('Elsewhere', null),
        ('Busy', null), ('Few', null), ('Quiet 1', null), ('Quiet 2', null), ('Quiet 3', null), ('Latest', null)
      returning id, name`.execute(db);
    const id = (name: string) => made.rows.find((row) => row.name === name)?.id as number;
    // Max, in his sidebar's order: Kim's big project, three without tasks, and the one made last, fifth: more projects
    // than a search names one by one.
    await sql`
      insert into backend.project_members (project_id, user_id, role, position) values
        (${id('Typos')}, 'user-tia', 'owner', 0), (${id('Small')}, 'user-kim', 'owner', 0), (${id('Big')}, 'user-kim', 'owner', 1),
        (${id('Elsewhere')}, 'user-eve', 'owner', 0), (${id('Busy')}, 'user-lee', 'owner', 0),
        (${id('Few')}, 'user-sam', 'owner', 0), (${id('Big')}, 'user-max', 'viewer', 0), (${id('Quiet 1')}, 'user-max', 'owner', 1),
        (${id('Quiet 2')}, 'user-max', 'owner', 2), (${id('Quiet 3')}, 'user-max', 'owner', 3),
        (${id('Latest')}, 'user-max', 'owner', 4)`.execute(db);
    const add = (project: number, count: number, title: ReturnType<typeof sql>, description = sql`''`) => sql`
      insert into backend.tasks (user_id, created_by, project_id, title, description)
      select 'user-tia', 'user-tia', ${project}, ${title}, ${description} from generate_series(1, ${count}::int) as i`;
    await add(id('Typos'), TIA_TASKS, TIA_TITLE, sql`case when i % 50 = 7 then 'ask the plumbr' else '' end`).execute(db);
    // Another user's project with the very titles, made after Tia's: never on her pages.
    await add(id('Elsewhere'), 1500, TIA_TITLE).execute(db);
    // Kim: her small project holds 60 near misses; her big one, made after it, holds 80 newer ones under 3,000 newer
    // tasks that do not match, so its newest tasks hold none of them.
    await add(id('Small'), 60, sql`'Call plumber ' || i`).execute(db);
    await add(id('Big'), 80, sql`'Call plumber ' || i`).execute(db);
    await add(id('Big'), BIG_NEWER_TASKS, sql`'Buy milk ' || i`).execute(db);
    // Lee: Tia's titles under 1,500 newer tasks about something else, none of them a near miss.
    await add(id('Busy'), TIA_TASKS, TIA_TITLE, sql`case when i % 50 = 7 then 'ask the plumbr' else '' end`).execute(db);
    await add(id('Busy'), 1500, sql`'Bench task ' || i`).execute(db);
    await add(id('Few'), SMALL_TASKS, TIA_TITLE, sql`case when i % 50 = 7 then 'ask the plumbr' else '' end`).execute(db);
    // Other people's many small projects, as on a server of light users: the average project has ~10 tasks.
    await sql`
      with tiny as (insert into backend.projects (name) select 'Tiny ' || n from generate_series(1, 1500) as n returning id)
      insert into backend.tasks (user_id, created_by, project_id, title)
      select 'user-eve', 'user-eve', tiny.id, 'Buy milk ' || i from tiny, generate_series(1, 3) as i`.execute(db);
    // Max's last project: near misses newer than Big's, as similar.
    await add(id('Latest'), 20, sql`'Call plumber ' || i`).execute(db);
    await sql`analyze backend.tasks`.execute(db);
  });
  afterAll(() => database?.close());

  it.each([
    ['a letter left out', 'plumbr'],
    ['a prefix', 'plumb'],
  ])('gives the first page of %s ("%s") from the newest tasks and the more similar ones the index finds', async (_case, words) => {
    const reference = await everyRowScored('user-tia', words);
    expect(await readNearMisses('user-tia', words, 50)).toBe(true);
    const page = await taskRepository.list(db, spec('user-tia', words, 50));
    expect(page.map((task) => Number(task.id))).toEqual(reference.slice(0, 51));
    // Rows older than the newest 1,020 tasks are on it (more similar than the near misses), and ties newest first.
    const oldest = Math.min(...page.map((task) => Number(task.id)));
    expect(oldest).toBeLessThan(Math.max(...reference) - 1020);
  });

  it.each([
    ['a letter left out', 'plumbr'],
    ['a prefix', 'plumb'],
    ['a word with two letters swapped', 'pulmber'],
    ['an added letter', 'plumbrrs'],
    ['two words with a typo', 'call plumbr'],
    ['several words', 'phone the plumbr about it'],
    ['a word whose near misses are rare', 'invoce'],
    ['a word', 'plumber'],
    ['a word nowhere', 'zebra'],
  ])('pages through %s ("%s") as scoring every row does', async (_case, words) => {
    const reference = await everyRowScored('user-tia', words);
    expect(await allPages('user-tia', words, 50)).toEqual(reference);
    expect(await allPages('user-tia', words, 7)).toEqual(reference);
    const first = await taskRepository.list(db, spec('user-tia', words, 20));
    expect(first.map((task) => Number(task.id))).toEqual(reference.slice(0, 21));
  });

  it.each([
    ['a letter left out', 'plumbr'],
    ['a prefix', 'plumb'],
    ['a word with two letters swapped', 'pulmber'],
    ['a word', 'plumber'],
  ])('pages through %s ("%s") as scoring every row does when the newest titles hold no near miss', async (_case, words) => {
    const reference = await everyRowScored('user-lee', words);
    expect(await allPages('user-lee', words, 50)).toEqual(reference);
    expect(await allPages('user-lee', words, 7)).toEqual(reference);
  });

  it.each([
    ['a letter left out', 'plumbr'],
    ['a prefix', 'plumb'],
  ])('reads past newer tasks that hold no near miss to the first page of %s ("%s")', async (_case, words) => {
    const reference = await everyRowScored('user-lee', words);
    expect(await readNearMisses('user-lee', words, 50)).toBe(true);
    const page = await taskRepository.list(db, spec('user-lee', words, 50));
    expect(page.map((task) => Number(task.id))).toEqual(reference.slice(0, 51));
  });

  it.each([
    ['a letter left out', 'plumbr'],
    ['a prefix', 'plumb'],
  ])('plans the read of %s ("%s") in the index\'s order for the project\'s own size, not the average one', async (_case, words) => {
    interface PlanNode {
      'Node Type': string;
      'Index Name'?: string;
      'Plan Rows': number;
      'Actual Loops': number;
      Plans?: PlanNode[];
    }
    const [row] = await firstPagePlan<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>('user-lee', words, 50, 'format json, ');
    const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];
    const reads = nodes(row?.['QUERY PLAN'][0].Plan as PlanNode).filter(
      (node) => node['Index Name'] === 'tasks_project_newest_title_idx' && node['Actual Loops'] > 0,
    );
    expect(reads).not.toEqual([]);
    // Lee's project has ~4,500 tasks and ~600 near misses; the average project, ~10 tasks and none. Planned for the
    // average one, the read expects about one row, and the planner may read and sort every match instead.
    for (const read of reads) {
      expect(read['Node Type']).toBe('Index Scan');
      expect(read['Plan Rows']).toBeGreaterThanOrEqual(50);
    }
  });

  it.each([
    ['a letter left out', 'plumbr'],
    ['a prefix', 'plumb'],
    ['two words with a typo', 'call plumbr'],
  ])(
    'gives the first page of %s ("%s") from the near misses in a project smaller than the read for exact matches',
    async (_case, words) => {
      const reference = await everyRowScored('user-sam', words);
      expect(reference.length).toBeGreaterThan(51);
      expect(await readNearMisses('user-sam', words, 50)).toBe(true);
      const page = await taskRepository.list(db, spec('user-sam', words, 50));
      expect(page.map((task) => Number(task.id))).toEqual(reference.slice(0, 51));
      expect(await allPages('user-sam', words, 50)).toEqual(reference);
    },
  );

  it('gives the page where the planner would read with parallel workers', async () => {
    const reference = await everyRowScored('user-tia', 'plumbr');
    const page = await db.transaction().execute(async (trx) => {
      for (const setting of [
        'parallel_setup_cost',
        'parallel_tuple_cost',
        'min_parallel_table_scan_size',
        'min_parallel_index_scan_size',
      ]) {
        await sql`select set_config(${setting}, '0', true)`.execute(trx);
      }
      return taskRepository.list(trx, spec('user-tia', 'plumbr', 50));
    });
    expect(page.map((task) => Number(task.id))).toEqual(reference.slice(0, 51));
  });

  it('reads every match when a project has unread tasks newer than the page the newest tasks give', async () => {
    const reference = await everyRowScored('user-kim', 'plumbr');
    expect(reference).toHaveLength(140);
    // A page of 7 reads 2,560 of the big project's newest tasks, none of them a near miss.
    expect(8 * 320).toBeLessThan(BIG_NEWER_TASKS);
    expect(await readNearMisses('user-kim', 'plumbr', 7)).toBe(false);
    const page = await taskRepository.list(db, spec('user-kim', 'plumbr', 7));
    expect(page.map((task) => Number(task.id))).toEqual(reference.slice(0, 8));
    expect(await allPages('user-kim', 'plumbr', 7)).toEqual(reference);
  });

  it('reads the near misses of two projects when the reads reach every newer task', async () => {
    const reference = await everyRowScored('user-kim', 'plumbr');
    expect(await readNearMisses('user-kim', 'plumbr', 50)).toBe(true);
    const page = await taskRepository.list(db, spec('user-kim', 'plumbr', 50));
    expect(page.map((task) => Number(task.id))).toEqual(reference.slice(0, 51));
    expect(await allPages('user-kim', 'plumbr', 50)).toEqual(reference);
  });

  it('reads the near misses of more projects than a search names one by one', async () => {
    const reference = await everyRowScored('user-max', 'plumbr');
    expect(await readNearMisses('user-max', 'plumbr', 50)).toBe(true);
    const page = await taskRepository.list(db, spec('user-max', 'plumbr', 50));
    // Latest's 20 near misses first: the newest of the ties.
    expect(page.map((task) => Number(task.id))).toEqual(reference.slice(0, 51));
    expect(await allPages('user-max', 'plumbr', 50)).toEqual(reference);
  });
});

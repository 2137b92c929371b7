import type { ListTasksQuery } from '@doable/contracts';
import { prepared } from '@doable/db';
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../database/executor.ts';
import { DEFAULT_PROJECT_HINTS } from './project-hints.ts';
import { exactMatchesFirst, type Scope, searchCondition } from './search-page.ts';
import { type ListedTask, NOT_LISTED, type SubtaskCounts, type TaskChanges, type TaskRecord } from './task.ts';

export type ListSort = ListTasksQuery['sort'] | 'relevance';

export interface ListSpec {
  userId: string;
  query: ListTasksQuery;
  sort: ListSort & string;
  order: 'asc' | 'desc';
  after: { value: string | null; id: number } | undefined;
  now: Date;
  /** Some of the caller's projects (`createProjectHints`), named in the statement of a list across projects. */
  projectHints?: readonly number[];
}

/** A list's row: the columns a task's answer shows (`toTaskDto`), and its sort value for the next page's cursor. */
export type TaskRow = ListedTask & { sort_value: string | null };

export const TASK_COLUMNS = [
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
  'project_id',
  'assignee_id',
  'created_by',
  'parent_id',
  'position',
  'created_at',
  'updated_at',
] as const;

/**
 * The task columns a list page selects: those a task's answer shows. The others (the creator's old column, the
 * recurrence and reminder bookkeeping) were read, parsed and dropped for every row of every page.
 */
const PAGE_COLUMN_NAMES = TASK_COLUMNS.filter((column) => !(NOT_LISTED as readonly string[]).includes(column));

/** The task columns a list page selects, built once as one raw piece, as `LISTED_COLUMNS` below. */
const PAGE_COLUMNS = sql.raw(PAGE_COLUMN_NAMES.map((c) => `"${c}"`).join(', '));

/**
 * The columns a list answers with, built once as one raw piece (a reference per column is ~30 more nodes for Kysely
 * to create and walk per request), with each task's direct subtask counts. Their subqueries sit beside the list's
 * ORDER BY and LIMIT, so PostgreSQL runs them only for the rows of the page (planner: expensive output columns are
 * computed after the sort and limit).
 */
const LISTED_COLUMNS = sql.raw(
  `${[...PAGE_COLUMN_NAMES, 'sort_value'].map((c) => `"t"."${c}"`).join(', ')},
  (select count(*) from backend.tasks as s where s.parent_id = t.id)::int as subtask_count,
  (select count(*) from backend.tasks as s where s.parent_id = t.id and s.completed)::int as completed_subtask_count`,
);

function sortExpression(sort: ListSpec['sort'], search: string | undefined): { expr: RawBuilder<unknown>; type: string } {
  switch (sort) {
    case 'due_date':
      return { expr: sql`due_date`, type: 'timestamptz' };
    case 'priority':
      return { expr: sql`priority_rank`, type: 'smallint' };
    case 'title':
      return { expr: sql`(lower(title) collate "C")`, type: 'text' };
    case 'updated_at':
      return { expr: sql`updated_at`, type: 'timestamptz' };
    case 'position':
      return { expr: sql`(position collate "C")`, type: 'text' };
    case 'relevance':
      return { expr: sql`word_similarity(${search ?? ''}, title)`, type: 'real' };
    default:
      return { expr: sql`created_at`, type: 'timestamptz' };
  }
}

/**
 * The filters of a list within one project but its search: `project` is that project's id, a column naming it, or
 * `any(…)` of several projects' ids (`project_id = any(…)`).
 */
function filters(spec: ListSpec, project: RawBuilder<unknown>): RawBuilder<unknown>[] {
  const { query, userId, now } = spec;
  const where: RawBuilder<unknown>[] = [sql`project_id = ${project}`];
  if (query.parent === 'none') where.push(sql`parent_id is null`);
  else if (query.parent !== undefined) where.push(sql`parent_id = ${query.parent}`);
  if (query.assignee === 'me') where.push(sql`assignee_id = ${userId}`);
  else if (query.assignee === 'none') where.push(sql`assignee_id is null`);
  else if (query.assignee !== undefined) where.push(sql`assignee_id = ${query.assignee}`);
  if (query.status === 'pending') where.push(sql`not completed`);
  if (query.status === 'completed') where.push(sql`completed`);
  if (query.priority) where.push(sql`priority in (${sql.join(query.priority)})`);
  if (query.tags) {
    const tags = sql`cast(${query.tags} as text[])`;
    where.push(query.tags_match === 'any' ? sql`tags && ${tags}` : sql`tags @> ${tags}`);
  }
  if (query.due_before) where.push(sql`due_date < ${query.due_before}`);
  if (query.due_after) where.push(sql`due_date >= ${query.due_after}`);
  if (query.overdue === true) where.push(sql`due_date < ${now} and not completed`);
  if (query.overdue === false) where.push(sql`(due_date is null or due_date >= ${now} or completed)`);
  if (query.has_due_date !== undefined) where.push(query.has_due_date ? sql`due_date is not null` : sql`due_date is null`);
  if (query.recurring !== undefined) where.push(query.recurring ? sql`recurring is not null` : sql`recurring is null`);
  if (query.completed_after) where.push(sql`completed_at >= ${query.completed_after}`);
  if (query.completed_before) where.push(sql`completed_at < ${query.completed_before}`);
  return where;
}

/** Only the due date can be missing; every other sort value is always present. */
const isNullable = (sort: ListSpec['sort']) => sort === 'due_date';

/**
 * Keyset condition: rows strictly after the cursor in (sort value, id) order, rows without a value last. For
 * values that are never null it is a row comparison, which an index on (project_id, value, id) serves directly.
 */
function afterCursor(spec: ListSpec, expr: RawBuilder<unknown>, type: string): RawBuilder<unknown> | undefined {
  if (!spec.after) return undefined;
  const cmp = sql.raw(spec.order === 'asc' ? '>' : '<');
  const id = spec.after.id;
  if (spec.after.value === null) return sql`(${expr} is null and id ${cmp} ${id})`;
  const value = sql`cast(${spec.after.value} as ${sql.raw(type)})`;
  if (!isNullable(spec.sort)) return sql`((${expr}, id) ${cmp} (${value}, ${id}))`;
  return sql`(${expr} ${cmp} ${value} or (${expr} = ${value} and id ${cmp} ${id}) or ${expr} is null)`;
}

/** How many of the caller's projects a search names one by one at most (`inEachProject`), as a list names its hints. */
const PROJECTS_PLANNED_APART = DEFAULT_PROJECT_HINTS.maxProjects;

/** A search by relevance across the caller's projects: every match is scored, and no index gives them in order. */
const scoresEveryMatchAcrossProjects = (spec: ListSpec) =>
  spec.query.search !== undefined && spec.sort === 'relevance' && spec.query.project === undefined;

async function memberProjectIds(ex: Executor, userId: string): Promise<number[]> {
  // In the caller's order, as project hints are: the projects a search names one by one are the first ones.
  const rows = await ex
    .selectFrom('project_members')
    .select('project_id')
    .where('user_id', '=', userId)
    .orderBy('position')
    .orderBy('project_id')
    .execute();
  return rows.map((row) => Number(row.project_id));
}

/**
 * A page per project the caller is in. Read through the membership join, a page is planned for the average project:
 * when filters leave fewer rows than a page there, the planner reads and sorts every match rather than the sort's
 * index in order until the page is full, which for a project of 100,000 tasks was 16 ms instead of 0.5
 * (docs/benchmarks.md). So a filtered list names the hinted projects: each of their pages is planned with that
 * project's own row counts. Hints are never access: a hinted page is read only while the caller is a member, and the
 * memberships the hints miss are read through the join. An unfiltered list keeps the join alone (one page to plan,
 * not two): the average project's estimate already stops at the page.
 */
function everyMembership(spec: ListSpec, page: (project: RawBuilder<unknown>) => RawBuilder<unknown>): RawBuilder<unknown> {
  const filtered = filters(spec, sql`0`).length > 1;
  const hints = filtered ? (spec.projectHints ?? []) : [];
  const hinted = hints.map(
    (id) => sql`select t.* from (${page(sql`${id}`)}) as t
      where exists (select from backend.project_members as m where m.user_id = ${spec.userId} and m.project_id = ${id})`,
  );
  const unhinted = hints.length === 0 ? sql`` : sql` and m.project_id <> all (cast(${hints} as bigint[]))`;
  const rest = sql`select t.* from backend.project_members as m cross join lateral (${page(sql.ref('m.project_id'))}) as t
      where m.user_id = ${spec.userId}${unhinted}`;
  return sql.join([...hinted, rest], sql` union all `);
}

export const taskRepository = {
  /** `created_by` is the creator; `user_id` keeps meaning the same, for readers from before projects. */
  async insert(
    ex: Executor,
    values: TaskChanges & {
      title: string;
      project_id: number;
      created_by: string;
      position: string;
      parent_id?: number | null;
      recurring_parent_id?: number | null;
      recurrence_source_id?: number | null;
      occurrence_number?: number;
    },
  ): Promise<TaskRecord | undefined> {
    return prepared(
      ex
        .insertInto('tasks')
        .values({ ...values, user_id: values.created_by })
        .onConflict((oc) => oc.column('recurrence_source_id').doNothing())
        .returning(TASK_COLUMNS),
    ).executeTakeFirst();
  },

  /** A task by id, whoever may see it: callers ask the access policy first (`requireTaskAccess`). */
  async findById(ex: Executor, id: number, options: { forUpdate?: boolean } = {}): Promise<TaskRecord | undefined> {
    let query = ex.selectFrom('tasks').select(TASK_COLUMNS).where('id', '=', id);
    if (options.forUpdate) query = query.forUpdate();
    return query.executeTakeFirst();
  },

  /**
   * The task with the caller's role in its project, or undefined when it does not exist or they are not a member.
   * `forUpdate` locks it for a change, and reads the caller's name too, for the change's event.
   */
  async findWithRole(
    ex: Executor,
    userId: string,
    id: number,
    options: { forUpdate?: boolean } = {},
  ): Promise<(TaskRecord & { role: string; actor_name?: string | null }) | undefined> {
    const query = ex
      .selectFrom('tasks')
      .innerJoin('project_members as m', (join) => join.onRef('m.project_id', '=', 'tasks.project_id').on('m.user_id', '=', userId))
      .select(TASK_COLUMNS.map((column) => `tasks.${column}` as const))
      .select('m.role')
      .where('tasks.id', '=', id);
    if (!options.forUpdate) return prepared(query).executeTakeFirst();
    // Locks the task row; the membership row is share-locked so a removal waits for this change, not the other way.
    return prepared(
      query
        .select((eb) => eb.selectFrom('user').select('user.name').where('user.id', '=', userId).as('actor_name'))
        .forUpdate('tasks')
        .forShare('m'),
    ).executeTakeFirst();
  },

  async update(
    ex: Executor,
    id: number,
    changes: TaskChanges & { project_id?: number; parent_id?: number | null; position?: string },
    now: Date,
  ): Promise<TaskRecord | undefined> {
    // Its text names the changed columns: a completion's is always the same, and clients change few sets of fields.
    return prepared(
      ex
        .updateTable('tasks')
        .set({ ...changes, updated_at: now })
        .where('id', '=', id)
        .returning(TASK_COLUMNS),
    ).executeTakeFirst();
  },

  async delete(ex: Executor, id: number): Promise<TaskRecord | undefined> {
    return ex.deleteFrom('tasks').where('id', '=', id).returning(TASK_COLUMNS).executeTakeFirst();
  },

  /** Deletes a whole project's tasks, returning them for their `deleted` events. */
  async deleteInProject(ex: Executor, projectId: number): Promise<TaskRecord[]> {
    return ex.deleteFrom('tasks').where('project_id', '=', projectId).returning(TASK_COLUMNS).execute();
  },

  /** Unassigns a member's tasks in a project (they left or were removed), returning the changed tasks. */
  async unassign(ex: Executor, projectId: number, userId: string, now: Date): Promise<TaskRecord[]> {
    return ex
      .updateTable('tasks')
      .set({ assignee_id: null, updated_at: now })
      .where('project_id', '=', projectId)
      .where('assignee_id', '=', userId)
      .returning(TASK_COLUMNS)
      .execute();
  },

  /**
   * One page of the project asked for (its membership is checked before the query), or of every project the caller
   * belongs to. The latter reads one page per project, each from its (project_id, sort value, id) index, and merges
   * them: membership as an `in (…)` filter instead reads and sorts every task of every project the caller is in,
   * which for a member of a project of 10,000 tasks was 7–13× slower (docs/benchmarks.md, shared project).
   */
  async list(ex: Executor, spec: ListSpec): Promise<(TaskRow & SubtaskCounts)[]> {
    const projectIds = scoresEveryMatchAcrossProjects(spec) ? await memberProjectIds(ex, spec.userId) : undefined;
    const result = await taskRepository.listQuery(spec, projectIds).execute(ex);
    return result.rows;
  },

  /**
   * The statement of `list`; subtask counts included: a list is one statement, but for a search by relevance across
   * projects, which is given the caller's project ids (`memberProjectIds`, read first).
   */
  listQuery(spec: ListSpec, projectIds?: readonly number[]): RawBuilder<TaskRow & SubtaskCounts> {
    const { expr, type } = sortExpression(spec.sort, spec.query.search);
    const keyset = afterCursor(spec, expr, type);
    const direction = sql.raw(spec.order === 'asc' ? 'asc' : 'desc');
    const nulls = sql.raw(isNullable(spec.sort) ? ' nulls last' : '');
    const limit = spec.query.limit + 1;
    const columns = sql`${PAGE_COLUMNS}, cast(${expr} as text) as sort_value, ${expr} as sort_key`;
    const page = (project: RawBuilder<unknown>) => {
      const where = filters(spec, project);
      if (spec.query.search) where.push(searchCondition(spec.query.search));
      if (keyset) where.push(keyset);
      return sql`
        select ${columns}
        from backend.tasks
        where ${sql.join(where, sql` and `)}
        order by ${expr} ${direction}${nulls}, id ${direction}
        limit ${limit}`;
    };
    const inScope: Scope = (select, ...conditions) => {
      const where = spec.query.project !== undefined ? conditions : [sql`m.user_id = ${spec.userId}`, ...conditions];
      const rows =
        spec.query.project !== undefined
          ? sql`(${select(sql`${spec.query.project}`)}) as t`
          : sql`backend.project_members as m cross join lateral (${select(sql.ref('m.project_id'))}) as t`;
      return where.length === 0 ? sql`select t.* from ${rows}` : sql`select t.* from ${rows} where ${sql.join(where, sql` and `)}`;
    };
    // The first projects as constants, one read each, so each is planned with its own size (`inEachProject`,
    // search-page.ts); the others through the memberships: each read planned apart cost ~1.3 ms of planning, which
    // for a member of 32 projects made a search 1.4–1.9× slower.
    const inEachProject: Scope = (select, ...conditions) => {
      const named = projectIds?.slice(0, PROJECTS_PLANNED_APART) ?? [];
      if (named.length === 0) return inScope(select, ...conditions);
      const where = conditions.length === 0 ? sql`` : sql`where ${sql.join(conditions, sql` and `)}`;
      const reads = named.map((id) => sql`select t.* from (${select(sql`${id}`)}) as t ${where}`);
      if ((projectIds?.length ?? 0) > named.length)
        reads.push(inScope(select, sql`m.project_id <> all(cast(${named} as bigint[]))`, ...conditions));
      return sql.join(reads, sql` union all `);
    };
    // A search by relevance scores every match: that read names the caller's projects as constants (one scan over
    // them all), so the planner sees each project's size in its statistics. Through the memberships it sees a project
    // id it cannot know and estimates the average project (~1,000 tasks): for a heavy user's 111,000 it read and
    // tested every task (1–6 s) instead of reading the trigram index (docs/benchmarks.md, Search).
    const everyMatch: Scope =
      projectIds === undefined
        ? inScope
        : (select, ...conditions) => sql`
            select t.* from (${select(sql`any(cast(${projectIds} as bigint[]))`)}) as t
            ${conditions.length === 0 ? sql`` : sql`where ${sql.join(conditions, sql` and `)}`}`;
    const { search } = spec.query;
    // The cursor of a page inside the exact matches has the value 1; past them, only the full search can go on.
    const exactFirst =
      search !== undefined && spec.sort === 'relevance' && spec.order === 'desc' && (!spec.after || Number(spec.after.value) === 1);
    const from = exactFirst
      ? exactMatchesFirst({
          search,
          limit,
          beforeId: spec.after?.id,
          columns,
          inScope,
          inEachProject,
          filters: (project) => filters(spec, project),
          projectIds:
            spec.query.project !== undefined
              ? sql`array[cast(${spec.query.project} as bigint)]`
              : projectIds !== undefined
                ? sql`cast(${projectIds} as bigint[])`
                : sql`array(select project_id from backend.project_members where user_id = ${spec.userId})`,
          everyMatch: (condition) => everyMatch(page, condition),
        })
      : search === undefined && spec.query.project === undefined
        ? everyMembership(spec, page)
        : everyMatch(page);
    return sql<TaskRow & SubtaskCounts>`
      select ${LISTED_COLUMNS} from (${from}) as t
      order by t.sort_key${sql.raw(type === 'text' ? ' collate "C"' : '')} ${direction}${nulls}, t.id ${direction}
      limit ${limit}`;
  },

  async tagCounts(ex: Executor, userId: string): Promise<{ tag: string; count: number }[]> {
    const result = await sql<{ tag: string; count: number }>`
      select tag, count(*)::int as count
      from backend.tasks, unnest(tags) as tag
      where project_id in (select project_id from backend.project_members where user_id = ${userId})
      group by tag
      order by count desc, tag asc`.execute(ex);
    return result.rows;
  },
};

import { prepared } from '@doable/db';
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../database/executor.ts';
import type { SubtaskCounts, TaskRecord } from './task.ts';
import { TASK_COLUMNS } from './task-repository.ts';

const columns = (alias: string) => sql.join(TASK_COLUMNS.map((c) => sql.ref(`${alias}.${c}`)));
const parentIs = (parentId: number | null): RawBuilder<unknown> =>
  parentId === null ? sql`parent_id is null` : sql`parent_id = ${parentId}`;

/**
 * The expression that takes the siblings' lock (`lockSiblings`) for a project and parent given as values or columns,
 * so a statement that reads a task can take its siblings' lock too.
 */
export const lockSiblingsOf = (projectId: RawBuilder<unknown>, parentId: RawBuilder<unknown>): RawBuilder<unknown> =>
  sql`pg_advisory_xact_lock(hashtext('doable:siblings:' || ${projectId} || ':' || coalesce(cast(${parentId} as text), 'top')))`;

/** Queries over the task tree: parents, subtrees and sibling order. */
export const subtaskRepository = {
  /**
   * Serialises placements among one set of siblings (a project's top level, or one parent's children) until the
   * transaction ends, so two concurrent moves or appends never compute the same key.
   */
  async lockSiblings(ex: Executor, projectId: number, parentId: number | null): Promise<void> {
    await prepared(sql`select ${lockSiblingsOf(sql`cast(${projectId} as bigint)`, sql`cast(${parentId} as bigint)`)}`).execute(ex);
  },

  /** The last key among the siblings (excluding one task), or null when there are none. */
  async lastPosition(ex: Executor, projectId: number, parentId: number | null, except?: number): Promise<string | null> {
    const result = await prepared(sql<{ position: string }>`
      select position from backend.tasks
      where project_id = ${projectId} and ${parentIs(parentId)} and id <> ${except ?? 0}
      order by position collate "C" desc, id desc limit 1`).execute(ex);
    return result.rows[0]?.position ?? null;
  },

  /**
   * The first key after (or before) a sibling's, ignoring the task being moved: strictly, so even two siblings that
   * share a key (rows written without the service) give a key between, never an error.
   */
  async neighbour(
    ex: Executor,
    sibling: Pick<TaskRecord, 'project_id' | 'parent_id' | 'position' | 'id'>,
    direction: 'after' | 'before',
    except: number,
  ): Promise<string | null> {
    const cmp = sql.raw(direction === 'after' ? '>' : '<');
    const order = sql.raw(direction === 'after' ? 'asc' : 'desc');
    const result = await sql<{ position: string }>`
      select position from backend.tasks
      where project_id = ${sibling.project_id} and ${parentIs(sibling.parent_id)} and id <> ${except}
        and position collate "C" ${cmp} ${sibling.position}
      order by position collate "C" ${order}, id ${order} limit 1`.execute(ex);
    return result.rows[0]?.position ?? null;
  },

  /**
   * A task's level: 1 for a top-level task. `lockChildren` (the task's project) also takes its children's siblings'
   * lock in the same statement, for a new subtask that goes last among them.
   */
  async depth(ex: Executor, taskId: number, options: { lockChildren?: number } = {}): Promise<number> {
    const lock =
      options.lockChildren === undefined
        ? sql``
        : sql`, ${lockSiblingsOf(sql`cast(${options.lockChildren} as bigint)`, sql`cast(${taskId} as bigint)`)} as children_locked`;
    const result = await prepared(sql<{ depth: number }>`
      with recursive up(id, parent_id, depth) as (
        select id, parent_id, 1 from backend.tasks where id = ${taskId}
        union all
        select t.id, t.parent_id, up.depth + 1 from backend.tasks t join up on t.id = up.parent_id where up.depth < 64
      )
      select max(depth)::int as depth${lock} from up`).execute(ex);
    return result.rows[0]?.depth ?? 1;
  },

  /** A task's subtree, parents before children (the task itself excluded), with each one's level below it. */
  async descendants(ex: Executor, taskId: number): Promise<(TaskRecord & { level: number })[]> {
    const result = await prepared(sql<TaskRecord & { level: number }>`
      with recursive down as (
        select ${columns('t')}, 1 as level from backend.tasks t where t.parent_id = ${taskId}
        union all
        select ${columns('c')}, down.level + 1 from backend.tasks c join down on c.parent_id = down.id where down.level < 64
      )
      select * from down order by level, position collate "C", id`).execute(ex);
    return result.rows;
  },

  /** Row-locks the given tasks (in id order, so two callers never wait on each other crosswise). */
  async lock(ex: Executor, ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await sql`select id from backend.tasks where id in (${sql.join(ids)}) order by id for update`.execute(ex);
  },

  /** Direct subtask counts for each of the given tasks (absent: none). */
  async counts(ex: Executor, ids: number[]): Promise<Map<number, SubtaskCounts>> {
    if (ids.length === 0) return new Map();
    const result = await sql<{ parent_id: number; subtask_count: number; completed_subtask_count: number }>`
      select parent_id, count(*)::int as subtask_count, (count(*) filter (where completed))::int as completed_subtask_count
      from backend.tasks where parent_id in (${sql.join(ids)}) group by parent_id`.execute(ex);
    return new Map(result.rows.map((row) => [Number(row.parent_id), row]));
  },
};

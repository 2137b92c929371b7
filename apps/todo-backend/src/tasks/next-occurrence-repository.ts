import { prepared } from '@doable/db';
import { sql } from 'kysely';
import type { Executor } from '../database/executor.ts';
import { DEFAULT_SETTINGS } from '../me/settings-repository.ts';
import { lockSiblingsOf } from './subtask-repository.ts';
import type { TaskRecord } from './task.ts';
import { TASK_COLUMNS } from './task-repository.ts';

/** A completed occurrence whose next one is still to be made, with what making it needs besides the row. */
export type OccurrenceSource = TaskRecord & {
  /** The series' creator's time zone: the rhythm's, whoever completed this occurrence. */
  creator_time_zone: string;
  /** The display name of who completed it (the events' actor); null for an account deleted since. */
  actor_name: string | null;
  has_subtasks: boolean;
};

const SOURCE_COLUMNS = sql.join(TASK_COLUMNS.map((column) => sql.ref(`t.${column}`)));

export const nextOccurrenceRepository = {
  /**
   * The completed recurring task `sourceId` when no next occurrence of it exists yet, in one statement that also
   * takes its siblings' lock (the next occurrence goes last among them): a later statement of the transaction then
   * reads their last position under that lock. Undefined, and no lock, when there is nothing to make. Racing callers
   * can both get the row; the unique `recurrence_source_id` lets only one insert.
   */
  async findSource(ex: Executor, sourceId: number, actorId: string): Promise<OccurrenceSource | undefined> {
    const result = await prepared(sql<OccurrenceSource>`
      select ${SOURCE_COLUMNS},
        coalesce(s.time_zone, ${DEFAULT_SETTINGS.time_zone}) as creator_time_zone,
        (select u.name from backend."user" as u where u.id = ${actorId}) as actor_name,
        exists (select from backend.tasks as c where c.parent_id = t.id) as has_subtasks,
        ${lockSiblingsOf(sql.ref('t.project_id'), sql.ref('t.parent_id'))} as siblings_locked
      from backend.tasks as t
      left join backend.user_settings as s on s.user_id = t.created_by
      where t.id = ${sourceId} and t.recurring is not null and t.completed
        and not exists (select from backend.tasks as n where n.recurrence_source_id = t.id)`).execute(ex);
    return result.rows[0];
  },
};

import { PROJECT_PERMISSIONS, type ProjectRole } from '@doable/contracts';
import { prepared } from '@doable/db';
import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../database/executor.ts';
import { DEFAULT_SETTINGS } from '../me/settings-repository.ts';
import type { OutboxMessage } from '../outbox/outbox.ts';
import { lockSiblingsOf } from './subtask-repository.ts';
import type { TaskChanges, TaskRecord } from './task.ts';
import { TASK_COLUMNS } from './task-repository.ts';

/** A list a new task goes to the top level of: the caller's Inbox, or a project they name. */
export type TopLevelList = { inbox: true } | { projectId: number };

/**
 * The list as the caller may use it: the project's id and the caller's role there (none in their own Inbox), and
 * whether its top level's siblings' lock is now held. No project: no Inbox yet, or not a member.
 */
export interface ListAccess {
  project_id: number | null;
  role: ProjectRole | null;
  siblings_locked: boolean;
}

/** Who creates: what a create needs to know of the caller besides the list. */
export interface Creator extends ListAccess {
  /** Null for an account deleted since the request was authenticated. */
  actor_name: string | null;
  time_zone: string;
  default_remind_before_seconds: number | null;
}

/** A new task's columns; the database gives its id and times. */
export type NewTask = Required<Omit<TaskChanges, 'completed' | 'completed_at' | 'reminder_sent_at'>> & {
  title: string;
  project_id: number;
  parent_id: number | null;
  created_by: string;
  position: string;
};

const WRITE_ROLES: readonly string[] = PROJECT_PERMISSIONS.writeTasks;

/**
 * The list with the caller's role, the membership share-locked (a removal waits for this change) and, when the role
 * lets them write there, the top level's siblings' lock taken: a later statement reads the last position under it.
 * The Inbox needs no membership read: it is the caller's own.
 */
function listAccess(userId: string, list: TopLevelList): { from: RawBuilder<unknown>; select: RawBuilder<unknown> } {
  const from =
    'inbox' in list
      ? sql`left join lateral (
          select p.id as project_id, cast(null as text) as role from backend.projects as p where p.inbox_of = ${userId}
        ) as l on true`
      : sql`left join lateral (
          select m.project_id, m.role from backend.project_members as m
          where m.project_id = ${list.projectId} and m.user_id = ${userId}
          for share
        ) as l on true`;
  const mayWrite = 'inbox' in list ? sql`l.project_id is not null` : sql`l.role = any(${WRITE_ROLES})`;
  return {
    from,
    select: sql`l.project_id, l.role,
      (case when ${mayWrite} then ${lockSiblingsOf(sql.ref('l.project_id'), sql`cast(null as bigint)`)} end) is not null as siblings_locked`,
  };
}

const RETURNED = sql.raw(TASK_COLUMNS.map((column) => `"${column}"`).join(', '));

const iso = (column: RawBuilder<unknown>) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export const taskCreationRepository = {
  /**
   * The caller's name (for the events), settings (the default reminder, the time zone a rhythm counts in) and, in
   * the same statement, the first list a create goes to (`listAccess`).
   */
  async findCreator(ex: Executor, userId: string, list: TopLevelList | undefined): Promise<Creator> {
    const access = list ? listAccess(userId, list) : undefined;
    const result = await prepared(sql<Creator>`
      select (select u.name from backend."user" as u where u.id = ${userId}) as actor_name,
        coalesce(s.time_zone, ${DEFAULT_SETTINGS.time_zone}) as time_zone,
        s.default_remind_before_seconds,
        ${access ? access.select : sql`cast(null as bigint) as project_id, cast(null as text) as role, false as siblings_locked`}
      from (select) as caller
      left join backend.user_settings as s on s.user_id = ${userId}
      ${access ? access.from : sql``}`).execute(ex);
    const row = result.rows[0];
    if (!row) throw new Error('findCreator returned no row');
    return row;
  },

  /** Another list of the same create (`listAccess`), after the first. */
  async findList(ex: Executor, userId: string, list: TopLevelList): Promise<ListAccess> {
    const access = listAccess(userId, list);
    const result = await prepared(sql<ListAccess>`select ${access.select} from (select) as caller ${access.from}`).execute(ex);
    const row = result.rows[0];
    if (!row) throw new Error('findList returned no row');
    return row;
  },

  /**
   * Inserts the tasks and their outbox rows in one statement. Each message's payload is the event as built for its
   * task before the database gave the task its id and times: they are written into the payload here (`task_id`, and
   * `task_data`'s `created_at` and `updated_at` as JavaScript's `toISOString` writes them). Messages are
   * `[index of their task, message]` in the order the relay is to send them. A task is found again by its list and
   * position key, distinct among the tasks of one create. Returns the tasks in the given order.
   */
  async insertWithEvents(ex: Executor, tasks: NewTask[], messages: [number, OutboxMessage][]): Promise<TaskRecord[]> {
    if (tasks.length === 0) return [];
    const values = tasks.map(
      (task) => sql`(${task.created_by}, ${task.project_id}, cast(${task.parent_id} as bigint), ${task.position}, ${task.created_by},
        ${task.assignee_id}, ${task.title}, ${task.description}, ${task.priority}, cast(${task.tags} as text[]),
        cast(${task.due_date} as timestamptz), ${task.recurring}, ${task.recurrence_basis},
        cast(${task.recurrence_anchor} as timestamptz), cast(${task.reminder_at} as timestamptz),
        cast(${task.remind_before_seconds} as integer))`,
    );
    const events = messages.map(([index, message], order) => {
      const task = tasks[index] as NewTask;
      return sql`(cast(${order} as integer), cast(${task.project_id} as bigint), cast(${task.parent_id} as bigint), ${task.position},
        ${message.topic}, ${message.key},
        cast(${message.eventId} as uuid), cast(${JSON.stringify(message.payload)} as jsonb))`;
    });
    // Its text counts the tasks and events: one task and its two events for nearly every create.
    const result = await prepared(sql<TaskRecord>`
      with task as (
        insert into backend.tasks (user_id, project_id, parent_id, position, created_by, assignee_id, title, description,
          priority, tags, due_date, recurring, recurrence_basis, recurrence_anchor, reminder_at, remind_before_seconds)
        values ${sql.join(values)}
        returning ${RETURNED}
      ), event as (
        insert into backend.outbox (topic, partition_key, event_id, payload)
        select e.topic, e.partition_key, e.event_id,
          e.payload || jsonb_build_object(
            'task_id', t.id,
            'task_data', (e.payload -> 'task_data') || jsonb_build_object('created_at', ${iso(sql.ref('t.created_at'))}, 'updated_at', ${iso(sql.ref('t.updated_at'))})
          )
        from (values ${sql.join(events)}) as e(ordinal, project_id, parent_id, position, topic, partition_key, event_id, payload)
        join task as t on t.project_id = e.project_id and t.parent_id is not distinct from e.parent_id and t.position = e.position
        order by e.ordinal
      )
      select * from task`).execute(ex);
    return tasks.map((task) => {
      const row = result.rows.find(
        (inserted) =>
          inserted.project_id === task.project_id && inserted.parent_id === task.parent_id && inserted.position === task.position,
      );
      if (!row) throw new Error('insertWithEvents returned no row for a task');
      return row;
    });
  },
};

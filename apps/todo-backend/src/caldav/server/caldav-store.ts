import type { ProjectRole } from '@doable/contracts';
import { sql } from 'kysely';
import type { Executor } from '../../database/executor.ts';
import type { TaskRecord } from '../../tasks/task.ts';
import { TASK_COLUMNS } from '../../tasks/task-repository.ts';
import { taskUid, type VtodoExtras } from '../vtodo-mapping.ts';

/** A project as a calendar collection, for one user. */
export interface CalendarRow {
  project_id: number;
  name: string;
  color: string;
  role: ProjectRole;
  is_inbox: boolean;
  /** The user's own name for the collection (MKCALENDAR), else null: the collection is then the project's id. */
  collection_name: string | null;
  seq: number;
}

/** A task as a calendar object resource. */
export interface ObjectRow {
  task: TaskRecord;
  uid: string;
  name: string;
  extras: VtodoExtras | null;
  parentUid: string | null;
}

/** A task's resource name when no client chose one: its UID and `.ics`. */
export const defaultName = (taskId: number) => `${taskUid(taskId)}.ics`;
/** The task id in a UID Doable made itself, or undefined. */
export function taskIdOfUid(uid: string): number | undefined {
  const match = /^doable-task-([1-9]\d{0,15})@doable$/.exec(uid);
  return match?.[1] ? Number(match[1]) : undefined;
}

export const collectionSegment = (row: Pick<CalendarRow, 'project_id' | 'collection_name'>) =>
  row.collection_name ?? String(row.project_id);

const calendarSelect = (userId: string) => sql<CalendarRow>`
  select p.id::int as project_id, p.name, p.color, m.role, p.inbox_of is not null as is_inbox,
    n.name as collection_name, coalesce(c.seq, 0)::int as seq
  from backend.projects p
  join backend.project_members m on m.project_id = p.id and m.user_id = ${userId}
  left join backend.caldav_calendar_names n on n.project_id = p.id and n.user_id = ${userId}
  left join backend.caldav_collections c on c.project_id = p.id`;

const objectColumns = sql.join(TASK_COLUMNS.map((column) => sql`t.${sql.ref(column)}`));

type ObjectQueryRow = TaskRecord & { o_uid: string | null; o_name: string | null; o_extras: VtodoExtras | null; parent_uid: string | null };

function toObjectRow(row: ObjectQueryRow): ObjectRow {
  const { o_uid, o_name, o_extras, parent_uid, ...task } = row;
  const record = { ...task, id: Number(task.id), project_id: Number(task.project_id) } as TaskRecord;
  return {
    task: record,
    uid: o_uid ?? taskUid(record.id),
    name: o_name ?? defaultName(record.id),
    extras: o_extras,
    parentUid: record.parent_id === null ? null : (parent_uid ?? taskUid(Number(record.parent_id))),
  };
}

const objectQuery = (where: ReturnType<typeof sql>) => sql<ObjectQueryRow>`
  select ${objectColumns}, o.uid as o_uid, o.name as o_name, o.extras as o_extras, po.uid as parent_uid
  from backend.tasks t
  left join backend.caldav_objects o on o.task_id = t.id
  left join backend.caldav_objects po on po.task_id = t.parent_id
  where ${where}
  order by t.id`;

export const caldavStore = {
  /** The user's calendars: one per project they are a member of, archived ones left out. */
  async calendars(ex: Executor, userId: string): Promise<CalendarRow[]> {
    const result = await sql<CalendarRow>`${calendarSelect(userId)} where not p.archived
      order by p.inbox_of is not null desc, m.position, p.id`.execute(ex);
    return result.rows;
  },

  /** A collection by its path segment (a project id, or the user's MKCALENDAR name), when the user is a member. */
  async calendar(ex: Executor, userId: string, segment: string): Promise<CalendarRow | undefined> {
    const where = /^[1-9]\d{0,15}$/.test(segment) ? sql`p.id = ${Number(segment)}` : sql`n.name = ${segment}`;
    const result = await sql<CalendarRow>`${calendarSelect(userId)} where ${where}`.execute(ex);
    return result.rows[0];
  },

  async nameCalendar(ex: Executor, userId: string, name: string, projectId: number): Promise<void> {
    await ex.insertInto('caldav_calendar_names').values({ user_id: userId, name, project_id: projectId }).execute();
  },

  async objects(ex: Executor, projectId: number): Promise<ObjectRow[]> {
    const result = await objectQuery(sql`t.project_id = ${projectId}`).execute(ex);
    return result.rows.map(toObjectRow);
  },

  async objectsByTaskIds(ex: Executor, projectId: number, taskIds: number[]): Promise<ObjectRow[]> {
    if (taskIds.length === 0) return [];
    const ids = sql.join(taskIds.map((id) => sql`${id}`));
    const result = await objectQuery(sql`t.project_id = ${projectId} and t.id in (${ids})`).execute(ex);
    return result.rows.map(toObjectRow);
  },

  /** The object under `name` in the project: a client's name, or the default name of a task without one. */
  async objectByName(ex: Executor, projectId: number, name: string): Promise<ObjectRow | undefined> {
    const ownId = /^doable-task-([1-9]\d{0,15})@doable\.ics$/.exec(name)?.[1];
    const byDefault = ownId ? sql` or (o.task_id is null and t.id = ${Number(ownId)})` : sql``;
    const result = await objectQuery(sql`t.project_id = ${projectId} and (o.name = ${name}${byDefault})`).execute(ex);
    return result.rows[0] ? toObjectRow(result.rows[0]) : undefined;
  },

  /** The tasks of a project holding a UID, oldest first (more than one only while two PUTs of one new UID race). */
  async tasksByUid(ex: Executor, projectId: number, uid: string): Promise<number[]> {
    const ownId = taskIdOfUid(uid);
    const result = await sql<{ id: number }>`
      select t.id::int as id from backend.tasks t
      left join backend.caldav_objects o on o.task_id = t.id
      where t.project_id = ${projectId} and (o.uid = ${uid}${ownId ? sql` or (o.task_id is null and t.id = ${ownId})` : sql``})
      order by t.id`.execute(ex);
    return result.rows.map((row) => row.id);
  },

  /**
   * Records what a client sent for the task it just created, unless another task of the project took the UID
   * meanwhile (two PUTs of one new UID at once): then nothing is written and the answer is false. A lock per project
   * and UID makes the second writer wait for the first one's commit, so exactly one of them keeps the UID.
   */
  async claimNewObject(
    db: Executor,
    projectId: number,
    taskId: number,
    object: { uid: string; name: string; extras: VtodoExtras },
  ): Promise<boolean> {
    return db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(hashtextextended(${`caldav-uid:${projectId}:${object.uid}`}, 0))`.execute(trx);
      if ((await caldavStore.tasksByUid(trx, projectId, object.uid)).some((id) => id !== taskId)) return false;
      await caldavStore.saveObject(trx, taskId, object);
      return true;
    });
  },

  /** Records (or replaces) what the client sent for a task; an unchanged row is not written, so it logs no change. */
  async saveObject(ex: Executor, taskId: number, object: { uid: string; name: string; extras: VtodoExtras }): Promise<void> {
    const extras = JSON.stringify(object.extras);
    await sql`
      insert into backend.caldav_objects (task_id, uid, name, extras) values (${taskId}, ${object.uid}, ${object.name}, ${extras}::jsonb)
      on conflict (task_id) do update set uid = excluded.uid, name = excluded.name, extras = excluded.extras
      where (caldav_objects.uid, caldav_objects.name, caldav_objects.extras) is distinct from (excluded.uid, excluded.name, excluded.extras)`.execute(
      ex,
    );
  },

  /** Objects in the project waiting for a parent with this UID: their kept `RELATED-TO;RELTYPE=PARENT:<uid>`. */
  async waitingFor(
    ex: Executor,
    projectId: number,
    parentUid: string,
  ): Promise<{ task_id: number; uid: string; name: string; extras: VtodoExtras }[]> {
    const pattern = JSON.stringify([['related-to', {}, 'text', parentUid]]);
    const result = await sql<{ task_id: number; uid: string; name: string; extras: VtodoExtras }>`
      select o.task_id::int as task_id, o.uid, o.name, o.extras from backend.caldav_objects o
      join backend.tasks t on t.id = o.task_id
      where t.project_id = ${projectId} and o.extras -> 'todo' @> ${pattern}::jsonb`.execute(ex);
    return result.rows;
  },

  async currentSeq(ex: Executor, projectId: number): Promise<number> {
    const row = await ex.selectFrom('caldav_collections').select('seq').where('project_id', '=', projectId).executeTakeFirst();
    return row ? Number(row.seq) : 0;
  },

  /** Each task changed in the project after `seq`, with its last change: removed (and under which name) or not. */
  async changesSince(ex: Executor, projectId: number, seq: number): Promise<{ task_id: number; name: string; removed: boolean }[]> {
    const result = await sql<{ task_id: number; name: string; removed: boolean }>`
      select distinct on (task_id) task_id::int as task_id, name, removed
      from backend.caldav_changes where project_id = ${projectId} and seq > ${seq}
      order by task_id, seq desc`.execute(ex);
    return result.rows;
  },
};

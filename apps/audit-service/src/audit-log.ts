import type { TaskEvent, TaskHistoryEntry } from '@doable/contracts';
import type { Kysely } from 'kysely';
import type { DB as AuditTables } from './database/tables.generated.ts';

export const AUDIT_SCHEMA = 'audit';

export const auditLog = {
  /** Insert-first dedupe: the event id is the primary key, so a redelivered event is recorded once. */
  async record(db: Kysely<AuditTables>, event: TaskEvent): Promise<boolean> {
    const result = await db
      .insertInto('audit_log')
      .values({
        event_id: event.event_id,
        user_id: event.user_id,
        task_id: event.task_id,
        event_type: event.event_type,
        occurred_at: new Date(event.timestamp),
        task_data: JSON.stringify(event.task_data),
        changed_fields: event.changed_fields ?? null,
      })
      .onConflict((oc) => oc.column('event_id').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },

  async history(db: Kysely<AuditTables>, userId: string, taskId: number): Promise<TaskHistoryEntry[]> {
    const rows = await db
      .selectFrom('audit_log')
      .select(['event_id', 'event_type', 'occurred_at', 'task_data', 'changed_fields'])
      .where('user_id', '=', userId)
      .where('task_id', '=', taskId)
      .orderBy('occurred_at')
      .orderBy('recorded_at')
      .execute();
    return rows.map((row) => ({
      event_id: row.event_id,
      event_type: row.event_type,
      timestamp: row.occurred_at.toISOString(),
      task_data: row.task_data,
      ...(row.changed_fields ? { changed_fields: row.changed_fields } : {}),
    }));
  },
};

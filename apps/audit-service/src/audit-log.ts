import type { TaskEvent, TaskHistoryEntry } from '@doable/contracts';
import { prepared } from '@doable/db';
import type { Kysely } from 'kysely';
import type { DB as AuditTables } from './database/tables.generated.ts';

export const AUDIT_SCHEMA = 'audit';

export const auditLog = {
  /** Insert-first dedupe: the event id is the primary key, so a redelivered event is recorded once. */
  async record(db: Kysely<AuditTables>, event: TaskEvent): Promise<boolean> {
    const result = await prepared(
      db
        .insertInto('audit_log')
        .values({
          event_id: event.event_id,
          user_id: event.user_id,
          // Events from before projects name no actor: the user was the actor.
          actor_id: event.actor_id ?? event.user_id,
          actor_name: event.actor_name ?? null,
          project_id: event.project_id ?? null,
          task_id: event.task_id,
          event_type: event.event_type,
          occurred_at: new Date(event.timestamp),
          task_data: JSON.stringify(event.task_data),
          changed_fields: event.changed_fields ?? null,
          via_channel: event.via?.channel ?? null,
          via_client: event.via?.client ?? null,
        })
        .onConflict((oc) => oc.column('event_id').doNothing()),
    ).executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  },

  /**
   * A task's trail, oldest first, each entry naming its actor. With `actorId`, only that user's own changes (the
   * answer before projects, safe without an access check); without, everyone's: the caller has checked access.
   */
  async history(db: Kysely<AuditTables>, taskId: number, options: { actorId?: string } = {}): Promise<TaskHistoryEntry[]> {
    let query = db
      .selectFrom('audit_log')
      .select([
        'event_id',
        'event_type',
        'occurred_at',
        'task_data',
        'changed_fields',
        'actor_id',
        'actor_name',
        'via_channel',
        'via_client',
      ])
      .where('task_id', '=', taskId);
    if (options.actorId !== undefined) query = query.where('user_id', '=', options.actorId);
    const rows = await query.orderBy('occurred_at').orderBy('recorded_at').execute();
    return rows.map((row) => ({
      event_id: row.event_id,
      event_type: row.event_type,
      timestamp: row.occurred_at.toISOString(),
      task_data: row.task_data,
      ...(row.changed_fields ? { changed_fields: row.changed_fields } : {}),
      actor: { user_id: row.actor_id, name: row.actor_name },
      ...(row.via_channel ? { via: { channel: row.via_channel, ...(row.via_client ? { client: row.via_client } : {}) } } : {}),
    }));
  },
};

import { taskEventSchema } from '@doable/contracts';
import { prepared } from '@doable/db';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as RecurringTables } from '../database/tables.generated.ts';
import type { NextOccurrenceClient } from '../next-occurrence-client.ts';

/**
 * On `completed` of a recurring task, asks the backend for the next occurrence. The ledger skips events seen before;
 * it is written after the call, and the backend's one-occurrence-per-source rule covers a crash in between.
 */
export function onTaskCompleted(deps: { db: Kysely<RecurringTables>; client: NextOccurrenceClient; logger: Logger }) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = taskEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a task event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    if (event.event_type !== 'completed' || !event.task_data.recurring) return;
    const seen = await prepared(
      deps.db.selectFrom('processed_events').select('event_id').where('event_id', '=', event.event_id),
    ).executeTakeFirst();
    if (seen) return;
    await deps.client.createNextOccurrence({ userId: event.user_id, taskId: event.task_id, eventId: event.event_id });
    await prepared(
      deps.db
        .insertInto('processed_events')
        .values({ event_id: event.event_id })
        .onConflict((oc) => oc.column('event_id').doNothing()),
    ).execute();
    deps.logger.debug({ eventId: event.event_id, taskId: event.task_id }, 'next occurrence requested');
  };
}

import { taskEventSchema } from '@doable/contracts';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { Kysely } from 'kysely';
import { auditLog } from '../audit-log.ts';
import type { DB as AuditTables } from '../database/tables.generated.ts';

/** Records every task event once, whatever its type. */
export function onTaskEvent(deps: { db: Kysely<AuditTables>; logger: Logger }) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = taskEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a task event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const recorded = await auditLog.record(deps.db, parsed.data);
    if (!recorded) deps.logger.debug({ eventId: parsed.data.event_id }, 'event already recorded');
  };
}

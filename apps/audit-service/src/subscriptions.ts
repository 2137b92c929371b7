import { TOPICS } from '@doable/contracts';
import type { Logger, Subscription } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as AuditTables } from './database/tables.generated.ts';
import { onTaskEvent } from './handlers/on-task-event.ts';

export const AUDIT_CONSUMER = 'audit-service';

/** Every topic the audit service consumes, and its handler. */
export function auditSubscriptions(deps: { db: Kysely<AuditTables>; logger: Logger }): Subscription[] {
  return [{ consumer: AUDIT_CONSUMER, topic: TOPICS.taskEvents, handle: onTaskEvent(deps) }];
}

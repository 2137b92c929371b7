import { join } from 'node:path';
import { migrate, schemaOf } from '@doable/db';
import type { Logger } from '@doable/platform';
import type { Kysely } from 'kysely';
import { AUDIT_SCHEMA, auditLog } from './audit-log.ts';
import type { DB as AuditTables } from './database/tables.generated.ts';
import { auditSubscriptions } from './subscriptions.ts';

export const MIGRATIONS = join(import.meta.dirname, '..', 'migrations');

/** The audit service's logic: consumes task events into its own schema and answers task history. */
export async function createAuditModule(deps: { db: Kysely<unknown>; logger: Logger }) {
  await migrate(deps.db, { schema: AUDIT_SCHEMA, folder: MIGRATIONS });
  const db = schemaOf<AuditTables>(deps.db, AUDIT_SCHEMA);
  return {
    subscriptions: auditSubscriptions({ db, logger: deps.logger }),
    /** The changes `userId` made to the task (before projects, that was its whole history). */
    listTaskHistory: (userId: string, taskId: number) => auditLog.history(db, taskId, { actorId: userId }),
    /** Every member's changes to the task, for a caller that has checked the reader may see the task. */
    listAllTaskHistory: (taskId: number) => auditLog.history(db, taskId),
  };
}

export type AuditModule = Awaited<ReturnType<typeof createAuditModule>>;

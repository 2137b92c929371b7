import { join } from 'node:path';
import { migrate, schemaOf } from '@doable/db';
import type { Logger } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as RecurringTables } from './database/tables.generated.ts';
import type { NextOccurrenceClient } from './next-occurrence-client.ts';
import { recurringSubscriptions } from './subscriptions.ts';

export const RECURRING_SCHEMA = 'recurring';
export const MIGRATIONS = join(import.meta.dirname, '..', 'migrations');

/** The recurring task service's logic: completed recurring tasks become their next occurrence, exactly once. */
export async function createRecurringModule(deps: { db: Kysely<unknown>; client: NextOccurrenceClient; logger: Logger }) {
  await migrate(deps.db, { schema: RECURRING_SCHEMA, folder: MIGRATIONS });
  return { subscriptions: recurringSubscriptions({ ...deps, db: schemaOf<RecurringTables>(deps.db, RECURRING_SCHEMA) }) };
}

import { TOPICS } from '@doable/contracts';
import type { Logger, Subscription } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as RecurringTables } from './database/tables.generated.ts';
import { onTaskCompleted } from './handlers/on-task-completed.ts';
import type { NextOccurrenceClient } from './next-occurrence-client.ts';

export const RECURRING_CONSUMER = 'recurring-task-service';

/** Every topic the recurring task service consumes, and its handler. */
export function recurringSubscriptions(deps: {
  db: Kysely<RecurringTables>;
  client: NextOccurrenceClient;
  logger: Logger;
}): Subscription[] {
  return [{ consumer: RECURRING_CONSUMER, topic: TOPICS.taskEvents, handle: onTaskCompleted(deps) }];
}

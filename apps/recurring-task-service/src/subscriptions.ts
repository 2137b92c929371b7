import { TOPICS } from '@doable/contracts';
import type { Logger, Subscription } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as RecurringTables } from './database/tables.generated.ts';
import { onTaskCompleted } from './handlers/on-task-completed.ts';
import type { NextOccurrenceClient } from './next-occurrence-client.ts';

export const RECURRING_CONSUMER = 'recurring-task-service';

/**
 * Completions wait on the backend, so one at a time per partition left three in flight. A batch runs its projects'
 * completions side by side (a project's in order). Dapr hands over one batch at a time for all partitions and
 * flushes each on a timer that keeps running while another is out: the wait must outlast a batch (docs/benchmarks.md).
 */
const TASK_EVENT_BATCHES = { maxMessages: 100, maxWaitMs: 250 };

/** Every topic the recurring task service consumes, and its handler. */
export function recurringSubscriptions(deps: {
  db: Kysely<RecurringTables>;
  client: NextOccurrenceClient;
  logger: Logger;
}): Subscription[] {
  return [{ consumer: RECURRING_CONSUMER, topic: TOPICS.taskEvents, handle: onTaskCompleted(deps), bulk: TASK_EVENT_BATCHES }];
}

import { TOPICS } from '@doable/contracts';
import type { Logger, Subscription } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as NotificationTables } from './database/tables.generated.ts';
import { createPushDelivery, type RetryPolicy } from './delivery/push-delivery.ts';
import type { PushSender } from './delivery/push-sender.ts';
import { onReminder } from './handlers/on-reminder.ts';
import { onProjectInvitation, onTaskAssigned } from './handlers/on-shared-work.ts';

export const NOTIFICATION_CONSUMER = 'notification-service';

/**
 * Reminders come in bursts (everything due at 9:00) and each stands alone, so they are taken in batches and sent side
 * by side rather than one at a time per partition. The wait is not shorter because Dapr 1.18's Kafka component hands
 * over one batch at a time for all partitions and flushes on a timer: a batch taking longer than the wait leaves the
 * timer due, and the next batches shrink to a message or two each (measured: a 25 ms wait was no better than no
 * batches, at times worse; 250 ms was 30 times earlier at the median). See docs/benchmarks.md, Reminders.
 */
export const REMINDER_BATCH = { maxMessages: 100, maxWaitMs: 250 } as const;

/**
 * Every topic the notification service consumes, and its handler. All share one delivery path, so each is
 * idempotent per event id and browser.
 */
export function notificationSubscriptions(deps: {
  db: Kysely<NotificationTables>;
  logger: Logger;
  send: PushSender;
  retry: RetryPolicy;
}): Subscription[] {
  const handlerDeps = { logger: deps.logger, deliver: createPushDelivery(deps) };
  return [
    { consumer: NOTIFICATION_CONSUMER, topic: TOPICS.reminders, handle: onReminder(handlerDeps), bulk: REMINDER_BATCH },
    { consumer: NOTIFICATION_CONSUMER, topic: TOPICS.taskEvents, handle: onTaskAssigned(handlerDeps) },
    { consumer: NOTIFICATION_CONSUMER, topic: TOPICS.projectEvents, handle: onProjectInvitation(handlerDeps) },
  ];
}

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
    // Not in Dapr's bulk-subscribe batches: with Dapr 1.18's Kafka bulk consumer a burst came out earlier in one of
    // three side-by-side pairs and later in another (docs/benchmarks.md, Reminders in batches).
    { consumer: NOTIFICATION_CONSUMER, topic: TOPICS.reminders, handle: onReminder(handlerDeps) },
    { consumer: NOTIFICATION_CONSUMER, topic: TOPICS.taskEvents, handle: onTaskAssigned(handlerDeps) },
    { consumer: NOTIFICATION_CONSUMER, topic: TOPICS.projectEvents, handle: onProjectInvitation(handlerDeps) },
  ];
}

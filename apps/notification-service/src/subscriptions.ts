import { TOPICS } from '@doable/contracts';
import type { Logger, Subscription } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as NotificationTables } from './database/tables.generated.ts';
import type { PushSender } from './delivery/push-sender.ts';
import { onReminder, type RetryPolicy } from './handlers/on-reminder.ts';

export const NOTIFICATION_CONSUMER = 'notification-service';

/** Every topic the notification service consumes, and its handler. */
export function notificationSubscriptions(deps: {
  db: Kysely<NotificationTables>;
  logger: Logger;
  send: PushSender;
  retry: RetryPolicy;
}): Subscription[] {
  return [{ consumer: NOTIFICATION_CONSUMER, topic: TOPICS.reminders, handle: onReminder(deps) }];
}

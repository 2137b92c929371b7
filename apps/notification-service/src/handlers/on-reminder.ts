import { type ReminderEvent, reminderEventSchema } from '@doable/contracts';
import { type BusMessage, backoff, type Logger, PoisonMessageError, retry } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as NotificationTables } from '../database/tables.generated.ts';
import { deliveryLog } from '../delivery/delivery-log.ts';
import type { PushMessage, PushOutcome, PushSender } from '../delivery/push-sender.ts';
import { endpointOrigin } from '../push-endpoints/push-endpoint.ts';
import { type StoredSubscription, subscriptionRepository } from '../push-subscriptions/subscription-repository.ts';

export interface RetryPolicy {
  /** Tries per browser within one delivery of the event, the first included. */
  attempts: number;
  /** Wait before the second try; doubles after each further one. */
  baseDelayMs: number;
}

/** A day: a reminder still helps later that day, not next week. */
const REMINDER_TTL_SECONDS = 24 * 60 * 60;

/** What the service worker shows: small (push payloads are capped near 4 KB) and free of anything but the task's title. */
export function toPushMessage(reminder: ReminderEvent): PushMessage {
  return {
    payload: JSON.stringify({
      type: 'reminder',
      task_id: reminder.task_id,
      title: reminder.title,
      due_at: reminder.due_at,
      remind_at: reminder.remind_at,
      url: '/',
    }),
    ttl: REMINDER_TTL_SECONDS,
    // The user asked to be told at this time: deliver now, not when the device next wakes up.
    urgency: 'high',
    topic: `task-${reminder.task_id}`,
  };
}

/**
 * Sends a reminder to every browser its user subscribed. Each (event, browser) pair is claimed in the delivery log
 * before sending, so a redelivered event skips the browsers that already have it. Browsers the push service calls
 * gone are forgotten. Transient failures are retried here; if some remain, the handler throws so the bus redelivers
 * (and, when it gives up, dead-letters) the event — the redelivery tries only the browsers still without it. A push
 * whose outcome could not be recorded (the database went away right after it) is remembered, and recorded instead of
 * sent again when the event comes back; only a crash of this process in that moment can still push twice.
 */
export function onReminder(deps: { db: Kysely<NotificationTables>; logger: Logger; send: PushSender; retry: RetryPolicy }) {
  /** Outcomes of pushes made but not yet recorded, by event id and endpoint. */
  const unrecorded = new Map<string, { outcome: PushOutcome; attempts: number }>();
  return async (message: BusMessage): Promise<void> => {
    const parsed = reminderEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a reminder event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const reminder = parsed.data;
    const logger = deps.logger.child({ eventId: reminder.event_id, taskId: reminder.task_id });
    const push = toPushMessage(reminder);
    const subscriptions = await subscriptionRepository.listForUser(deps.db, reminder.user_id);
    const results = await Promise.all(subscriptions.map((subscription) => deliver(subscription)));
    const undelivered = results.filter((result) => result === 'retry').length;
    if (undelivered > 0) {
      throw new Error(`reminder ${reminder.event_id} not delivered to ${undelivered} of ${subscriptions.length} browsers yet`);
    }

    async function deliver(subscription: StoredSubscription): Promise<PushOutcome['result'] | 'skipped'> {
      const key = { eventId: reminder.event_id, endpoint: subscription.endpoint };
      if (!(await deliveryLog.claim(deps.db, { ...key, subscriptionId: subscription.id, userId: reminder.user_id }))) return 'skipped';
      const pushKey = `${key.eventId} ${key.endpoint}`;
      const remembered = unrecorded.get(pushKey);
      const made = remembered ?? (await send(subscription));
      const { outcome, attempts } = made;
      // Reached the push service (or was refused for good): never sent again, even if recording it fails below.
      if (outcome.result !== 'retry') unrecorded.set(pushKey, made);
      if (outcome.result === 'gone') await subscriptionRepository.removeGone(deps.db, subscription.id);
      if (!remembered && (outcome.result === 'retry' || outcome.result === 'failed')) {
        // The endpoint's origin only: its path is a capability for that browser, as secret as a token.
        logger.warn(
          {
            subscriptionId: subscription.id,
            endpointOrigin: endpointOrigin(subscription.endpoint),
            httpStatus: outcome.httpStatus,
            attempts,
            reason: outcome.reason,
          },
          'push failed',
        );
      }
      const status = outcome.result === 'retry' ? 'failed' : outcome.result;
      await deliveryLog.finish(deps.db, { ...key, status, httpStatus: outcome.httpStatus, attempts });
      unrecorded.delete(pushKey);
      return outcome.result;
    }

    async function send(subscription: StoredSubscription): Promise<{ outcome: PushOutcome; attempts: number }> {
      let attempts = 0;
      const outcome = await retry(
        (attempt) => {
          attempts = attempt;
          return deps.send(subscription, push);
        },
        {
          attempts: deps.retry.attempts,
          delayMs: backoff.exponential(deps.retry.baseDelayMs),
          retryResult: (result: PushOutcome) => result.result === 'retry',
          // The sender turns every push failure into an outcome; what it throws is no push failure (the bus retries).
          retryable: () => false,
        },
      );
      return { outcome, attempts };
    }
  };
}

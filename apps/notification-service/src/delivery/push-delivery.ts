import { backoff, type Logger, retry } from '@doable/platform';
import type { Kysely } from 'kysely';
import type { DB as NotificationTables } from '../database/tables.generated.ts';
import { endpointOrigin } from '../push-endpoints/push-endpoint.ts';
import { type StoredSubscription, subscriptionRepository } from '../push-subscriptions/subscription-repository.ts';
import { deliveryLog } from './delivery-log.ts';
import type { PushMessage, PushOutcome, PushSender } from './push-sender.ts';

export interface RetryPolicy {
  /** Tries per browser within one delivery of the event, the first included. */
  attempts: number;
  /** Wait before the second try; doubles after each further one. */
  baseDelayMs: number;
}

/**
 * Sends one event's push message to every browser its user subscribed (none: nothing to do, the user did not allow
 * push). Each (event, browser) pair is claimed in the delivery log before sending, so a redelivered event skips the
 * browsers that already have it. Browsers the push service calls gone are forgotten. Transient failures are retried
 * here; if some remain, it throws so the bus redelivers (and, when it gives up, dead-letters) the event — the
 * redelivery tries only the browsers still without it. A push whose outcome could not be recorded (the database went
 * away right after it) is remembered, and recorded instead of sent again when the event comes back; only a crash of
 * this process in that moment can still push twice.
 */
export function createPushDelivery(deps: { db: Kysely<NotificationTables>; send: PushSender; retry: RetryPolicy }) {
  /** Outcomes of pushes made but not yet recorded, by event id and endpoint. */
  const unrecorded = new Map<string, { outcome: PushOutcome; attempts: number }>();

  return async function deliverToUser(event: { eventId: string; userId: string; push: PushMessage; logger: Logger }): Promise<void> {
    // One statement reads the user's browsers and claims those still without this event; one more per outcome.
    const claimed = await deliveryLog.claimForUser(deps.db, { eventId: event.eventId, userId: event.userId });
    const results = await Promise.all(claimed.map((subscription) => deliver(subscription)));
    const undelivered = results.filter((result) => result === 'retry').length;
    if (undelivered > 0) throw new Error(`event ${event.eventId} not delivered to ${undelivered} of ${claimed.length} browsers yet`);

    async function deliver(subscription: StoredSubscription): Promise<PushOutcome['result']> {
      const key = { eventId: event.eventId, endpoint: subscription.endpoint };
      const pushKey = `${key.eventId} ${key.endpoint}`;
      const remembered = unrecorded.get(pushKey);
      const made = remembered ?? (await send(subscription));
      const { outcome, attempts } = made;
      // Reached the push service (or was refused for good): never sent again, even if recording it fails below.
      if (outcome.result !== 'retry') unrecorded.set(pushKey, made);
      if (outcome.result === 'gone') await subscriptionRepository.removeGone(deps.db, subscription.id);
      if (!remembered && (outcome.result === 'retry' || outcome.result === 'failed')) {
        // The endpoint's origin only: its path is a capability for that browser, as secret as a token.
        event.logger.warn(
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
          return deps.send(subscription, event.push);
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

export type PushDelivery = ReturnType<typeof createPushDelivery>;

import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { DaprAppToken } from '../config.ts';
import { PoisonMessageError } from '../errors.ts';
import type { BusMessage, EventSubscriber, Subscription } from '../event-bus.ts';
import { type ConsumeOutcome, createMetrics, type Metrics } from '../http/metrics.ts';
import { backoff, retry } from '../resilience/retry.ts';
import { requireDaprAppToken } from './dapr-app-token.ts';
import type { DaprClient } from './dapr-client.ts';

/** The pub/sub components (k8s/dapr/components/kafka-pubsub.yaml): shared consumer group, or one per replica. */
export const PUBSUB = { shared: 'kafka-pubsub', broadcast: 'kafka-pubsub-broadcast' } as const;

interface CloudEvent {
  id?: string;
  topic?: string;
  data?: unknown;
}

type DeliveryStatus = 'SUCCESS' | 'RETRY';

/** What the sidecar is told at `GET /dapr/subscribe`. */
export interface DaprSubscription {
  pubsubname: string;
  topic: string;
  routes: { default: string };
  deadLetterTopic: string;
}

export const deliveryRoute = (s: Pick<Subscription, 'consumer' | 'topic'>) => `/events/${s.consumer}/${s.topic}`;

export function toDaprSubscription(s: Subscription): DaprSubscription {
  return {
    pubsubname: s.broadcast ? PUBSUB.broadcast : PUBSUB.shared,
    topic: s.topic,
    routes: { default: deliveryRoute(s) },
    deadLetterTopic: `${s.topic}-dlq`,
  };
}

export interface DaprSubscriberOptions {
  logger: Logger;
  /** The app's sidecar: a poison message is published to `<topic>-dlq` through it at once. */
  dapr?: DaprClient;
  /** Tries of a failing handler inside one delivery (transient failures: a peer restarting, a lost connection). */
  attemptsPerDelivery?: number;
  retryBaseMs?: number;
  /** Counts each handler attempt by outcome; the service's `/metrics` should serve it. */
  metrics?: Metrics;
}

/**
 * The distributed mode's subscriber: tells the sidecar what to deliver where (`/dapr/subscribe`) and turns each
 * delivered CloudEvent into a handler call. A failing handler is retried with backoff within the delivery (about
 * 15 s by default: a peer restarting); still failing, it answers `RETRY`, and after the sidecar's own retries
 * (Resiliency policy) the message moves to `<topic>-dlq` and the partition flows on. A poison message can never
 * succeed, so it goes to `<topic>-dlq` at once, published by the app, and its partition does not wait.
 */
export class DaprSubscriber implements EventSubscriber {
  readonly subscriptions: Subscription[] = [];
  #logger: Logger;
  #dapr: DaprClient | undefined;
  #attempts: number;
  #retryBaseMs: number;
  #metrics: Metrics;

  constructor(options: DaprSubscriberOptions) {
    this.#logger = options.logger;
    this.#dapr = options.dapr;
    this.#attempts = options.attemptsPerDelivery ?? 5;
    this.#retryBaseMs = options.retryBaseMs ?? 1_000;
    this.#metrics = options.metrics ?? createMetrics();
  }

  async #handle(subscription: Subscription, message: BusMessage): Promise<DeliveryStatus> {
    const log = this.#logger.child({ consumer: subscription.consumer, topic: subscription.topic, eventId: message.eventId });
    let startedAt = 0;
    const observe = (outcome: ConsumeOutcome) => this.#metrics.eventConsumed(subscription, outcome, (performance.now() - startedAt) / 1000);
    try {
      await retry(
        async () => {
          startedAt = performance.now();
          await subscription.handle(message);
        },
        {
          attempts: this.#attempts,
          delayMs: backoff.exponential(this.#retryBaseMs),
          retryable: (error) => !(error instanceof PoisonMessageError),
          onRetry: ({ error, attempt }) => {
            observe('retried');
            log.warn({ err: error, attempt }, 'handler failed; retrying');
          },
        },
      );
      observe('handled');
      return 'SUCCESS';
    } catch (error) {
      if (error instanceof PoisonMessageError && this.#dapr) {
        const status = await this.#deadLetter(subscription, message, error);
        observe(status === 'SUCCESS' ? 'dead_lettered' : 'retried');
        return status;
      }
      // Giving up here answers RETRY: the sidecar redelivers, and dead-letters after its own retries (not seen here).
      observe('retried');
      log.warn({ err: error }, 'handler failed; the sidecar redelivers, then dead-letters');
      return 'RETRY';
    }
  }

  subscribe(subscription: Subscription): void {
    // A sidecar keeps one subscription per component and topic for an app: a second would silently replace the first.
    const pubsub = toDaprSubscription(subscription).pubsubname;
    if (this.subscriptions.some((s) => s.topic === subscription.topic && toDaprSubscription(s).pubsubname === pubsub)) {
      throw new Error(`${subscription.consumer}: this app already consumes ${subscription.topic}; one handler per topic and app`);
    }
    this.subscriptions.push(subscription);
  }

  async #deadLetter(subscription: Subscription, message: BusMessage, error: PoisonMessageError): Promise<DeliveryStatus> {
    const log = this.#logger.child({ consumer: subscription.consumer, topic: subscription.topic, eventId: message.eventId });
    try {
      const { pubsubname, deadLetterTopic } = toDaprSubscription(subscription);
      await this.#dapr?.publish(pubsubname, deadLetterTopic, message.payload, {
        partitionKey: message.key || message.eventId,
        eventId: message.eventId,
      });
      log.error({ err: error }, 'poison message moved to the dead-letter topic');
      return 'SUCCESS';
    } catch (publishError) {
      log.warn({ err: publishError }, 'could not dead-letter a poison message; the sidecar redelivers it');
      return 'RETRY';
    }
  }

  /** Mounts `/dapr/subscribe` and one delivery route per subscription, guarded by the sidecar's app token. */
  async register(app: FastifyInstance, appToken: DaprAppToken): Promise<void> {
    await app.register(async (scope) => {
      requireDaprAppToken(scope, appToken);
      scope.addContentTypeParser('application/cloudevents+json', { parseAs: 'string' }, (_request, body, done) => {
        try {
          done(null, JSON.parse(String(body)));
        } catch (error) {
          done(error as Error, undefined);
        }
      });
      scope.get('/dapr/subscribe', async () => this.subscriptions.map(toDaprSubscription));
      for (const subscription of this.subscriptions) {
        scope.post(deliveryRoute(subscription), async (request) => {
          const message = toBusMessage(subscription, (request.body ?? {}) as CloudEvent, request.headers.__key);
          return { status: await this.#handle(subscription, message) };
        });
      }
    });
  }
}

/** The Kafka component hands the record's key over as the `__key` header. */
function toBusMessage(subscription: Subscription, event: CloudEvent | undefined, kafkaKey: unknown): BusMessage {
  const payload = event?.data;
  const userId = (payload as { user_id?: unknown } | undefined)?.user_id;
  const eventId = (payload as { event_id?: unknown } | undefined)?.event_id;
  return {
    topic: subscription.topic,
    key: typeof kafkaKey === 'string' && kafkaKey ? kafkaKey : typeof userId === 'string' ? userId : '',
    eventId: typeof eventId === 'string' ? eventId : (event?.id ?? ''),
    payload,
  };
}

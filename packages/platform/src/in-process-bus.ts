import type { Logger } from 'pino';
import { PoisonMessageError } from './errors.ts';
import type { BusMessage, EventPublisher, EventSubscriber, Subscription } from './event-bus.ts';
import { type ConsumeOutcome, createMetrics, type Metrics } from './http/metrics.ts';
import { backoff, retry } from './resilience/retry.ts';

export interface InProcessBusOptions {
  logger: Logger;
  /** Attempts per consumer before the message goes to the dead-letter list. */
  maxAttempts?: number;
  retryDelayMs?: number;
  /** Keeps a dead letter somewhere durable (the embedded app: the backend's `dead_letters` table). */
  onDeadLetter?: (letter: DeadLetter) => Promise<void>;
  /** Counts each handler attempt by outcome; the process's `/metrics` should serve it. */
  metrics?: Metrics;
}

export interface DeadLetter {
  consumer: string;
  message: BusMessage;
  error: string;
}

/**
 * The embedded mode's bus: `publish` hands the message to every consumer of the topic and resolves only when each
 * has handled it (or given up after its retries, which dead-letters it), so the outbox marks a row delivered only
 * after every consumer is done — a crash before that redelivers, and idempotent consumers absorb the repeat.
 */
export class InProcessBus implements EventPublisher, EventSubscriber {
  readonly deadLetters: DeadLetter[] = [];
  #subscriptions: Subscription[] = [];
  #logger: Logger;
  #maxAttempts: number;
  #retryDelayMs: number;
  #onDeadLetter: InProcessBusOptions['onDeadLetter'];
  #metrics: Metrics;

  constructor(options: InProcessBusOptions) {
    this.#logger = options.logger;
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#retryDelayMs = options.retryDelayMs ?? 200;
    this.#onDeadLetter = options.onDeadLetter;
    this.#metrics = options.metrics ?? createMetrics();
  }

  subscribe(subscription: Subscription): void {
    this.#subscriptions.push(subscription);
  }

  async publish(message: BusMessage): Promise<void> {
    const consumers = this.#subscriptions.filter((subscription) => subscription.topic === message.topic);
    await Promise.all(consumers.map((consumer) => this.#deliver(consumer, message)));
  }

  async #deliver(subscription: Subscription, message: BusMessage): Promise<void> {
    const log = this.#logger.child({ consumer: subscription.consumer, topic: message.topic, eventId: message.eventId });
    let startedAt = 0;
    const observe = (outcome: ConsumeOutcome) => this.#metrics.eventConsumed(subscription, outcome, (performance.now() - startedAt) / 1000);
    try {
      await retry(
        async () => {
          startedAt = performance.now();
          await subscription.handle(message);
        },
        {
          attempts: this.#maxAttempts,
          delayMs: backoff.linear(this.#retryDelayMs),
          retryable: (error) => !(error instanceof PoisonMessageError),
          onRetry: ({ error, attempt }) => {
            observe('retried');
            log.warn({ err: error, attempt }, 'consumer failed; retrying');
          },
        },
      );
      observe('handled');
    } catch (error) {
      observe('dead_lettered');
      log.error({ err: error }, 'consumer keeps failing; message dead-lettered');
      const letter = { consumer: subscription.consumer, message, error: String(error) };
      this.deadLetters.push(letter);
      // If even this fails, the bus throws and the outbox redelivers the message later: nothing is lost.
      await this.#onDeadLetter?.(letter);
    }
  }
}

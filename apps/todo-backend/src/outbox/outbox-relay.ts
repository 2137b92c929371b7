import { randomUUID } from 'node:crypto';
import { createMetrics, type EventPublisher, type Logger, type Metrics } from '@doable/platform';
import type { Executor } from '../database/executor.ts';
import { WakeableLoop } from '../database/wakeable-loop.ts';
import { acquireLease, releaseLease } from './lease.ts';
import { outboxRepository } from './outbox.ts';

export interface OutboxRelayOptions {
  db: Executor;
  publisher: EventPublisher;
  logger: Logger;
  /** Fallback poll for rows written by other replicas; local writes call `wake()`. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** Counts each row handed to the publisher (`doable_events_published_total`). */
  metrics?: Metrics;
}

const LEASE = 'outbox-relay';
const LEASE_TTL_MS = 15_000;
const MAX_BACKOFF_MS = 30_000;
const KEEP_DELIVERED_MS = 7 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Delivers outbox rows in id order (so in order per user), at least once: a row is marked delivered only after the
 * publisher accepted it, so a crash between commit and delivery redelivers on the next start. A failed publish is a
 * transport problem (the broker is down), never a poison message, so the row is retried with backoff, not dropped;
 * poison messages are the consumers' concern (their dead-letter topics). Delivered rows are kept a week.
 */
export class OutboxRelay {
  readonly #options: Required<Omit<OutboxRelayOptions, 'logger' | 'db' | 'publisher' | 'metrics'>> & OutboxRelayOptions;
  readonly #metrics: Metrics;
  readonly #holder = randomUUID();
  readonly #loop = new WakeableLoop(() => this.#pass());
  #failures = 0;
  #lastPruneAt = 0;

  constructor(options: OutboxRelayOptions) {
    this.#options = { pollIntervalMs: 500, batchSize: 100, ...options };
    this.#metrics = options.metrics ?? createMetrics();
  }

  start(): void {
    this.#loop.start();
  }

  /** Runs a delivery pass now, unless the relay is backing off after a failed publish. */
  wake(): void {
    if (this.#failures === 0) this.#loop.wake();
  }

  /** Resolves when nothing is being delivered (used by tests and shutdown). */
  idle(): Promise<void> {
    return this.#loop.idle();
  }

  async stop(): Promise<void> {
    await this.#loop.stop();
    await releaseLease(this.#options.db, LEASE, this.#holder).catch(() => undefined);
  }

  async #pass(): Promise<number> {
    try {
      await this.#drain();
      await this.#pruneNowAndThen();
    } catch (error) {
      this.#failures++;
      this.#options.logger.error({ err: error }, 'outbox relay pass failed');
    }
    if (this.#failures === 0) return this.#options.pollIntervalMs;
    return Math.min(MAX_BACKOFF_MS, Math.max(this.#options.pollIntervalMs, 250 * 2 ** this.#failures));
  }

  async #drain(): Promise<void> {
    const { db, publisher, logger, batchSize } = this.#options;
    for (;;) {
      const rows = (await this.#holdLease()) ? await outboxRepository.pending(db, batchSize) : [];
      if (rows.length === 0) return;
      for (const row of rows) {
        // Renewed before every publish: a relay that lost its lease stops before a second one repeats its rows.
        if (!(await this.#holdLease())) return;
        try {
          await publisher.publish({ topic: row.topic, key: row.partition_key, eventId: row.event_id, payload: row.payload });
        } catch (error) {
          this.#failures++;
          await outboxRepository.recordFailure(db, row.id, String(error));
          logger.warn({ err: error, outboxId: row.id, topic: row.topic, eventId: row.event_id }, 'publish failed; will retry');
          // Keep per-user order: stop at the first failure and retry from this row after a backoff.
          return;
        }
        this.#metrics.eventPublished(row.topic);
        await outboxRepository.markDelivered(db, row.id, new Date());
        this.#failures = 0;
      }
    }
  }

  #holdLease(): Promise<boolean> {
    return acquireLease(this.#options.db, LEASE, this.#holder, LEASE_TTL_MS);
  }

  async #pruneNowAndThen(): Promise<void> {
    if (Date.now() - this.#lastPruneAt < PRUNE_EVERY_MS) return;
    this.#lastPruneAt = Date.now();
    await outboxRepository.pruneDelivered(this.#options.db, new Date(Date.now() - KEEP_DELIVERED_MS));
  }
}

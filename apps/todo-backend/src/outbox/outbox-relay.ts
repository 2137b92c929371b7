import { randomUUID } from 'node:crypto';
import type { EventPublisher, Logger } from '@doable/platform';
import type { Executor } from '../tasks/task-repository.ts';
import { acquireLease, releaseLease } from './lease.ts';
import { outboxRepository } from './outbox.ts';

export interface OutboxRelayOptions {
  db: Executor;
  publisher: EventPublisher;
  logger: Logger;
  /** Fallback poll for rows written by other replicas; local writes call `wake()`. */
  pollIntervalMs?: number;
  batchSize?: number;
}

const LEASE = 'outbox-relay';
const LEASE_TTL_MS = 15_000;

/**
 * Delivers outbox rows in id order (so in order per user), at least once: a row is marked delivered only after the
 * publisher accepted it, so a crash between commit and delivery redelivers on the next start. A failed publish is a
 * transport problem (the broker is down), never a poison message, so the row is retried with backoff, not dropped;
 * poison messages are the consumers' concern (their dead-letter topics).
 */
export class OutboxRelay {
  readonly #options: Required<Omit<OutboxRelayOptions, 'logger' | 'db' | 'publisher'>> & OutboxRelayOptions;
  #failures = 0;
  readonly #holder = randomUUID();
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(options: OutboxRelayOptions) {
    this.#options = { pollIntervalMs: 500, batchSize: 100, ...options };
  }

  start(): void {
    this.#stopped = false;
    this.wake();
  }

  /** Runs a delivery pass now (or right after the current one). */
  wake(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.#drain()
      .catch((error) => this.#options.logger.error({ err: error }, 'outbox relay pass failed'))
      .finally(() => {
        this.#running = undefined;
        if (this.#stopped) return;
        if (this.#again) {
          this.#again = false;
          this.wake();
        } else {
          const backoff = this.#failures === 0 ? 0 : Math.min(30_000, 250 * 2 ** this.#failures);
          this.#timer = setTimeout(() => this.wake(), Math.max(this.#options.pollIntervalMs, backoff));
        }
      });
  }

  /** Resolves when nothing is pending (used by tests and shutdown). */
  async idle(): Promise<void> {
    while (this.#running || this.#again) await (this.#running ?? new Promise((r) => setImmediate(r)));
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
    await releaseLease(this.#options.db, LEASE, this.#holder).catch(() => undefined);
  }

  async #drain(): Promise<void> {
    const { db, publisher, logger, batchSize } = this.#options;
    while (!this.#stopped) {
      if (!(await acquireLease(db, LEASE, this.#holder, LEASE_TTL_MS))) return;
      const rows = await outboxRepository.pending(db, batchSize);
      if (rows.length === 0) return;
      for (const row of rows) {
        if (this.#stopped) return;
        try {
          await publisher.publish({ topic: row.topic, key: row.partition_key, eventId: row.event_id, payload: row.payload });
          await outboxRepository.markDelivered(db, row.id, new Date());
          this.#failures = 0;
        } catch (error) {
          this.#failures++;
          await outboxRepository.recordFailure(db, row.id, String(error));
          logger.warn({ err: error, outboxId: row.id, topic: row.topic, eventId: row.event_id }, 'publish failed; will retry');
          // Keep per-user order: stop this pass at the first failure and retry from here after a backoff.
          return;
        }
      }
    }
  }
}

import { randomUUID } from 'node:crypto';
import { createMetrics, type EventPublisher, type Logger, type Metrics } from '@doable/platform';
import type { Executor } from '../database/executor.ts';
import { WakeableLoop } from '../database/wakeable-loop.ts';
import { type BulkPublish, publishAcrossKeys } from './across-keys.ts';
import { acquireLease, releaseLease } from './lease.ts';
import { type OutboxRow, outboxRepository } from './outbox.ts';

export interface OutboxRelayOptions {
  db: Executor;
  publisher: EventPublisher;
  logger: Logger;
  /** Fallback poll for rows written by other replicas; local writes call `wake()`. Default 500 ms. */
  pollIntervalMs?: number;
  batchSize?: number;
  /** Counts each row handed to the publisher (`doable_events_published_total`). */
  metrics?: Metrics;
  /** A monotonic clock in milliseconds: how long ago the lease was renewed and delivered rows were pruned. */
  now?: () => number;
}

const LEASE = 'outbox-relay';
const LEASE_TTL_MS = 15_000;
/**
 * How long a renewed lease is taken as held without asking again. It runs until the database's now() + TTL as of the
 * renewal, which came after the request was sent: within a third of the TTL of sending it, no other relay can have
 * it, and a batch started then has two thirds of the TTL to finish before another could begin.
 */
const LEASE_TRUSTED_MS = LEASE_TTL_MS / 3;
const KEEP_DELIVERED_MS = 7 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;

/**
 * How long the relay sleeps after `failures` failed publishes: doubling from 250 ms, at most 5 s. Short, because a
 * failing publish costs one call per user and pass, and the sleep is how long events wait after the broker or the
 * sidecar is back (`wake()` is ignored while backing off).
 */
export function relayBackoffMs(failures: number, pollIntervalMs: number): number {
  if (failures === 0) return pollIntervalMs;
  return Math.min(5_000, Math.max(pollIntervalMs, 250 * 2 ** failures));
}

/**
 * Delivers outbox rows at least once and in id order per partition key (per user), different keys side by side
 * (through bulk requests of one row per key where the publisher has them, as Dapr does): a
 * row is marked delivered only after the publisher accepted it, so a crash between commit and delivery redelivers
 * on the next start. What the publisher accepted is not sent again while this relay runs, even when the database was
 * unreachable as it came to mark it: only a crash (of this process, its sidecar or the broker mid-publish) repeats a
 * row. A failed publish is a
 * transport problem (the broker is down), never a poison message, so the row is retried with backoff, not dropped;
 * poison messages are the consumers' concern (their dead-letter topics). Delivered rows are kept a week.
 */
export class OutboxRelay {
  readonly #options: Required<Omit<OutboxRelayOptions, 'logger' | 'db' | 'publisher' | 'metrics'>> & OutboxRelayOptions;
  readonly #metrics: Metrics;
  readonly #holder = randomUUID();
  readonly #loop = new WakeableLoop(() => this.#pass());
  #failures = 0;
  /** The clock as delivered rows were last pruned; undefined until the first pass prunes. */
  #lastPruneAt: number | undefined;
  /** The clock as the last successful lease renewal was sent; undefined when the lease is not known to be held. */
  #leaseSentAt: number | undefined;
  /** The last pass found the lease held by another relay (or one that died holding it, until its TTL runs out). */
  #leaseRefused = false;
  /** Ids the publisher accepted whose marking failed (the database went away): marked first, never published again. */
  #acceptedUnmarked: number[] = [];

  constructor(options: OutboxRelayOptions) {
    this.#options = { pollIntervalMs: 500, batchSize: 100, now: () => performance.now(), ...options };
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
    await this.#markAccepted().catch(() => undefined);
    this.#leaseSentAt = undefined;
    await releaseLease(this.#options.db, LEASE, this.#holder).catch(() => undefined);
  }

  async #pass(): Promise<number> {
    const failuresBefore = this.#failures;
    try {
      await this.#drain();
      await this.#pruneNowAndThen();
      // A whole pass without a failure ends the backoff, also when there was nothing to deliver (after the
      // database came back, say): otherwise `wake()` stays ignored and delivery waits for the longest backoff.
      if (this.#failures === failuresBefore) this.#failures = 0;
    } catch (error) {
      this.#failures++;
      this.#options.logger.error({ err: error }, 'outbox relay pass failed');
    }
    const sleepMs = relayBackoffMs(this.#failures, this.#options.pollIntervalMs);
    // A lease another relay holds is asked for again within a third of its TTL, however long the poll: the rows of a
    // relay that died holding it wait for its TTL, not for the poll after it.
    return this.#leaseRefused ? Math.min(sleepMs, LEASE_TRUSTED_MS) : sleepMs;
  }

  async #drain(): Promise<void> {
    const { db, batchSize, publisher } = this.#options;
    await this.#markAccepted();
    for (;;) {
      // Renewed before every batch: a relay that lost its lease stops before a second one repeats its rows.
      const rows = (await this.#holdLease()) ? await outboxRepository.pending(db, batchSize) : [];
      if (rows.length === 0) return;
      const delivered = publisher.publishBulk
        ? await this.#publishInBulk(rows, publisher.publishBulk.bind(publisher))
        : await this.#publishByKey(rows);
      this.#acceptedUnmarked.push(...delivered);
      await this.#markAccepted();
      if (delivered.length < rows.length) return;
      this.#failures = 0;
      // A short batch was everything committed when it was read: a later local commit has woken the loop for another
      // pass, and other replicas' rows wait for the poll, so asking again now would find nothing.
      if (rows.length < batchSize) return;
    }
  }

  /** Each key's rows in order, one publish after another; different keys (users) side by side. */
  async #publishByKey(rows: OutboxRow[]): Promise<number[]> {
    const byKey = Map.groupBy(rows, (row) => row.partition_key);
    return (await Promise.all([...byKey.values()].map((keyRows) => this.#publishInOrder(keyRows)))).flat();
  }

  /** Bulk requests of one row per key (`publishAcrossKeys`): a request per round and topic instead of one per row. */
  async #publishInBulk(rows: OutboxRow[], publishBulk: BulkPublish): Promise<number[]> {
    const { db, logger } = this.#options;
    const { delivered, failed } = await publishAcrossKeys(rows, publishBulk);
    for (const row of delivered) this.#metrics.eventPublished(row.topic);
    if (failed.length > 0) {
      this.#failures++;
      for (const { row, error } of failed) {
        // Bookkeeping only, as for a single publish: the accepted rows must still be marked if this fails.
        await outboxRepository.recordFailure(db, row.id, error).catch(() => undefined);
        logger.warn({ err: error, outboxId: row.id, topic: row.topic, eventId: row.event_id }, 'publish failed; will retry');
      }
    }
    return delivered.map((row) => row.id);
  }

  /** Publishes one key's rows in id order and returns the ids it delivered, stopping at the first failure. */
  async #publishInOrder(rows: OutboxRow[]): Promise<number[]> {
    const { db, publisher, logger } = this.#options;
    const delivered: number[] = [];
    for (const row of rows) {
      try {
        await publisher.publish({ topic: row.topic, key: row.partition_key, eventId: row.event_id, payload: row.payload });
      } catch (error) {
        this.#failures++;
        // Bookkeeping only: if the database is away too, the rows other keys delivered must still be remembered.
        await outboxRepository.recordFailure(db, row.id, String(error)).catch(() => undefined);
        logger.warn({ err: error, outboxId: row.id, topic: row.topic, eventId: row.event_id }, 'publish failed; will retry');
        // Keep this key's order: its later rows wait, and the next pass retries from this one after a backoff.
        break;
      }
      this.#metrics.eventPublished(row.topic);
      delivered.push(row.id);
    }
    return delivered;
  }

  /** Marks what the publisher accepted; kept for the next pass if the database is unreachable, so it is not re-sent. */
  async #markAccepted(): Promise<void> {
    if (this.#acceptedUnmarked.length === 0) return;
    await outboxRepository.markDelivered(this.#options.db, this.#acceptedUnmarked, new Date());
    this.#acceptedUnmarked = [];
  }

  /** Renewed before a batch once a third of its TTL has passed (a write per batch would cost more than the batch). */
  async #holdLease(): Promise<boolean> {
    const { now } = this.#options;
    if (this.#leaseSentAt !== undefined && now() - this.#leaseSentAt < LEASE_TRUSTED_MS) return true;
    const sentAt = now();
    this.#leaseSentAt = undefined;
    const held = await acquireLease(this.#options.db, LEASE, this.#holder, LEASE_TTL_MS);
    if (held) this.#leaseSentAt = sentAt;
    this.#leaseRefused = !held;
    return held;
  }

  async #pruneNowAndThen(): Promise<void> {
    const { now } = this.#options;
    if (this.#lastPruneAt !== undefined && now() - this.#lastPruneAt < PRUNE_EVERY_MS) return;
    this.#lastPruneAt = now();
    await outboxRepository.pruneDelivered(this.#options.db, KEEP_DELIVERED_MS);
  }
}

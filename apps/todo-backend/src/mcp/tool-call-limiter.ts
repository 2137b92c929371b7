export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

// Past this many users in memory, buckets that have refilled completely are dropped: they hold no information.
const PRUNE_ABOVE = 10_000;

/**
 * A token bucket per user: `perMinute` tool calls, refilled evenly over the minute, so a client may burst up to
 * the whole minute's budget and then goes at the refill rate. The clock comes in, so tests drive it.
 */
export class ToolCallLimiter {
  readonly perMinute: number;
  readonly #clock: () => Date;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: { perMinute: number; clock?: () => Date }) {
    if (!Number.isInteger(options.perMinute) || options.perMinute < 1) throw new RangeError('perMinute must be a positive integer');
    this.perMinute = options.perMinute;
    this.#clock = options.clock ?? (() => new Date());
  }

  /** Takes `count` calls from the user's budget, all or none. */
  take(userId: string, count: number): LimitDecision {
    const now = this.#clock().getTime();
    const tokens = this.#tokensAt(this.#buckets.get(userId), now);
    if (tokens < count) {
      const missing = count - tokens;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((missing * 60_000) / this.perMinute / 1000)) };
    }
    this.#buckets.set(userId, { tokens: tokens - count, at: now });
    if (this.#buckets.size > PRUNE_ABOVE) this.#prune(now);
    return { allowed: true };
  }

  #tokensAt(bucket: Bucket | undefined, now: number): number {
    if (!bucket) return this.perMinute;
    // A clock that steps back refills nothing rather than taking calls away.
    const elapsed = Math.max(0, now - bucket.at);
    return Math.min(this.perMinute, bucket.tokens + (elapsed * this.perMinute) / 60_000);
  }

  #prune(now: number): void {
    for (const [userId, bucket] of this.#buckets) {
      if (this.#tokensAt(bucket, now) >= this.perMinute) this.#buckets.delete(userId);
    }
  }
}

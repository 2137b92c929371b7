import { setTimeout as wait } from 'node:timers/promises';

/** A failed try that will be tried again: what went wrong (an error, or a result asked to be retried), and the wait. */
export interface RetryNotice<T> {
  attempt: number;
  delayMs: number;
  error?: unknown;
  result?: T;
}

export interface RetryOptions<T> {
  /** Tries in all, the first included; `Infinity` leaves the bound to `withinMs` or `signal`. */
  attempts: number;
  /** How long to wait after failed try number `attempt` (1 for the first): see `backoff`. */
  delayMs: (attempt: number) => number;
  /** After a failure once this long has passed since the first try began (measured with `now`), no more tries. */
  withinMs?: number;
  /** Whether an error is worth another try; one that is not is rethrown at once (default: every error is). */
  retryable?: (error: unknown) => boolean;
  /** A result that is worth another try (a lost race, say); once tries run out, the last such result is returned. */
  retryResult?: (result: T) => boolean;
  /** Told of each failed try before the wait (to log or count it). */
  onRetry?: (notice: RetryNotice<T>) => void;
  /** Aborting stops the waiting: no further try starts, and the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** For tests: the wait between tries, and the clock `withinMs` is measured on. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<unknown>;
  now?: () => number;
}

/** Waits between tries: `attempt` is the number of the try that just failed, from 1. */
export const backoff = {
  /** `baseMs`, then twice that, four times… (capped at `maxMs`). */
  exponential:
    (baseMs: number, maxMs = Number.POSITIVE_INFINITY) =>
    (attempt: number) =>
      Math.min(maxMs, baseMs * 2 ** (attempt - 1)),
  /** `stepMs`, then twice that, three times… */
  linear: (stepMs: number) => (attempt: number) => stepMs * attempt,
  /** The same wait every time. */
  constant: (ms: number) => () => ms,
};

/**
 * Runs `operation` until it succeeds, trying again after a failure while tries are left: the one retry loop of the
 * code base, so every caller bounds its tries, backs off and can be aborted the same way. When the tries run out
 * the last error is rethrown (or, for `retryResult`, the last result returned).
 */
export async function retry<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions<T>): Promise<T> {
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => wait(ms, undefined, { signal }));
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    let notice: RetryNotice<T>;
    try {
      const result = await operation(attempt);
      if (!options.retryResult?.(result)) return result;
      if (isLast(attempt)) return result;
      notice = { attempt, delayMs: options.delayMs(attempt), result };
    } catch (error) {
      if (options.retryable && !options.retryable(error)) throw error;
      if (isLast(attempt)) throw error;
      notice = { attempt, delayMs: options.delayMs(attempt), error };
    }
    options.onRetry?.(notice);
    await sleep(notice.delayMs, options.signal).catch((error: unknown) => {
      options.signal?.throwIfAborted();
      throw error;
    });
  }

  function isLast(attempt: number): boolean {
    return attempt >= options.attempts || (options.withinMs !== undefined && now() - startedAt >= options.withinMs);
  }
}

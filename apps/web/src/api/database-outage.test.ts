import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.ts';
import { createDatabaseOutage, outageRetryDelay } from './database-outage.ts';

const databaseUnavailable = (retryAfterSeconds?: number) =>
  new ApiError(503, 'unavailable', { status: 503, code: 'database_unavailable' }, retryAfterSeconds);

describe('the retry delay while the database is away', () => {
  it('never retries sooner than Retry-After, backing off from there up to 30 s', () => {
    const longest = () => 1;
    expect([0, 1, 2, 3, 4, 5, 6, 12].map((attempt) => outageRetryDelay(attempt, 5, longest))).toEqual([
      5000, 5000, 5000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    // The shortest draw is always the server's Retry-After.
    expect([0, 3, 12].map((attempt) => outageRetryDelay(attempt, 5, () => 0))).toEqual([5000, 5000, 5000]);
    expect(outageRetryDelay(4, 5, () => 0.5)).toBe(10_500);
  });

  it('backs off from 1 s without a Retry-After, and waits at least 1 s whatever it says', () => {
    expect([0, 1, 2, 5, 9].map((attempt) => outageRetryDelay(attempt, undefined, () => 1))).toEqual([1000, 2000, 4000, 30_000, 30_000]);
    expect(outageRetryDelay(0, 0, () => 0)).toBe(1000);
  });

  it('honours a Retry-After longer than the backoff ceiling, up to five minutes', () => {
    expect(outageRetryDelay(0, 90, () => 1)).toBe(90_000);
    expect(outageRetryDelay(0, 86_400, () => 1)).toBe(300_000);
  });
});

describe('the database outage monitor', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A monitor whose probe answers as `answers` says, one answer per probe, reporting like the API client does. */
  function aMonitor(answers: ('unavailable' | 'ok' | 'no-answer' | 'signed-out')[], random = () => 0) {
    const probes: number[] = [];
    const outage = createDatabaseOutage({
      random,
      probe: async () => {
        probes.push(Date.now());
        const answer = answers.shift() ?? 'ok';
        if (answer === 'ok') return outage.reachable();
        if (answer === 'no-answer') throw new TypeError('Failed to fetch');
        if (answer === 'signed-out') throw new ApiError(401, 'Sign in first', { status: 401, code: 'unauthorized' });
        outage.unavailable(5);
        throw databaseUnavailable(5);
      },
    });
    const seen: boolean[] = [];
    outage.subscribe(() => seen.push(outage.snapshot().down));
    return { outage, probes, seen };
  }

  it('says the database is down at the first 503, retries once per Retry-After however many requests failed, and recovers', async () => {
    const { outage, probes, seen } = aMonitor(['unavailable', 'unavailable', 'ok']);
    const start = Date.now();
    outage.unavailable(5);
    outage.unavailable(5);
    outage.unavailable(5);
    expect(outage.snapshot()).toEqual({ down: true, recoveries: 0 });

    await vi.advanceTimersByTimeAsync(4_999);
    expect(probes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(probes).toEqual([start + 5_000]);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(probes.map((at) => at - start)).toEqual([5_000, 10_000, 15_000]);
    expect(outage.snapshot()).toEqual({ down: false, recoveries: 1 });
    expect(seen).toEqual([true, false]);

    // Nothing more is probed once it is back.
    await vi.advanceTimersByTimeAsync(120_000);
    expect(probes).toHaveLength(3);
  });

  it('keeps backing off, bounded, while the server does not answer at all, and starts over after a recovery', async () => {
    // The longest draw each time: Retry-After first, then the ceiling doubling to 30 s.
    const { outage, probes } = aMonitor(['no-answer', 'no-answer', 'no-answer', 'no-answer', 'no-answer', 'no-answer', 'ok'], () => 1);
    const start = Date.now();
    outage.unavailable(5);
    await vi.advanceTimersByTimeAsync(300_000);
    expect(probes.map((at) => at - start)).toEqual([5_000, 7_000, 11_000, 19_000, 35_000, 65_000, 95_000]);
    expect(outage.snapshot()).toEqual({ down: false, recoveries: 1 });

    outage.unavailable(5);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(probes).toHaveLength(8);
    expect(outage.snapshot()).toEqual({ down: false, recoveries: 2 });
  });

  it('ends the outage on any success, and stops probing when the answer is not an outage (the session ended)', async () => {
    const { outage, probes } = aMonitor(['signed-out']);
    outage.unavailable(5);
    outage.reachable();
    expect(outage.snapshot()).toEqual({ down: false, recoveries: 1 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probes).toEqual([]);

    outage.unavailable(5);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(probes).toHaveLength(1);
    expect(outage.snapshot()).toEqual({ down: false, recoveries: 2 });
  });
});

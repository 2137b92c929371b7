import { describe, expect, it } from 'vitest';
import { backoff, type RetryNotice, retry } from './retry.ts';

/** A wait that only records how long it was asked to wait, and moves a fake clock on by that much. */
function recordedWaits() {
  const waits: number[] = [];
  let clock = 0;
  return {
    waits,
    now: () => clock,
    sleep: async (ms: number) => {
      waits.push(ms);
      clock += ms;
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

/** An operation that fails `failures` times, then answers `ok`. */
function failingTimes(failures: number) {
  const calls: number[] = [];
  return {
    calls,
    run: async (attempt: number) => {
      calls.push(attempt);
      if (calls.length <= failures) throw new Error(`failure ${calls.length}`);
      return 'ok';
    },
  };
}

describe('retry', () => {
  it('returns the first success, waiting between tries as the backoff says', async () => {
    const time = recordedWaits();
    const operation = failingTimes(3);
    await expect(retry(operation.run, { attempts: 5, delayMs: backoff.exponential(100), ...time })).resolves.toBe('ok');
    expect(operation.calls).toEqual([1, 2, 3, 4]);
    expect(time.waits).toEqual([100, 200, 400]);
  });

  it('rethrows the last error once the tries run out, without a wait after the last', async () => {
    const time = recordedWaits();
    const operation = failingTimes(10);
    await expect(retry(operation.run, { attempts: 3, delayMs: backoff.linear(50), ...time })).rejects.toThrow('failure 3');
    expect(operation.calls).toEqual([1, 2, 3]);
    expect(time.waits).toEqual([50, 100]);
  });

  it('rethrows at once an error that is not worth another try', async () => {
    const time = recordedWaits();
    const operation = failingTimes(10);
    const retryable = (error: unknown) => !(error instanceof Error && error.message === 'failure 2');
    await expect(retry(operation.run, { attempts: 5, delayMs: backoff.constant(10), retryable, ...time })).rejects.toThrow('failure 2');
    expect(operation.calls).toEqual([1, 2]);
  });

  it('tries again on a result asked to be retried, and returns the last one when the tries run out', async () => {
    const time = recordedWaits();
    const answers = ['conflict', 'conflict', 'saved'];
    const run = async () => answers.shift() ?? 'none';
    const retryResult = (result: string) => result === 'conflict';
    await expect(retry(run, { attempts: 5, delayMs: backoff.constant(5), retryResult, ...time })).resolves.toBe('saved');
    expect(await retry(async () => 'conflict', { attempts: 2, delayMs: backoff.constant(5), retryResult, ...time })).toBe('conflict');
  });

  it('tells of each failure that will be retried, with its wait', async () => {
    const time = recordedWaits();
    const notices: RetryNotice<string>[] = [];
    await retry(failingTimes(2).run, { attempts: 5, delayMs: backoff.exponential(10), onRetry: (notice) => notices.push(notice), ...time });
    expect(notices.map(({ attempt, delayMs, error }) => ({ attempt, delayMs, message: (error as Error).message }))).toEqual([
      { attempt: 1, delayMs: 10, message: 'failure 1' },
      { attempt: 2, delayMs: 20, message: 'failure 2' },
    ]);
  });

  it('gives up after a failure once its time is over, however many tries were left', async () => {
    const time = recordedWaits();
    const operation = failingTimes(Number.POSITIVE_INFINITY);
    await expect(
      retry(operation.run, { attempts: Number.POSITIVE_INFINITY, delayMs: backoff.constant(250), withinMs: 1_000, ...time }),
    ).rejects.toThrow('failure 5');
    // Tries began at 0, 250, 500, 750 and 1000 ms of the fake clock; the one at 1000 ms was the last.
    expect(operation.calls).toHaveLength(5);
  });

  it('caps an exponential backoff', () => {
    expect([1, 2, 3, 4, 5].map(backoff.exponential(100, 500))).toEqual([100, 200, 400, 500, 500]);
  });

  it('stops when aborted, rejecting with the reason, and starts no further try', async () => {
    const controller = new AbortController();
    const operation = failingTimes(Number.POSITIVE_INFINITY);
    const sleep = async () => {
      controller.abort(new Error('shutting down'));
    };
    await expect(retry(operation.run, { attempts: 10, delayMs: backoff.constant(1), signal: controller.signal, sleep })).rejects.toThrow(
      'shutting down',
    );
    expect(operation.calls).toEqual([1]);
  });

  it('does not wait out a long delay once aborted', async () => {
    const controller = new AbortController();
    const retrying = retry(failingTimes(1).run, { attempts: 2, delayMs: backoff.constant(60_000), signal: controller.signal });
    controller.abort(new Error('stop waiting'));
    await expect(retrying).rejects.toThrow('stop waiting');
  });
});

import { describe, expect, it } from 'vitest';
import { relayBackoffMs } from './outbox-relay.ts';

describe('the outbox relay’s backoff', () => {
  it('polls at its interval while publishing works, doubles from 250 ms after failures, and never sleeps over 5 s', () => {
    expect(relayBackoffMs(0, 500)).toBe(500);
    expect([1, 2, 3, 4].map((failures) => relayBackoffMs(failures, 100))).toEqual([500, 1_000, 2_000, 4_000]);
    // However long the broker was away, events flow again within 5 s of its return.
    expect(relayBackoffMs(5, 100)).toBe(5_000);
    expect(relayBackoffMs(60, 100)).toBe(5_000);
  });
});

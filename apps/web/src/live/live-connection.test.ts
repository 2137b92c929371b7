import { describe, expect, it } from 'vitest';
import { backoffDelay, liveUrl } from './live-connection.ts';

describe('live connection', () => {
  it('connects to /ws on the page origin, wss on https, with no token in the URL (the cookie signs it in)', () => {
    expect(liveUrl({ protocol: 'https:', host: 'todo.example.com' })).toBe('wss://todo.example.com/ws');
    expect(liveUrl({ protocol: 'http:', host: '127.0.0.1:3000' })).toBe('ws://127.0.0.1:3000/ws');
  });

  it('waits up to 1 s doubling per attempt, capped at 30 s, with full jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((attempt) => backoffDelay(attempt, () => 1))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(5, () => 0.5)).toBe(15_000);
    // Never a busy loop, whatever the random draw.
    expect(backoffDelay(0, () => 0)).toBe(250);
  });
});

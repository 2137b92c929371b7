import { describe, expect, it } from 'vitest';
import { BatchRefusedError, countToolCalls, messagesOf } from './mcp-request-limits.ts';
import { ToolCallLimiter } from './tool-call-limiter.ts';

function fakeClock(start = Date.parse('2031-01-01T00:00:00Z')) {
  let now = start;
  return {
    clock: () => new Date(now),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('ToolCallLimiter', () => {
  it("allows a minute's budget at once, then refuses with the seconds until enough calls come back", () => {
    const { clock, advance } = fakeClock();
    const limiter = new ToolCallLimiter({ perMinute: 60, clock });
    expect(limiter.take('alice', 50)).toEqual({ allowed: true });
    expect(limiter.take('alice', 10)).toEqual({ allowed: true });
    expect(limiter.take('alice', 1)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('alice', 5)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    advance(5_000);
    expect(limiter.take('alice', 5)).toEqual({ allowed: true });
    expect(limiter.take('alice', 1)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('keeps one budget per user', () => {
    const { clock } = fakeClock();
    const limiter = new ToolCallLimiter({ perMinute: 2, clock });
    expect(limiter.take('alice', 2)).toEqual({ allowed: true });
    expect(limiter.take('alice', 1).allowed).toBe(false);
    expect(limiter.take('bob', 2)).toEqual({ allowed: true });
  });

  it('takes all of a batch or none of it', () => {
    const { clock } = fakeClock();
    const limiter = new ToolCallLimiter({ perMinute: 3, clock });
    expect(limiter.take('alice', 2)).toEqual({ allowed: true });
    expect(limiter.take('alice', 2)).toEqual({ allowed: false, retryAfterSeconds: 20 });
    expect(limiter.take('alice', 1)).toEqual({ allowed: true });
  });

  it('refills no more than a full minute, and nothing when the clock steps back', () => {
    const { clock, advance } = fakeClock();
    const limiter = new ToolCallLimiter({ perMinute: 4, clock });
    advance(3_600_000);
    expect(limiter.take('alice', 4)).toEqual({ allowed: true });
    expect(limiter.take('alice', 1).allowed).toBe(false);
    advance(-30_000);
    expect(limiter.take('alice', 1).allowed).toBe(false);
  });
});

describe('messagesOf', () => {
  const call = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_tasks' } };
  const list = { jsonrpc: '2.0', id: 2, method: 'tools/list' };

  it('passes a single message through and counts its tool calls', () => {
    expect(countToolCalls(messagesOf(call, '2025-11-25', 10))).toBe(1);
    expect(countToolCalls(messagesOf(list, undefined, 10))).toBe(0);
  });

  it('refuses batches under protocol versions that no longer have them', () => {
    for (const version of ['2025-06-18', '2025-11-25']) {
      expect(() => messagesOf([call], version, 10)).toThrow(BatchRefusedError);
      expect(() => messagesOf([call], version, 10)).toThrow(/no JSON-RPC batches since protocol version 2025-06-18/);
    }
  });

  it('caps batches under older versions and refuses an empty one', () => {
    expect(countToolCalls(messagesOf([call, list, call], '2025-03-26', 3))).toBe(2);
    expect(countToolCalls(messagesOf([call, call], undefined, 3))).toBe(2);
    expect(() => messagesOf([call, call, call, call], '2025-03-26', 3)).toThrow(/at most 3 messages; this one has 4/);
    expect(() => messagesOf([], '2025-03-26', 3)).toThrow(/empty batch/);
  });
});

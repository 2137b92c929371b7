import { describe, expect, it } from 'vitest';
import { keyBetween } from './position-key.ts';

describe('fractional position keys', () => {
  it('appends in increasing order with short keys, in the format migration 008 writes', () => {
    const keys: string[] = [];
    let last: string | null = null;
    for (let i = 0; i < 5000; i++) {
      last = keyBetween(last, null);
      keys.push(last);
    }
    expect(keys.slice(0, 3)).toEqual(['a0', 'a1', 'a2']);
    expect(keys[61]).toBe('az');
    expect(keys[62]).toBe('b00');
    expect([...keys].sort()).toEqual(keys);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(4);
  });

  it('always finds a key between two neighbours, and before the first', () => {
    let low = 'a0';
    let high = 'a1';
    for (let i = 0; i < 200; i++) {
      const mid = keyBetween(low, high);
      expect(low < mid && mid < high).toBe(true);
      if (i % 2 === 0) low = mid;
      else high = mid;
    }
    const first = keyBetween(null, 'a0');
    expect(first < 'a0').toBe(true);
    expect(keyBetween(null, first) < first).toBe(true);
  });

  it('refuses keys out of order', () => {
    expect(() => keyBetween('a1', 'a0')).toThrow();
    expect(() => keyBetween('a1', 'a1')).toThrow();
  });
});

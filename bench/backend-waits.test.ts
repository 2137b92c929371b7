import { describe, expect, it } from 'vitest';
import { describeWaits, noWaits } from './backend-waits.ts';

const counts = (samples: number, seen: Record<string, number>) => ({ samples, seen: new Map(Object.entries(seen)) });

describe('describeWaits', () => {
  it('gives the mean number of backends per sample in each wait, largest first', () => {
    expect(describeWaits(counts(10, { none: 4, 'Lock:advisory': 190, 'IO:WALSync': 9 }))).toBe(
      '19.0 Lock:advisory, 0.9 IO:WALSync, 0.4 none',
    );
  });

  it('leaves out waits seen in fewer than one sample in twenty, and keeps the top ones', () => {
    expect(describeWaits(counts(100, { none: 30, 'LWLock:LockManager': 4 }))).toBe('0.3 none');
    expect(describeWaits(counts(1, { a: 6, b: 5, c: 4, d: 3, e: 2, f: 1 }), 2)).toBe('6.0 a, 5.0 b');
  });

  it('says when nothing was sampled or nothing was active', () => {
    expect(describeWaits(noWaits())).toBe('no samples');
    expect(describeWaits(counts(20, {}))).toBe('none active');
  });
});

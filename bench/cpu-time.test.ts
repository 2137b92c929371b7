import { describe, expect, it } from 'vitest';
import { busyTicks, cpuTicks } from './cpu-time.ts';

describe('the CPU time the pipeline bench reads', () => {
  it('adds a process’s user and system ticks, whatever spaces its command name holds', () => {
    const stat = '4242 (node worker) 1) S 1 4242 1 0 -1 4194560 10 0 0 0 1234 56 7 8 20 0 11 0 100 0 0';
    expect(cpuTicks(stat)).toBe(1234 + 56);
  });

  it('counts the machine busy in every column but idle and iowait', () => {
    const stat = 'cpu  100 2 30 5000 70 4 6 8 0 0\ncpu0 50 1 15 2500 35 2 3 4 0 0\n';
    expect(busyTicks(stat)).toBe(100 + 2 + 30 + 4 + 6 + 8);
  });
});

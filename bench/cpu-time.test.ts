import { describe, expect, it } from 'vitest';
import { busyTicks, cpuTicks } from './cpu-time.ts';

/** A `/proc/<pid>/stat` line with the given user, system, waited-for children's user and system ticks. */
const statLine = (pid: number, name: string, utime: number, stime: number, cutime = 0, cstime = 0) =>
  `${pid} (${name}) S 1 ${pid} 1 0 -1 4194560 10 0 0 0 ${utime} ${stime} ${cutime} ${cstime} 20 0 11 0 100 0 0`;

describe('the CPU time the pipeline bench reads', () => {
  it('adds a process’s user and system ticks, whatever spaces its command name holds', () => {
    expect(cpuTicks(statLine(4242, 'node worker) 1', 1234, 56))).toBe(1234 + 56);
  });

  it('counts what a backend spent after it ended, through the postmaster that waited for it', () => {
    // Before: the postmaster (10 ticks) and a backend that has worked 500. After: the backend spent 30 more and
    // ended; the postmaster, which reaped it, now holds its 530 as its children's time.
    const before = cpuTicks(statLine(11, 'postgres', 8, 2)) + cpuTicks(statLine(12, 'postgres', 400, 100));
    const after = cpuTicks(statLine(11, 'postgres', 8, 2, 420, 110));
    expect(after - before).toBe(30);
  });

  it('counts a backend that started and ended between two readings', () => {
    const before = cpuTicks(statLine(11, 'postgres', 8, 2));
    const after = cpuTicks(statLine(11, 'postgres', 8, 2, 70, 5));
    expect(after - before).toBe(75);
  });

  it('counts the machine busy in every column but idle and iowait', () => {
    const stat = 'cpu  100 2 30 5000 70 4 6 8 0 0\ncpu0 50 1 15 2500 35 2 3 4 0 0\n';
    expect(busyTicks(stat)).toBe(100 + 2 + 30 + 4 + 6 + 8);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree } from './process-tree.ts';

let ticksPerSecond: number | undefined;

function seconds(ticks: number): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticks / ticksPerSecond;
}

/**
 * utime + stime of one `/proc/<pid>/stat` line (fields 14 and 15; the command name in parentheses may hold spaces),
 * plus cutime + cstime (16 and 17): what its children that exited and were waited for spent. Without those, a
 * PostgreSQL backend that ends between two readings takes all its CPU with it, and the tree reads less than it spent
 * (even less than nothing, for a backend that had worked long before the first reading).
 */
export function cpuTicks(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
}

/**
 * CPU seconds (user and system) used so far by a process and every process below it (Linux `/proc`): the live ones,
 * and through their parents' child times the ones that exited (the postmaster waits for each backend that ends), so
 * the difference of two readings is what the tree spent between them, whatever started or ended in between.
 */
export function treeCpuSeconds(root: number): number | undefined {
  let ticks = 0;
  let processes = 0;
  for (const pid of processTree(root)) {
    try {
      ticks += cpuTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
      processes++;
    } catch {
      // Gone meanwhile.
    }
  }
  return processes === 0 ? undefined : seconds(ticks);
}

/** Busy ticks of the `cpu` line of `/proc/stat`: every column but idle and iowait. */
export function busyTicks(procStat: string): number {
  const columns = (/^cpu\s+(.*)$/m.exec(procStat)?.[1] ?? '').trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user and nice).
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = columns;
  return user + nice + system + irq + softirq + steal;
}

/** CPU seconds the whole machine has been busy (all cores, every process, ours or not) since it started. */
export function machineBusySeconds(): number {
  return seconds(busyTicks(readFileSync('/proc/stat', 'utf8')));
}

import { machineBusySeconds } from './cpu-time.ts';
import type { StackTarget } from './stack-target.ts';

export interface CpuReading {
  /** CPU seconds each process of the stack used between start and stop. */
  byProcess: Map<string, number>;
  /** The bench's own process (the load client, its sockets and the outbox sampler). */
  clientSeconds: number;
  /** The whole machine, every process on it. */
  machineSeconds: number;
  wallSeconds: number;
}

/** Reads the CPU clocks now; `stop()` reads them again and returns what was spent in between. */
export function startCpuReading(target: StackTarget): { stop(): CpuReading } {
  const stackBefore = target.cpuSeconds();
  const clientBefore = process.cpuUsage();
  const machineBefore = machineBusySeconds();
  const startedAt = performance.now();
  return {
    stop() {
      const stackAfter = target.cpuSeconds();
      const client = process.cpuUsage(clientBefore);
      return {
        byProcess: new Map([...stackAfter].map(([name, seconds]) => [name, seconds - (stackBefore.get(name) ?? Number.NaN)])),
        clientSeconds: (client.user + client.system) / 1e6,
        machineSeconds: machineBusySeconds() - machineBefore,
        wallSeconds: (performance.now() - startedAt) / 1000,
      };
    },
  };
}

import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

/** How often each wait was seen among PostgreSQL's active client backends, over a number of samples. */
export interface WaitCounts {
  samples: number;
  /** `type:event` (e.g. `Lock:advisory`, `IO:WALSync`), or `none` for a backend running or ready to run. */
  seen: Map<string, number>;
}

export const noWaits = (): WaitCounts => ({ samples: 0, seen: new Map() });

/**
 * Runs `work` while sampling, every `everyMs`, what each active client backend of the server waits on
 * (`pg_stat_activity`), the sampling connection left out. A load's throughput says that backends queue; this says
 * on what: a lock (and which kind), the WAL flush of a commit, the lock manager's own locks, or nothing (the CPU).
 */
export async function sampleWaits<T>(client: pg.Client, into: WaitCounts, work: () => Promise<T>, everyMs = 50): Promise<T> {
  let done = false;
  const sampling = (async () => {
    while (!done) {
      const { rows } = await client.query<{ wait: string; n: string }>(
        `select coalesce(wait_event_type || ':' || wait_event, 'none') as wait, count(*) as n from pg_stat_activity
          where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid() group by 1`,
      );
      into.samples++;
      for (const { wait, n } of rows) into.seen.set(wait, (into.seen.get(wait) ?? 0) + Number(n));
      await sleep(everyMs);
    }
  })();
  try {
    return await work();
  } finally {
    done = true;
    await sampling;
  }
}

/**
 * The waits as the mean number of backends in each per sample, largest first, for the report: "3.1 Lock:advisory,
 * 0.4 IO:WALSync, 0.2 none". Waits seen in fewer than one sample in twenty are left out.
 */
export function describeWaits(counts: WaitCounts, top = 5): string {
  if (counts.samples === 0) return 'no samples';
  const shown = [...counts.seen]
    .map(([wait, n]) => [wait, n / counts.samples] as const)
    .filter(([, mean]) => mean >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([wait, mean]) => `${mean.toFixed(1)} ${wait}`);
  return shown.length === 0 ? 'none active' : shown.join(', ');
}

import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';

/** What PostgreSQL's cumulative statistics and catalog say of a table's planner statistics. */
export interface TableStatistics {
  /** ANALYZEs of the table so far, autovacuum's and manual ones. */
  analyses: number;
  /** Rows the planner takes the table to hold (`pg_class.reltuples`, -1 before any VACUUM or ANALYZE). */
  reltuples: number;
  /** Rows inserted, updated or deleted since the last ANALYZE. */
  changesSinceAnalyze: number;
}

/** autovacuum_analyze_threshold and autovacuum_analyze_scale_factor, as the server has them. */
export interface AnalyzeThreshold {
  base: number;
  scaleFactor: number;
}

/**
 * Whether the table's statistics stay as they are: analyzed once at least, and fewer changes since than autovacuum
 * waits for before it analyzes again (base + scale factor × reltuples). Until then its next visit to the database
 * (once per `autovacuum_naptime`) takes new statistics, and what is planned before and after it may differ: a
 * measurement spanning that visit compares two plans.
 */
export function statisticsSettled(statistics: TableStatistics, threshold: AnalyzeThreshold): boolean {
  if (statistics.analyses === 0) return false;
  return statistics.changesSinceAnalyze <= threshold.base + threshold.scaleFactor * Math.max(statistics.reltuples, 0);
}

export async function readTableStatistics(client: pg.Client, table: string): Promise<TableStatistics> {
  const { rows } = await client.query<{ analyses: string; reltuples: number; changes: string }>(
    `select s.analyze_count + s.autoanalyze_count as analyses, c.reltuples, s.n_mod_since_analyze as changes
       from pg_stat_user_tables s join pg_class c on c.oid = s.relid
      where s.relid = $1::regclass`,
    [table],
  );
  const row = rows[0];
  if (!row) throw new Error(`no statistics row for ${table}`);
  return { analyses: Number(row.analyses), reltuples: Number(row.reltuples), changesSinceAnalyze: Number(row.changes) };
}

export async function readAnalyzeThreshold(client: pg.Client): Promise<AnalyzeThreshold> {
  const { rows } = await client.query<{ name: string; setting: string }>(
    `select name, setting from pg_settings where name in ('autovacuum_analyze_threshold', 'autovacuum_analyze_scale_factor')`,
  );
  const setting = (name: string) => Number(rows.find((row) => row.name === name)?.setting);
  return { base: setting('autovacuum_analyze_threshold'), scaleFactor: setting('autovacuum_analyze_scale_factor') };
}

/**
 * Waits until `table`'s statistics are settled (`statisticsSettled`): autovacuum analyzes it on its own schedule, as on
 * any server, and a settled table is not analyzed again until it changes. Returns the seconds waited and the
 * statistics then.
 */
export async function awaitSettledStatistics(
  client: pg.Client,
  table: string,
  timeoutMs: number,
): Promise<{ seconds: number; statistics: TableStatistics }> {
  const threshold = await readAnalyzeThreshold(client);
  const started = performance.now();
  for (;;) {
    const statistics = await readTableStatistics(client, table);
    if (statisticsSettled(statistics, threshold)) return { seconds: (performance.now() - started) / 1000, statistics };
    if (performance.now() - started > timeoutMs) throw new Error(`autovacuum left ${table}'s statistics unsettled for ${timeoutMs} ms`);
    await sleep(500);
  }
}

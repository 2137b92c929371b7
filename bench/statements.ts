import type pg from 'pg';
import type { Row } from './report.ts';
import { round } from './report.ts';

/** What `--statements` asks of the stack's PostgreSQL: per-statement counters, every statement kept. */
export const STATEMENT_SETTINGS = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.max': '5000',
  'pg_stat_statements.track': 'top',
  'pg_stat_statements.track_planning': 'on',
};

export const STATEMENTS_SECTION = 'PostgreSQL statements per operation (event pipeline, --statements)';
const SHOWN = 30;

interface StatementTotals {
  query: string;
  calls: number;
  /** How many of the calls were planned: fewer than the calls for a prepared statement that kept its plan. */
  plans: number;
  rows: number;
  totalMs: number;
  planMs: number;
}

/**
 * PostgreSQL's own account of one run: `pg_stat_statements` (reset at the start) and the sessions opened, so a run
 * says which statements its time went to and how many backends were started for it.
 */
export interface StatementReading {
  stop(): Promise<{ statements: StatementTotals[]; sessions: number }>;
}

export async function startStatementReading(admin: pg.Client): Promise<StatementReading> {
  await admin.query('create extension if not exists pg_stat_statements');
  await admin.query('select pg_stat_statements_reset()');
  const sessions = async () =>
    Number((await admin.query<{ sessions: string }>('select sum(sessions) as sessions from pg_stat_database')).rows[0]?.sessions ?? 0);
  const sessionsBefore = await sessions();
  return {
    async stop() {
      const sessionsAfter = await sessions();
      const { rows } = await admin.query<{ query: string; calls: string; plans: string; rows: string; total_ms: number; plan_ms: number }>(
        `select query, calls, plans, rows, total_exec_time as total_ms, total_plan_time as plan_ms from pg_stat_statements
         order by total_exec_time + total_plan_time desc`,
      );
      return {
        statements: rows.map((row) => ({
          query: row.query,
          calls: Number(row.calls),
          plans: Number(row.plans),
          rows: Number(row.rows),
          totalMs: row.total_ms,
          planMs: row.plan_ms,
        })),
        sessions: sessionsAfter - sessionsBefore,
      };
    },
  };
}

/** One-line text of a statement: whitespace folded, long ones cut. */
export function statementText(query: string, length = 160): string {
  const folded = query.replace(/\s+/g, ' ').trim();
  return folded.length > length ? `${folded.slice(0, length - 1)}…` : folded;
}

/** The top statements of a run by planning and execution time, per operation: a row each, and one for all of them. */
export function statementRows(run: string, reading: Awaited<ReturnType<StatementReading['stop']>>, operations: number): Row[] {
  const perOperation = (value: number) => value / Math.max(1, operations);
  const all = reading.statements.reduce(
    (sum, s) => ({ calls: sum.calls + s.calls, totalMs: sum.totalMs + s.totalMs, planMs: sum.planMs + s.planMs }),
    { calls: 0, totalMs: 0, planMs: 0 },
  );
  const rows: Row[] = [
    {
      section: STATEMENTS_SECTION,
      case: `${run}: all statements`,
      unit: 'ms',
      median: round(perOperation(all.totalMs + all.planMs), 3),
      detail:
        `${round(perOperation(all.calls), 2)} statements per operation, ${reading.statements.length} distinct; ` +
        `of the time, planning ${round(perOperation(all.planMs), 3)} ms; ` +
        `${reading.sessions} sessions opened during the run`,
    },
  ];
  for (const s of reading.statements.slice(0, SHOWN)) {
    rows.push({
      section: STATEMENTS_SECTION,
      case: `${run}: ${statementText(s.query)}`,
      unit: 'ms',
      median: round(perOperation(s.totalMs + s.planMs), 3),
      detail:
        `${round(perOperation(s.calls), 2)} calls per operation, ${round((s.totalMs + s.planMs) / Math.max(1, s.calls), 3)} ms a call ` +
        `(planning ${round(s.planMs / Math.max(1, s.calls), 3)}; planned ${round(s.plans / Math.max(1, s.calls), 2)} a call), ` +
        `${round(s.rows / Math.max(1, s.calls), 1)} rows a call`,
    });
  }
  return rows;
}

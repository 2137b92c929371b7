import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';

/** One figure of the report: a median and p99 over repeated runs, and (for speed) a ratio to its baseline. */
export interface Row {
  section: string;
  case: string;
  unit: string;
  median: number;
  /** p99 of the samples, when the figure is a distribution (latencies); absent for one value per run. */
  p99?: number;
  /** Further context: req/s, errors, how many samples, what kept up. */
  detail?: string;
  baseline?: { name: string; median: number };
  /** The figure divided by its baseline's (for req/s: higher is better; for latency: lower is). */
  ratio?: number;
  target?: Target;
}

/** One of the targets the figures are held against; `gap` is how far off: 1 at the limit, above 1 a miss. */
export interface Target {
  name: string;
  text: string;
  met: boolean;
  gap: number;
}

/** A target the figure must stay under (latency, memory, start time). */
export function below(name: string, actual: number, limit: number, unit: string): Target {
  return { name, text: `< ${limit} ${unit}`, met: actual < limit, gap: round(actual / limit, 2) };
}

/** A target the figure may reach but not pass (the "≤ 2× pgbench p99", "≤ 1.5 ms"). */
export function atMost(name: string, actual: number, limit: number, unit: string): Target {
  return { name, text: `≤ ${limit} ${unit}`, met: actual <= limit, gap: round(actual / limit, 2) };
}

/** A target the figure must reach (a throughput ratio). */
export function atLeast(name: string, actual: number, limit: number): Target {
  return { name, text: `≥ ${limit}`, met: actual >= limit, gap: round(actual > 0 ? limit / actual : Number.POSITIVE_INFINITY, 2) };
}

export interface Report {
  startedAt: string;
  mode: string;
  options: Record<string, unknown>;
  machine: Record<string, string>;
  rows: Row[];
  /** Free text per section: profiles, EXPLAIN plans, what a figure means. */
  notes: Record<string, string[]>;
  durationSeconds?: number;
}

/** Nearest-rank percentile of unsorted samples (q in 0..1). */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/** A figure's ratio to its baseline, rounded for the report. */
export function ratioOf(value: number, baseline: number): number | undefined {
  return Number.isFinite(value) && Number.isFinite(baseline) && baseline !== 0 ? round(value / baseline, 2) : undefined;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function tryCommand(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return 'not found';
  }
}

/** What the figures were measured on: they only compare within one run on one machine. */
export function describeMachine(extra: Record<string, string> = {}): Record<string, string> {
  const cpu = cpus();
  return {
    cpu: `${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: tryCommand('uname', ['-sr']),
    node: process.version,
    ...extra,
  };
}

const format = (value: number | undefined, unit = ''): string =>
  value === undefined || Number.isNaN(value) ? '–' : `${value >= 100 ? Math.round(value) : round(value, value >= 10 ? 1 : 2)}${unit}`;

/** Marks a case (or target) one of the two runs compared did not have; "–" is a figure a run had no value for. */
const NOT_IN_RUN = '—';

function figureCells(row: Row) {
  return {
    case: row.case,
    median: `${format(row.median)} ${row.unit}`,
    p99: row.p99 === undefined ? '–' : `${format(row.p99)} ${row.unit}`,
    baseline: row.baseline ? `${row.baseline.name}: ${format(row.baseline.median)}` : '–',
    ratio: row.ratio === undefined ? '–' : `${row.ratio}`,
    target: row.target ? `${row.target.met ? 'met' : 'MISSED'} (${row.target.text})` : '',
    detail: row.detail ?? '',
  };
}

function rowCells(row: Row): string[] {
  const cells = figureCells(row);
  return [cells.case, cells.median, cells.p99, cells.baseline, cells.ratio, cells.target, cells.detail];
}

const HEADER = ['case', 'median', 'p99', 'baseline (median)', 'ratio', 'target', 'detail'];
const HEADER_BESIDE_PREVIOUS = [
  'case',
  'median',
  'previous median',
  'p99',
  'previous p99',
  'baseline (median)',
  'ratio',
  'previous ratio',
  'target',
  'detail',
];

/** One case of this run beside the same case of the previous one; either may be missing (a new or a dropped case). */
function cellsBesidePrevious(row: Row | undefined, before: Row | undefined): string[] {
  const now = row && figureCells(row);
  const then = before && figureCells(before);
  return [
    now?.case ?? then?.case ?? '',
    now?.median ?? NOT_IN_RUN,
    then?.median ?? NOT_IN_RUN,
    now?.p99 ?? NOT_IN_RUN,
    then?.p99 ?? NOT_IN_RUN,
    now?.baseline ?? NOT_IN_RUN,
    now?.ratio ?? NOT_IN_RUN,
    then?.ratio ?? NOT_IN_RUN,
    now?.target ?? '',
    now?.detail ?? 'not measured in this run',
  ];
}

/** The table for the terminal: one block per section. */
export function printRows(rows: Row[]): void {
  for (const section of [...new Set(rows.map((r) => r.section))]) {
    console.log(`\n${section}`);
    const table = [HEADER, ...rows.filter((r) => r.section === section).map(rowCells)];
    const widths = HEADER.map((_, i) => Math.min(60, Math.max(...table.map((cells) => (cells[i] ?? '').length))));
    for (const cells of table) console.log(`  ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ')}`);
  }
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|');
const tableLine = (cells: string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
/** A figure is the same case in two runs when its section and case read the same. */
const caseKey = (row: Row) => `${row.section}\n${row.case}`;

/** The run published before, and a Markdown link to its whole report. */
export interface PreviousRun {
  report: Report;
  link: string;
}

/**
 * The report in Markdown. Beside a previous run, every row carries that run's median, p99 and ratio beside its own,
 * the previous run's cases this one did not measure follow their section's rows, and the targets sit side by side.
 */
export function toMarkdown(report: Report, intro: string, beside?: PreviousRun): string {
  const previous = beside?.report;
  const lines = [intro.trim(), '', `Run of ${report.startedAt}, mode **${report.mode}**, ${round(report.durationSeconds ?? 0, 0)} s.`, ''];
  if (beside) {
    const { startedAt, mode, durationSeconds } = beside.report;
    lines.push(
      `Beside it, the previous published run: ${startedAt}, mode **${mode}**, ${round(durationSeconds ?? 0, 0)} s ` +
        `(its whole report: ${beside.link}). "${NOT_IN_RUN}" marks a case or target one of the two runs did not have.`,
      '',
    );
  }
  lines.push(...machineTable(report.machine, previous?.machine), '');
  lines.push(`Options: \`${JSON.stringify(report.options)}\``, '');
  if (previous) lines.push(`Previous run's options: \`${JSON.stringify(previous.options)}\``, '');
  lines.push(...targetSummary(report.rows, previous?.rows));
  const before = new Map((previous?.rows ?? []).map((row) => [caseKey(row), row]));
  const measured = new Set(report.rows.map(caseKey));
  const dropped = (previous?.rows ?? []).filter((row) => !measured.has(caseKey(row)));
  const sections = new Set([...report.rows.map((r) => r.section), ...Object.keys(report.notes), ...dropped.map((r) => r.section)]);
  for (const section of sections) {
    lines.push(`## ${section}`, '');
    const rows = report.rows.filter((r) => r.section === section);
    const droppedHere = dropped.filter((r) => r.section === section);
    if (previous && rows.length + droppedHere.length > 0) {
      lines.push(tableLine(HEADER_BESIDE_PREVIOUS), `|${HEADER_BESIDE_PREVIOUS.map(() => '---').join('|')}|`);
      for (const row of rows) lines.push(tableLine(cellsBesidePrevious(row, before.get(caseKey(row)))));
      for (const row of droppedHere) lines.push(tableLine(cellsBesidePrevious(undefined, row)));
    } else if (rows.length > 0) {
      lines.push(tableLine(HEADER), `|${HEADER.map(() => '---').join('|')}|`);
      for (const row of rows) lines.push(tableLine(rowCells(row)));
    }
    lines.push('');
    for (const note of report.notes[section] ?? []) lines.push(note, '');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** What each run was measured on: figures of two runs compare only as far as their machines do. */
function machineTable(machine: Record<string, string>, previousMachine?: Record<string, string>): string[] {
  if (!previousMachine) return ['| machine | |', '|---|---|', ...Object.entries(machine).map(([k, v]) => tableLine([k, v]))];
  const keys = [...new Set([...Object.keys(machine), ...Object.keys(previousMachine)])];
  return [
    '| machine | | previous run |',
    '|---|---|---|',
    ...keys.map((k) => tableLine([k, machine[k] ?? NOT_IN_RUN, previousMachine[k] ?? NOT_IN_RUN])),
  ];
}

interface TargetStanding {
  /** The target as the furthest case states it (name and limit). */
  label: string;
  text: string;
  metIn: string;
  furthestCase: string;
  gap: number;
}

/** Per target name: in how many cases it was met, and the case furthest from it. */
function targetStandings(rows: Row[]): Map<string, TargetStanding> {
  const byName = new Map<string, Row[]>();
  for (const row of rows) if (row.target) byName.set(row.target.name, [...(byName.get(row.target.name) ?? []), row]);
  const standings = new Map<string, TargetStanding>();
  for (const [name, group] of byName) {
    const worst = group.reduce((a, b) => ((b.target?.gap ?? 0) > (a.target?.gap ?? 0) ? b : a));
    const text = worst.target?.text ?? '';
    const met = group.filter((r) => r.target?.met).length;
    standings.set(name, {
      label: `${name} ${text}`,
      text,
      metIn: `${met} of ${group.length}`,
      furthestCase: worst.case,
      gap: worst.target?.gap ?? 0,
    });
  }
  return standings;
}

/** The Targets table; with the previous run's rows, its "met in" and gap beside this run's, matched by target name. */
function targetSummary(rows: Row[], previousRows?: Row[]): string[] {
  const now = targetStandings(rows);
  const then = previousRows && targetStandings(previousRows);
  if (now.size === 0 && !then?.size) return [];
  const lines = then
    ? [
        '## Targets',
        '',
        '| target | met in | furthest case | gap (×) | previous: met in | previous: gap (×) |',
        '|---|---|---|---|---|---|',
      ]
    : ['## Targets', '', '| target | met in | furthest case | gap (×) |', '|---|---|---|---|'];
  for (const [name, standing] of now) {
    const cells = [standing.label, standing.metIn, standing.furthestCase, `${standing.gap}`];
    if (then) {
      const earlier = then.get(name);
      // The same target held to another limit then: say which, so the two gaps are not read as one scale.
      const limitThen = earlier && earlier.text !== standing.text ? ` (${earlier.text})` : '';
      cells.push(earlier ? `${earlier.metIn}${limitThen}` : NOT_IN_RUN, earlier ? `${earlier.gap}` : NOT_IN_RUN);
    }
    lines.push(tableLine(cells));
  }
  for (const [name, earlier] of then ?? []) {
    if (!now.has(name)) lines.push(tableLine([earlier.label, NOT_IN_RUN, NOT_IN_RUN, NOT_IN_RUN, earlier.metIn, `${earlier.gap}`]));
  }
  return [...lines, '', 'Gap: the figure over its limit (or the limit over the figure, for "at least" targets); above 1 is a miss.', ''];
}

/** A run's report: its figures as JSON and its tables in Markdown. */
export function writeReport(report: Report, files: { json: string; markdown: string }, intro: string): void {
  for (const file of Object.values(files)) mkdirSync(dirname(file), { recursive: true });
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files.markdown, toMarkdown(report, intro));
}

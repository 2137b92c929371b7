import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

function rowCells(row: Row): string[] {
  return [
    row.case,
    `${format(row.median)} ${row.unit}`,
    row.p99 === undefined ? '–' : `${format(row.p99)} ${row.unit}`,
    row.baseline ? `${row.baseline.name}: ${format(row.baseline.median)}` : '–',
    row.ratio === undefined ? '–' : `${row.ratio}`,
    row.target ? `${row.target.met ? 'met' : 'MISSED'} (${row.target.text})` : '',
    row.detail ?? '',
  ];
}

const HEADER = ['case', 'median', 'p99', 'baseline (median)', 'ratio', 'target', 'detail'];

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

export function toMarkdown(report: Report, intro: string): string {
  const lines = [intro.trim(), '', `Run of ${report.startedAt}, mode **${report.mode}**, ${round(report.durationSeconds ?? 0, 0)} s.`, ''];
  lines.push('| machine | |', '|---|---|', ...Object.entries(report.machine).map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), '');
  lines.push(`Options: \`${JSON.stringify(report.options)}\``, '');
  lines.push(...targetSummary(report.rows));
  for (const section of [...new Set([...report.rows.map((r) => r.section), ...Object.keys(report.notes)])]) {
    lines.push(`## ${section}`, '');
    const rows = report.rows.filter((r) => r.section === section);
    if (rows.length > 0) lines.push(`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`);
    for (const row of rows) lines.push(`| ${rowCells(row).map(escapeCell).join(' | ')} |`);
    lines.push('');
    for (const note of report.notes[section] ?? []) lines.push(note, '');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** Per target: in how many cases it was met, and the case furthest from it. */
function targetSummary(rows: Row[]): string[] {
  const byName = new Map<string, Row[]>();
  for (const row of rows) if (row.target) byName.set(row.target.name, [...(byName.get(row.target.name) ?? []), row]);
  if (byName.size === 0) return [];
  const lines = ['## Targets', '', '| target | met in | furthest case | gap (×) |', '|---|---|---|---|'];
  for (const [name, group] of byName) {
    const worst = group.reduce((a, b) => ((b.target?.gap ?? 0) > (a.target?.gap ?? 0) ? b : a));
    const met = group.filter((r) => r.target?.met).length;
    lines.push(
      `| ${escapeCell(`${name} ${worst.target?.text}`)} | ${met} of ${group.length} | ${escapeCell(worst.case)} | ${worst.target?.gap} |`,
    );
  }
  return [...lines, '', 'Gap: the figure over its limit (or the limit over the figure, for "at least" targets); above 1 is a miss.', ''];
}

/** Marks where the hand-written findings start in a published report; what follows it survives regeneration. */
export const FINDINGS_MARKER = '<!-- Findings: written from the profiles of a full run; kept when the report is regenerated. -->';

export function writeReport(report: Report, files: { json: string; markdown: string }, intro: string): void {
  for (const file of Object.values(files)) mkdirSync(dirname(file), { recursive: true });
  const previous = existsSync(files.markdown) ? readFileSync(files.markdown, 'utf8') : '';
  const findings = previous.includes(FINDINGS_MARKER) ? `\n${previous.slice(previous.indexOf(FINDINGS_MARKER))}` : '';
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files.markdown, toMarkdown(report, intro) + findings);
}

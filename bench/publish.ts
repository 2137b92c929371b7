/**
 * Publishing a run (`npm run bench -- --full --publish`): docs/benchmarks.md shows it beside the run published before
 * it, whose figures come from the JSON the previous publish wrote next to the report.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { type Report, toMarkdown } from './report.ts';

/** Marks where the hand-written findings start in a published report; what follows it survives regeneration. */
export const FINDINGS_MARKER = '<!-- Findings: written from the profiles of a full run; kept when the report is regenerated. -->';

/**
 * A published run's figures, as `publishReport` wrote them. JSON has no NaN or Infinity and writes them as null: a
 * figure without samples (NaN) and the gap to a throughput of 0 (Infinity) come back as they were.
 */
export function readPublishedReport(file: string): Report {
  const report = JSON.parse(readFileSync(file, 'utf8'), (key, value) => {
    if (value !== null) return value;
    if (key === 'median' || key === 'p99') return Number.NaN;
    return key === 'gap' ? Number.POSITIVE_INFINITY : value;
  }) as Report;
  if (typeof report.startedAt !== 'string' || !Array.isArray(report.rows) || typeof report.notes !== 'object') {
    throw new Error(`${file} is not a published benchmark report`);
  }
  return report;
}

/** What `--publish` writes: the report, its figures (the next publish's previous run) and the previous run's report. */
export interface PublishedFiles {
  markdown: string;
  json: string;
  previousMarkdown: string;
}

/**
 * Publishes a run beside the one published before it (read from `files.json`), whose whole report moves to
 * `files.previousMarkdown`; the hand-written part after FINDINGS_MARKER is kept.
 */
export function publishReport(report: Report, files: PublishedFiles, intro: string): void {
  for (const file of Object.values(files)) mkdirSync(dirname(file), { recursive: true });
  const previous = existsSync(files.json) ? readPublishedReport(files.json) : undefined;
  const published = existsSync(files.markdown) ? readFileSync(files.markdown, 'utf8') : '';
  const findings = published.includes(FINDINGS_MARKER) ? `\n${published.slice(published.indexOf(FINDINGS_MARKER))}` : '';
  const link = (from: string, to: string) => `[${basename(to)}](${relative(dirname(from), to)})`;
  if (previous) {
    const previousIntro = `# Benchmarks: the previous run

The run published before the one in ${link(files.previousMarkdown, files.markdown)}: its tables and notes as they were
published. The findings written about it are in the history of ${basename(files.markdown)}.`;
    writeFileSync(files.previousMarkdown, toMarkdown(previous, previousIntro));
  }
  const beside = previous && { report: previous, link: link(files.markdown, files.previousMarkdown) };
  writeFileSync(files.markdown, toMarkdown(report, intro, beside) + findings);
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
}

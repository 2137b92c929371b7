import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FINDINGS_MARKER, type PublishedFiles, publishReport, readPublishedReport } from './publish.ts';
import { atLeast, below, type Report, toMarkdown } from './report.ts';

const aRun = (startedAt: string, listMedian: number): Report => ({
  startedAt,
  mode: 'full',
  options: { tasks: 1_000_000 },
  machine: { cpu: 'x × 2' },
  rows: [
    {
      section: 'API',
      case: 'list · c1 · latency',
      unit: 'ms',
      median: listMedian,
      p99: 12,
      ratio: 4.2,
      target: below('list p50 at c1', listMedian, 1.5, 'ms'),
    },
    // No samples (every request timed out) and a throughput of 0: JSON writes NaN and Infinity as null.
    { section: 'API', case: 'search · c128 · latency', unit: 'ms', median: Number.NaN, p99: Number.NaN, detail: '0 requests' },
    { section: 'API', case: 'search · c128 · throughput', unit: 'req/s', median: 0, target: atLeast('API/raw', 0, 0.5) },
  ],
  notes: { API: ['<details><summary>plan</summary>\n\n```\nLimit\n```\n</details>'] },
  durationSeconds: 2126,
});

describe('publishing a run', () => {
  let dir: string;
  let files: PublishedFiles;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'doable-publish-'));
    files = {
      markdown: join(dir, 'benchmarks.md'),
      json: join(dir, 'benchmarks.json'),
      previousMarkdown: join(dir, 'benchmarks-previous.md'),
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back the figures it wrote, NaN and Infinity included', () => {
    const run = aRun('2026-11-26T03:13:46.302Z', 3.81);
    publishReport(run, files, '# Benchmarks');
    const read = readPublishedReport(files.json);
    expect(read).toEqual(run);
    expect(read.rows[1]?.median).toBeNaN();
    expect(read.rows[2]?.target?.gap).toBe(Number.POSITIVE_INFINITY);
    expect(toMarkdown(read, '# Benchmarks')).toBe(toMarkdown(run, '# Benchmarks'));
  });

  it('refuses a file that is not a published report', () => {
    writeFileSync(files.json, '{"rows": "none"}\n');
    expect(() => readPublishedReport(files.json)).toThrow('is not a published benchmark report');
  });

  it('publishes the first run alone, without a previous report', () => {
    publishReport(aRun('2026-11-26T03:13:46.302Z', 3.81), files, '# Benchmarks');
    expect(readFileSync(files.markdown, 'utf8')).not.toContain('previous');
    expect(existsSync(files.previousMarkdown)).toBe(false);
  });

  it('shows the next run beside it and moves its whole report to the previous file', () => {
    publishReport(aRun('2026-11-26T03:13:46.302Z', 3.81), files, '# Benchmarks');
    publishReport(aRun('2026-12-05T00:00:00.000Z', 1.2), files, '# Benchmarks');
    const published = readFileSync(files.markdown, 'utf8');
    expect(published).toContain('mode **full**, 2126 s (its whole report: [benchmarks-previous.md](benchmarks-previous.md)).');
    expect(published).toContain('| list · c1 · latency | 1.2 ms | 3.81 ms | 12 ms | 12 ms | – | 4.2 | 4.2 | met (< 1.5 ms) |  |');
    expect(published).toContain('| list p50 at c1 < 1.5 ms | 1 of 1 | list · c1 · latency | 0.8 | 0 of 1 | 2.54 |');
    const previous = readFileSync(files.previousMarkdown, 'utf8');
    expect(previous).toContain('# Benchmarks: the previous run');
    expect(previous).toContain('[benchmarks.md](benchmarks.md)');
    expect(previous).toContain('Run of 2026-11-26T03:13:46.302Z, mode **full**, 2126 s.');
    expect(previous).toContain('| list · c1 · latency | 3.81 ms | 12 ms | – | 4.2 | MISSED (< 1.5 ms) |  |');
    expect(previous).toContain('<details><summary>plan</summary>');
    // The figures file now holds the new run: the next publish sets itself beside this one.
    expect(readPublishedReport(files.json).startedAt).toBe('2026-12-05T00:00:00.000Z');
  });

  it('keeps the hand-written part after the findings marker and drops the old tables', () => {
    const handWritten = `${FINDINGS_MARKER}\n\n## Findings\n\nThe index is too wide.\n\n## Measurements between full runs\n\n### Search, 2026-12-04\n\n| case | before | after |\n|---|---|---|\n| "plumber" | 244 ms | 15 ms |\n`;
    writeFileSync(files.markdown, `# old figures\n\n| case | median |\n|---|---|\n| list | 66 ms |\n\n${handWritten}`);
    publishReport(aRun('2026-12-05T00:00:00.000Z', 1.2), files, '# new figures');
    const published = readFileSync(files.markdown, 'utf8');
    expect(published).not.toContain('# old figures');
    expect(published).not.toContain('| list | 66 ms |');
    expect(published.startsWith('# new figures')).toBe(true);
    expect(published.endsWith(`\n${handWritten}`)).toBe(true);
  });
});

describe('the published report in docs/', () => {
  const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));

  it('has its figures beside it: the run the report shows, for the next publish to set itself beside', () => {
    const figures = readPublishedReport(docs('benchmarks.json'));
    const published = readFileSync(docs('benchmarks.md'), 'utf8');
    expect(published).toContain(`\nRun of ${figures.startedAt}, mode **${figures.mode}**,`);
    expect(published).toContain(FINDINGS_MARKER);
  });
});

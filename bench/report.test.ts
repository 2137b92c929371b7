import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { below, FINDINGS_MARKER, percentile, type Report, ratioOf, toMarkdown, writeReport } from './report.ts';

describe('report figures', () => {
  it('takes nearest-rank percentiles of unsorted samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 0.5)).toBe(50);
    expect(percentile(samples, 0.99)).toBe(99);
    expect(percentile([7], 0.99)).toBe(7);
    expect(percentile([], 0.5)).toBeNaN();
  });

  it('gives no ratio against a missing or zero baseline', () => {
    expect(ratioOf(300, 600)).toBe(0.5);
    expect(ratioOf(1, 0)).toBeUndefined();
    expect(ratioOf(Number.NaN, 2)).toBeUndefined();
  });

  it('writes one table per section with targets marked', () => {
    const markdown = toMarkdown(
      {
        startedAt: '2026-11-26T00:00:00.000Z',
        mode: 'quick',
        options: {},
        machine: { cpu: 'x × 2' },
        rows: [
          { section: 'A', case: 'list | c32', unit: 'ms', median: 3.137, p99: 12, ratio: 2, target: below('list p99', 12, 15, 'ms') },
          { section: 'B', case: 'search', unit: 'ms', median: 250, p99: 300, target: below('search p99', 300, 20, 'ms') },
        ],
        notes: { B: ['why it is slow'] },
        durationSeconds: 10,
      },
      '# Benchmarks',
    );
    expect(markdown).toContain('## A');
    expect(markdown).toContain('| list \\| c32 | 3.14 ms | 12 ms | – | 2 | met (< 15 ms) |');
    expect(markdown).toContain('MISSED (< 20 ms)');
    expect(markdown.indexOf('why it is slow')).toBeGreaterThan(markdown.indexOf('## B'));
    // The summary names each target once, with the case furthest from it.
    expect(markdown).toContain('| search p99 < 20 ms | 0 of 1 | search | 15 |');
    expect(markdown).toContain('| list p99 < 15 ms | 1 of 1 | list \\| c32 | 0.8 |');
  });

  it('keeps the hand-written findings of a published report when it is written again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doable-report-'));
    try {
      const files = { json: join(dir, 'report.json'), markdown: join(dir, 'report.md') };
      writeFileSync(files.markdown, `# old figures\n\n${FINDINGS_MARKER}\n## Findings\nThe index is too wide.\n`);
      const report: Report = { startedAt: 'now', mode: 'full', options: {}, machine: {}, rows: [], notes: {}, durationSeconds: 1 };
      writeReport(report, files, '# new figures');
      const written = readFileSync(files.markdown, 'utf8');
      expect(written).not.toContain('# old figures');
      expect(written).toContain('# new figures');
      expect(written).toContain(`${FINDINGS_MARKER}\n## Findings\nThe index is too wide.`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { atLeast, atMost, below, percentile, type Report, type Row, ratioOf, toMarkdown } from './report.ts';

const aReport = (rows: Row[], startedAt = '2026-12-05T00:00:00.000Z'): Report => ({
  startedAt,
  mode: 'full',
  options: {},
  machine: { cpu: 'x × 2' },
  rows,
  notes: {},
  durationSeconds: 10,
});

const aListRow = (row: Partial<Row> = {}): Row => ({
  section: 'API',
  case: 'list · c32 · latency',
  unit: 'ms',
  median: 66.3,
  p99: 128,
  baseline: { name: 'pgbench p50', median: 9.43 },
  ratio: 7.04,
  target: below('list p99 at c32', 128, 15, 'ms'),
  ...row,
});

/** The Markdown table line whose first cell is `name`. */
const lineOf = (markdown: string, name: string) => markdown.split('\n').find((line) => line.startsWith(`| ${name} |`));

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

  it('holds a figure at an "at most" limit as met and past it as a miss', () => {
    expect(atMost('p99 ÷ pgbench p99', 2, 2, '×')).toEqual({ name: 'p99 ÷ pgbench p99', text: '≤ 2 ×', met: true, gap: 1 });
    expect(atMost('list p50 at c1', 1.95, 1.5, 'ms')).toMatchObject({ met: false, gap: 1.3 });
    expect(below('search p99', 20, 20, 'ms').met).toBe(false);
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
});

describe('a report beside the previous run', () => {
  const previous = aReport(
    [
      aListRow(),
      aListRow({
        case: 'list · c32 · throughput',
        unit: 'req/s',
        median: 468,
        p99: undefined,
        ratio: 0.17,
        target: atLeast('lists at c32', 0.17, 0.5),
      }),
      aListRow({ case: 'search "plumber" · c1', median: 193, p99: 228, ratio: 0.98, target: below('search p99', 228, 20, 'ms') }),
      {
        section: 'Embedded (PGlite)',
        case: 'first start',
        unit: 'ms',
        median: 4465,
        p99: 5137,
        target: below('embedded start', 5137, 5000, 'ms'),
      },
    ],
    '2026-11-26T03:13:46.302Z',
  );
  const current = aReport([
    aListRow({ median: 9.8, p99: 14.2, ratio: 1.3, target: below('list p99 at c32', 14.2, 15, 'ms') }),
    aListRow({
      case: 'list · c32 · throughput',
      unit: 'req/s',
      median: 1510,
      p99: undefined,
      ratio: 0.55,
      target: atLeast('lists at c32', 0.55, 0.5),
    }),
    aListRow({
      case: 'search "plumber" · c128',
      median: Number.NaN,
      p99: Number.NaN,
      baseline: undefined,
      ratio: undefined,
      target: undefined,
    }),
    aListRow({ case: 'shared: one update → 50 sockets', median: 28.5, p99: 62.2, target: below('fan-out p99', 62.2, 100, 'ms') }),
  ]);
  const markdown = toMarkdown(current, '# Benchmarks', { report: previous, link: '[previous.md](previous.md)' });

  it('names the previous run and shows its median, p99 and ratio beside each case', () => {
    expect(markdown).toContain(
      'Beside it, the previous published run: 2026-11-26T03:13:46.302Z, mode **full**, 10 s (its whole report: [previous.md](previous.md)).',
    );
    expect(markdown).toContain(
      '| case | median | previous median | p99 | previous p99 | baseline (median) | ratio | previous ratio | target | detail |',
    );
    expect(lineOf(markdown, 'list · c32 · latency')).toBe(
      '| list · c32 · latency | 9.8 ms | 66.3 ms | 14.2 ms | 128 ms | pgbench p50: 9.43 | 1.3 | 7.04 | met (< 15 ms) |  |',
    );
    // A figure without a p99 stays "–" in both runs: no value, not a missing case.
    expect(lineOf(markdown, 'list · c32 · throughput')).toBe(
      '| list · c32 · throughput | 1510 req/s | 468 req/s | – | – | pgbench p50: 9.43 | 0.55 | 0.17 | met (≥ 0.5) |  |',
    );
  });

  it('sets the machines and options of the two runs side by side', () => {
    expect(markdown).toContain('| machine | | previous run |\n|---|---|---|\n| cpu | x × 2 | x × 2 |\n');
    expect(markdown).toContain("Previous run's options: `{}`");
  });

  it('marks a case the previous run did not have with "—"', () => {
    expect(lineOf(markdown, 'shared: one update → 50 sockets')).toBe(
      '| shared: one update → 50 sockets | 28.5 ms | — | 62.2 ms | — | pgbench p50: 9.43 | 7.04 | — | met (< 100 ms) |  |',
    );
    expect(lineOf(markdown, 'search "plumber" · c128')).toBe('| search "plumber" · c128 | – ms | — | – ms | — | – | – | — |  |  |');
  });

  it('keeps a case this run dropped in its section, and a whole dropped section after the others', () => {
    const dropped = '| search "plumber" · c1 | — | 193 ms | — | 228 ms | — | — | 0.98 |  | not measured in this run |';
    expect(lineOf(markdown, 'search "plumber" · c1')).toBe(dropped);
    expect(markdown.indexOf(dropped)).toBeGreaterThan(markdown.indexOf('| shared: one update → 50 sockets |'));
    expect(markdown.indexOf('## Embedded (PGlite)')).toBeGreaterThan(markdown.indexOf('## API'));
    expect(lineOf(markdown, 'first start')).toBe('| first start | — | 4465 ms | — | 5137 ms | — | — | – |  | not measured in this run |');
  });

  it('sets each target beside how the previous run stood against it', () => {
    expect(markdown).toContain('| target | met in | furthest case | gap (×) | previous: met in | previous: gap (×) |');
    expect(lineOf(markdown, 'list p99 at c32 < 15 ms')).toBe(
      '| list p99 at c32 < 15 ms | 1 of 1 | list · c32 · latency | 0.95 | 0 of 1 | 8.53 |',
    );
    expect(lineOf(markdown, 'lists at c32 ≥ 0.5')).toBe('| lists at c32 ≥ 0.5 | 1 of 1 | list · c32 · throughput | 0.91 | 0 of 1 | 2.94 |');
    expect(lineOf(markdown, 'fan-out p99 < 100 ms')).toBe(
      '| fan-out p99 < 100 ms | 1 of 1 | shared: one update → 50 sockets | 0.62 | — | — |',
    );
    expect(lineOf(markdown, 'search p99 < 20 ms')).toBe('| search p99 < 20 ms | — | — | — | 0 of 1 | 11.4 |');
    expect(lineOf(markdown, 'embedded start < 5000 ms')).toBe('| embedded start < 5000 ms | — | — | — | 0 of 1 | 1.03 |');
  });

  it('says when a target was held to another limit in the previous run', () => {
    const stricter = aReport([aListRow({ p99: 14.2, target: below('list p99 at c32', 14.2, 10, 'ms') })]);
    expect(
      lineOf(toMarkdown(stricter, '# Benchmarks', { report: previous, link: '[previous.md](previous.md)' }), 'list p99 at c32 < 10 ms'),
    ).toBe('| list p99 at c32 < 10 ms | 0 of 1 | list · c32 · latency | 1.42 | 0 of 1 (< 15 ms) | 8.53 |');
  });

  it('writes the plain tables when there is no previous run', () => {
    const alone = toMarkdown(current, '# Benchmarks');
    expect(alone).not.toContain('previous');
    expect(alone).not.toContain('—');
    expect(alone).toContain('| case | median | p99 | baseline (median) | ratio | target | detail |');
  });
});

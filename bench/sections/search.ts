import { dataSetOf } from '../data-set.ts';
import { addNote, type BenchContext } from '../options.ts';
import { below, percentile, ratioOf } from '../report.ts';
import { captureRequest } from '../sql-capture.ts';
import type { StackTarget } from '../stack-target.ts';

const SECTION = 'Search (SQL of GET /tasks?search=, run directly)';
/** A word in 1 title of 10, its prefix and a typo, two words, and a word in 1 title of 5,000 (see seed-data.ts). */
const QUERIES = { 'common word': 'plumber', prefix: 'plumb', typo: 'plumbr', 'two words': 'fix plumber', 'rare word': 'zebra' } as const;
/**
 * The indexes search relies on, dropped to measure what they are worth: trigrams on the project and the text
 * (migration 009), the project's tasks newest first, where a page of exact matches is looked for (migration 013), and
 * the project's matches newest first (migration 017).
 */
const SEARCH_INDEXES = [
  'tasks_project_title_trgm_idx',
  'tasks_project_description_trgm_idx',
  'tasks_project_id_idx',
  'tasks_project_newest_title_idx',
];

interface SearchCase {
  name: string;
  statement: string;
}

async function timeStatement(target: StackTarget, statement: string, runs: number): Promise<number[]> {
  await target.admin.query(statement);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await target.admin.query(statement);
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function runSearchBench(ctx: BenchContext, target: StackTarget): Promise<void> {
  const { heavy, light } = await dataSetOf(ctx, target);
  const { options } = ctx;
  const users = [
    { who: `heavy user (${options.heavyTasks.toLocaleString('en')} tasks)`, token: heavy.token },
    { who: `light user (~${Math.round(options.tasks / options.users)} tasks)`, token: (light[0] as { token: string }).token },
  ];
  const cases: SearchCase[] = [];
  for (const { who, token } of users) {
    for (const [kind, text] of Object.entries(QUERIES)) {
      const statements = await captureRequest(target, () => ({
        method: 'GET',
        path: `/api/v1/tasks?search=${encodeURIComponent(text)}&limit=50`,
        headers: { authorization: `Bearer ${token}` },
      }));
      // The list query itself: the one statement that carries the search text.
      const statement = statements.find((s) => s.includes(`'${text}'`) && /backend"?\."?tasks/.test(s));
      if (!statement) throw new Error(`no search statement among ${statements.length} captured for "${text}"`);
      cases.push({ name: `${kind} "${text}", ${who}`, statement });
    }
  }
  const withIndex = new Map<string, number[]>();
  for (const c of cases) withIndex.set(c.name, await timeStatement(target, c.statement, options.mode === 'full' ? 100 : 30));
  const slowest = cases.reduce((a, b) =>
    percentile(withIndex.get(a.name) ?? [], 0.5) >= percentile(withIndex.get(b.name) ?? [], 0.5) ? a : b,
  );
  const plan = await target.admin.query(`explain (analyze, buffers) ${slowest.statement}`);
  addNote(
    ctx,
    SECTION,
    `<details><summary>EXPLAIN ANALYZE of the slowest case with the index: ${slowest.name}</summary>\n\n\`\`\`\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n\`\`\`\n</details>`,
  );

  ctx.log('  dropping the search indexes to measure without them…');
  for (const index of SEARCH_INDEXES) await target.admin.query(`drop index if exists backend.${index}`);
  for (const c of cases) {
    const indexed = withIndex.get(c.name) ?? [];
    const scanned = await timeStatement(target, c.statement, options.mode === 'full' ? 10 : 5);
    const speedup = ratioOf(percentile(indexed, 0.5), percentile(scanned, 0.5));
    const p99 = percentile(indexed, 0.99);
    ctx.rows.push({
      section: SECTION,
      case: c.name,
      unit: 'ms',
      median: percentile(indexed, 0.5),
      p99,
      detail: `${indexed.length} runs with the index; without: p99 ${Math.round(percentile(scanned, 0.99))} ms over ${scanned.length} runs`,
      baseline: { name: 'no search index (median)', median: percentile(scanned, 0.5) },
      ...(speedup === undefined ? {} : { ratio: speedup }),
      target: below(`search p99 at ${options.tasks.toLocaleString('en')} rows (SQL)`, p99, 20, 'ms'),
    });
  }
  addNote(
    ctx,
    SECTION,
    'The ratio is the time with the search indexes (trigram GIN, and the project newest first) over the time without them: below 1, they earn their place.',
  );
}

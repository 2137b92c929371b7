/**
 * Which index serves task search? Measures the API's search query (ILIKE + word similarity, trigram GIN) against
 * no search index and against a full-text (tsvector GIN) alternative, on one user's 100,000 tasks, on PostgreSQL
 * and PGlite. Prints medians and p99 in ms, and ratios measured side by side in this run.
 *
 *   node apps/todo-backend/bench/search-index.bench.ts [--tasks 100000] [--runs 40]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listTasksQuerySchema } from '@doable/contracts';
import { openDatabase } from '@doable/db';
import { startPostgres } from '@doable/stack';
import { type Kysely, sql } from 'kysely';
import { migrateBackend } from '../src/backend.ts';
import { BACKEND_SCHEMA } from '../src/database/schema.ts';
import { taskRepository } from '../src/tasks/task-repository.ts';

const { values } = parseArgs({ options: { tasks: { type: 'string', default: '100000' }, runs: { type: 'string', default: '40' } } });
const TASKS = Number(values.tasks);
const RUNS = Number(values.runs);
const USER = 'bench-user';
const QUERIES = { keyword: 'plumber', prefix: 'plumb', typo: 'plumbr', rare: 'zebra' } as const;

async function seed(db: Kysely<any>): Promise<void> {
  await sql`insert into backend."user" (id, name, email, "emailVerified") values (${USER}, 'Bench', 'bench@example.test', true)`.execute(
    db,
  );
  // Deterministic titles from word lists; "zebra" is rare (1 in 5,000).
  await sql`
    insert into backend.tasks (user_id, title, description, priority, tags, due_date)
    select ${USER},
      (array['Buy','Call','Fix','Plan','Write','Review','Clean','Book','Pay','Email'])[1 + i % 10] || ' ' ||
      (array['milk','plumber','report','sprint','garage','dentist','taxes','invoice','flowers','car'])[1 + (i / 10) % 10] || ' ' ||
      case when i % 5000 = 0 then 'zebra' else (array['today','soon','later','asap','weekly'])[1 + (i / 100) % 5] end || ' #' || i,
      'note ' || md5(i::text),
      (array['high','medium','low'])[1 + i % 3],
      array[(array['work','home','errands','urgent'])[1 + i % 4]],
      timestamptz '2030-01-01' + (i % 365) * interval '1 day'
    from generate_series(1, ${TASKS}) as i`.execute(db);
  await sql`analyze backend.tasks`.execute(db);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p99: at(0.99) };
}

async function time(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const apiSearch = (db: Kysely<any>, search: string) =>
  taskRepository.list(db.withSchema(BACKEND_SCHEMA), {
    userId: USER,
    query: listTasksQuerySchema.parse({ search }),
    sort: 'relevance',
    order: 'desc',
    after: undefined,
    now: new Date(),
  });

const ftsSearch = (db: Kysely<any>, search: string) =>
  sql`select id, title from backend.tasks
      where user_id = ${USER} and to_tsvector('simple', title || ' ' || description) @@ plainto_tsquery('simple', ${search})
      order by ts_rank(to_tsvector('simple', title || ' ' || description), plainto_tsquery('simple', ${search})) desc, id desc
      limit 51`.execute(db);

async function measure(kind: 'postgres' | 'pglite', db: Kysely<any>) {
  const rows: Record<string, string | number>[] = [];
  const variants: [string, (q: string) => Promise<unknown>, () => Promise<void>][] = [
    ['trigram GIN (chosen)', (q) => apiSearch(db, q), async () => {}],
    [
      'full-text GIN',
      (q) => ftsSearch(db, q),
      async () => {
        await sql`create index tasks_fts_idx on backend.tasks using gin (to_tsvector('simple', title || ' ' || description))`.execute(db);
      },
    ],
    [
      'no search index',
      (q) => apiSearch(db, q),
      async () => {
        await sql`drop index backend.tasks_fts_idx; drop index backend.tasks_title_trgm_idx; drop index backend.tasks_description_trgm_idx`.execute(
          db,
        );
      },
    ],
  ];
  for (const [variant, run, prepare] of variants) {
    await prepare();
    for (const [name, query] of Object.entries(QUERIES)) {
      const result = (await run(query)) as { rows?: unknown[] } | unknown[];
      const found = Array.isArray(result) ? result.length : (result.rows?.length ?? 0);
      const { median, p99 } = stats(await time(() => run(query)));
      rows.push({ storage: kind, variant, query: `${name} "${query}"`, found, median_ms: +median.toFixed(2), p99_ms: +p99.toFixed(2) });
    }
  }
  const chosen = rows.filter((row) => row.variant === 'trigram GIN (chosen)');
  for (const row of rows) {
    const base = chosen.find((c) => c.query === row.query);
    row.vs_chosen = base ? +(Number(row.median_ms) / Number(base.median_ms)).toFixed(2) : '';
  }
  console.table(rows);
}

for (const kind of ['postgres', 'pglite'] as const) {
  const dir = mkdtempSync(join(tmpdir(), 'doable-bench-'));
  const postgres = kind === 'postgres' ? await startPostgresForBench(dir) : undefined;
  const database = await openDatabase(postgres ? { kind: 'postgres', url: postgres.url } : { kind: 'pglite', dataDir: undefined });
  try {
    await migrateBackend(database.db);
    const started = performance.now();
    await seed(database.db);
    console.log(`${kind}: ${TASKS} tasks seeded in ${((performance.now() - started) / 1000).toFixed(1)} s; ${RUNS} runs per query`);
    await measure(kind, database.db);
  } finally {
    await database.close();
    await postgres?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startPostgresForBench(dir: string) {
  const { chmodSync } = await import('node:fs');
  chmodSync(dir, 0o755);
  return startPostgres({ dataDir: join(dir, 'pg'), port: 25432 });
}

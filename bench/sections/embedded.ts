import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EMBEDDED_POOL_SIZE } from '@doable/db';
import { createApiClient, freePort, signUp } from '@doable/test-kit';
import pg from 'pg';
import { buildServerIfStale } from '../../apps/doable/scripts/build-server-if-stale.ts';
import { profileNote } from '../cpu-profile.ts';
import { type HttpRequestSpec, httpLoad, type LoadResult, summarizeRuns } from '../load.ts';
import { addNote, type BenchContext } from '../options.ts';
import { type TreeMemory, treeMemory } from '../process-tree.ts';
import { atLeast, below, median, percentile, ratioOf, round } from '../report.ts';
import { captureStatementLog, parseStatementLog, statementsOfRequest } from '../sql-capture.ts';
import { awaitSettledStatistics, type TableStatistics } from '../table-statistics.ts';

const SECTION = 'Embedded mode (npm start: one Node process and its database)';
/** What `npm start` runs after `node`: its flags and entry, read from package.json so that the figures are its own. */
const START_ARGS = startArgs();
/** The smallest Node HTTP server: what starting any Node service costs on this machine. */
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

function startArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { scripts: { start: string } };
  const [node, ...args] = scripts.start.split(/\s+/);
  if (node !== 'node' || args.length === 0) throw new Error(`npm start is not "node <flags> <entry>": ${scripts.start}`);
  return args.map((arg) => (arg.startsWith('-') ? arg : resolve(arg)));
}

interface Started {
  child: ChildProcess;
  origin: string;
  /** Spawn to the first 200 of `readyPath`. */
  startMs: number;
}

async function startUntilReady(args: string[], env: NodeJS.ProcessEnv, readyPath: string): Promise<Started> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), PUBLIC_URL: origin },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}: ${stderr}`);
    const ok = await fetch(`${origin}${readyPath}`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return { child, origin, startMs: performance.now() - started };
    if (performance.now() - started > 60_000) throw new Error(`no answer from ${origin}${readyPath} in 60 s: ${stderr}`);
    await sleep(5);
  }
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * `npm start`'s process on a fresh data folder (the first start: initdb, migrations, auth secret), then again on the
 * folder it left (a restart), each beside a bare Node server's start. A fresh clone's very first start also finds
 * Node's compile cache and the PostgreSQL cluster template empty (here: empty folders in `NODE_COMPILE_CACHE` and
 * `XDG_CACHE_HOME`); any later first start, on a new data folder, finds them filled by an earlier start of the same
 * code (the user's cache folder, as `npm start` uses it).
 */
async function measureColdStart(ctx: BenchContext): Promise<void> {
  const cold = { ms: [] as number[], memory: [] as TreeMemory[] };
  const first = { ms: [] as number[], memory: [] as TreeMemory[] };
  const restart = { ms: [] as number[], memory: [] as TreeMemory[] };
  const bare: number[] = [];
  const startOnce = async (env: NodeJS.ProcessEnv, into: { ms: number[]; memory: TreeMemory[] }) => {
    const started = await startUntilReady(START_ARGS, env, '/healthz');
    into.ms.push(started.startMs);
    await sleep(2_000);
    into.memory.push(treeMemory(started.child.pid as number) ?? { rss: Number.NaN, pss: Number.NaN, processes: 0 });
    await stop(started.child);
  };
  for (let run = 0; run < ctx.options.runs; run++) {
    const scratch = mkdtempSync(join(tmpdir(), 'doable-bench-embedded-'));
    try {
      const emptyCaches = { NODE_COMPILE_CACHE: join(scratch, 'compile-cache'), XDG_CACHE_HOME: join(scratch, 'cache') };
      await startOnce({ DOABLE_DATA_DIR: join(scratch, 'clone'), ...emptyCaches }, cold);
      await startOnce({ DOABLE_DATA_DIR: join(scratch, 'data') }, first);
      await startOnce({ DOABLE_DATA_DIR: join(scratch, 'data') }, restart);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    const baseline = await startUntilReady(['-e', BARE_SERVER], {}, '/');
    bare.push(baseline.startMs);
    await stop(baseline.child);
  }
  for (const [name, figures, idleTarget] of [
    ['very first start (fresh data folder, empty compile cache)', cold, 200],
    ['first start (fresh data folder)', first, 200],
    ['restart (existing data folder)', restart, 150],
  ] as const) {
    const ratio = ratioOf(median(figures.ms), median(bare));
    ctx.rows.push({
      section: SECTION,
      case: `${name}: spawn to first answer`,
      unit: 'ms',
      median: median(figures.ms),
      p99: percentile(figures.ms, 0.99),
      detail: `${figures.ms.length} starts`,
      baseline: { name: 'bare Node HTTP server', median: median(bare) },
      ...(ratio === undefined ? {} : { ratio }),
      target: below('embedded start', percentile(figures.ms, 0.99), 2_500, 'ms'),
    });
    const rss = figures.memory.map((m) => m.rss);
    ctx.rows.push({
      section: SECTION,
      case: `${name}: resident memory of the process tree, idle 2 s after`,
      unit: 'MiB',
      median: median(rss),
      p99: percentile(rss, 0.99),
      detail: memoryDetail(figures.memory),
      target: below('embedded memory idle (process tree, RSS summed)', percentile(rss, 0.99), idleTarget, 'MiB'),
    });
  }
}

/** What a sum of RSS counts twice (shared buffers), and how many processes the tree has. */
function memoryDetail(samples: TreeMemory[]): string {
  const processes = Math.max(...samples.map((m) => m.processes));
  return `PSS ${median(samples.map((m) => m.pss))} MiB; ${processes} process${processes === 1 ? '' : 'es'}`;
}

async function seedThroughApi(origin: string, token: string, count: number): Promise<number> {
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const res = await fetch(`${origin}/api/v1/tasks`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: `Task ${i}`,
          priority: ['high', 'medium', 'low'][i % 3],
          tags: [['work', 'home', 'errands'][i % 3]],
        }),
      });
      if (res.status !== 201) throw new Error(`seeding task ${i}: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return count / ((performance.now() - started) / 1000);
}

/**
 * Waits until the backend's outbox has delivered every event (each created task's, to the audit, recurring, reminder
 * and live update consumers), so that the loads after it measure requests rather than requests beside that backlog:
 * the statements run directly are measured on a quiet server too. Returns how many events were still to deliver and
 * how long they took; undefined when the data folder has no such server (PGlite).
 */
async function drainOutbox(dataDir: string): Promise<{ events: number; seconds: number } | undefined> {
  const host = join(dataDir, 'postgres');
  if (!existsSync(join(host, 'PG_VERSION'))) return undefined;
  const client = new pg.Client({ host, port: 5432, user: 'doable', database: 'doable' });
  await client.connect();
  const pending = async () =>
    Number((await client.query<{ n: string }>('select count(*) as n from backend.outbox where delivered_at is null')).rows[0]?.n);
  try {
    const started = performance.now();
    const events = await pending();
    while ((await pending()) > 0) {
      if (performance.now() - started > 600_000) throw new Error('the outbox did not drain in 10 minutes');
      await sleep(100);
    }
    return { events, seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

/**
 * Waits until the tasks table's statistics are settled: autovacuum has analyzed it, and will not again for the rows
 * made after that (`statisticsSettled`), so that the loads after it, the app's and the statement's alone, run on one
 * plan, the one the server keeps. Without statistics the planner takes the seeded user's project for a few rows,
 * reads all of its tasks and sorts them for the newest 51 (~7 ms at 10,000 tasks) instead of reading 51 from the
 * (project_id, created_at, id) index (~1 ms). A wait for any ANALYZE was not enough: one during the seeding left
 * enough changes behind for autovacuum to analyze again, once a minute, perhaps amid the loads. Undefined without
 * such a server (PGlite).
 */
async function awaitTaskStatistics(dataDir: string): Promise<{ seconds: number; statistics: TableStatistics } | undefined> {
  if (!existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) return undefined;
  const client = new pg.Client(connectionOf(dataDir));
  await client.connect();
  try {
    return await awaitSettledStatistics(client, 'backend.tasks', 600_000);
  } finally {
    await client.end();
  }
}

/** The list's read among the request's statements: the one the plan is about. */
const listRead = (statements: string[]) => statements.findLast((s) => /^select\b/i.test(s) && s.includes('backend.tasks'));

/**
 * EXPLAIN of the list's read from a new connection, as each run's are (the app's pool closes an idle connection
 * after a second; the statement's pool is opened per run). `(costs off)` gives the plan's shape.
 */
async function explain(dataDir: string, options: string, read: string): Promise<string> {
  const client = new pg.Client(connectionOf(dataDir));
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`explain (${options}) ${read}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

/** The embedded server's socket, as Doable reaches it. */
const connectionOf = (dataDir: string) => ({ host: join(dataDir, 'postgres'), port: 5432, user: 'doable', database: 'doable' });

/**
 * The statements one `GET /tasks?limit=50` runs on the embedded PostgreSQL server in a load's steady state (its
 * statement log, read while the request runs). The same request just before it has the app verify the bearer token
 * and keep the session and the user's project hints for a few seconds, as it does for all but one request in those
 * seconds under load; without it the capture (after the seeding and the waits, past that lifetime) caught the
 * session, user and hints lookups too, and the statement's runs replayed three round trips the app's seldom make.
 * Undefined when the data folder has no such server (PGlite).
 */
async function listStatements(dataDir: string, origin: string, token: string): Promise<string[] | undefined> {
  if (!existsSync(join(dataDir, 'postgres', 'PG_VERSION'))) return undefined;
  const admin = new pg.Client(connectionOf(dataDir));
  await admin.connect();
  const list = async () => {
    const res = await fetch(`${origin}/api/v1/tasks?limit=50`, { headers: { authorization: `Bearer ${token}` } });
    await res.text();
  };
  let statements: string[] = [];
  try {
    for (let attempt = 0; attempt < 3 && statements.length === 0; attempt++) {
      let startedAt = 0;
      let endedAt = 0;
      await list();
      const log = await captureStatementLog(admin, join(dataDir, 'postgres.log'), async () => {
        startedAt = Date.now() - 1;
        await list();
        endedAt = Date.now() + 1;
      });
      // The session verified just before is not looked up again: the request's statements are found by time.
      statements = statementsOfRequest(parseStatementLog(log), token, endedAt, startedAt);
    }
  } finally {
    await admin.end();
  }
  if (statements.length === 0) throw new Error('no statements captured for GET /tasks');
  return statements;
}

/**
 * One run of `statements` straight from this process over the server's socket, `concurrency` clients sharing at most
 * as many connections as Doable's own pool (the clients beyond wait for one, as requests do): what the database alone
 * serves, in rounds per second. Its connections are opened before the clock starts and closed after the run, so that
 * their server processes are not counted in the tree's memory while the app serves.
 */
async function directSqlRun(dataDir: string, statements: string[], concurrency: number, seconds: number): Promise<number> {
  const max = Math.min(concurrency, EMBEDDED_POOL_SIZE);
  const pool = new pg.Pool({ ...connectionOf(dataDir), max });
  try {
    const opened = await Promise.all(Array.from({ length: max }, () => pool.connect()));
    for (const client of opened) client.release();
    let done = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < until) {
            for (const statement of statements) await client.query(statement);
            done++;
          }
        } finally {
          client.release();
        }
      }),
    );
    return done / seconds;
  } finally {
    await pool.end();
  }
}

/** `GET /tasks` with the embedded data set, against the same SQL run directly and `/healthz` of the same process. */
async function measureLoad(ctx: BenchContext): Promise<void> {
  const { options } = ctx;
  const dataDir = mkdtempSync(join(tmpdir(), 'doable-bench-embedded-'));
  const profileDir = resolve('reports', 'bench', 'profiles', 'embedded');
  const args = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ...START_ARGS] : START_ARGS;
  if (options.profile) {
    rmSync(profileDir, { recursive: true, force: true });
    mkdirSync(profileDir, { recursive: true });
  }
  const server = await startUntilReady(args, { DOABLE_DATA_DIR: dataDir }, '/healthz');
  const pid = server.child.pid as number;
  try {
    const { token } = await signUp(createApiClient(server.origin), 'Embedded bench');
    ctx.log(`  creating ${options.embeddedTasks.toLocaleString('en')} tasks through the API…`);
    const createRate = await seedThroughApi(server.origin, token, options.embeddedTasks);
    ctx.rows.push({
      section: SECTION,
      case: 'POST /tasks while seeding (8 clients)',
      unit: 'req/s',
      median: createRate,
      detail: 'one pass',
    });
    const drained = await drainOutbox(dataDir);
    if (drained) {
      ctx.rows.push({
        section: SECTION,
        case: 'events of the seeding still undelivered after its last POST, until delivered',
        unit: 's',
        median: drained.seconds,
        detail: `${drained.events.toLocaleString('en')} events, ${round(drained.events / Math.max(drained.seconds, 0.001))} events/s; the loads below start after`,
      });
    }
    const settled = await awaitTaskStatistics(dataDir);
    if (settled !== undefined) {
      const { reltuples, changesSinceAnalyze } = settled.statistics;
      ctx.rows.push({
        section: SECTION,
        case: "the tasks table's statistics settled (autovacuum analyzed it, and will not again for the rows since), waited for after the events",
        unit: 's',
        median: settled.seconds,
        detail: `taken of ${Math.round(reltuples).toLocaleString('en')} rows, ${changesSinceAnalyze.toLocaleString('en')} changed since; without statistics a list reads all of the project and sorts it; the loads below start after`,
      });
    }
    const statements = await listStatements(dataDir, server.origin, token);
    if (statements) ctx.log(`  the request's ${statements.length} statements, run directly beside each run…`);
    const read = statements && listRead(statements);
    const firstPlan = read && (await explain(dataDir, 'costs off', read));
    // Each run's figures and whether the read's plan was still the first one after it: a plan that changed amid the
    // loads shows here, rather than as a ratio no one can explain.
    const runLines: string[] = [];
    const peak: TreeMemory[] = [];
    // Off while the SQL runs directly: its connections are server processes in the tree too, but not Doable's.
    let sampling = true;
    const sampler = setInterval(() => {
      if (!sampling) return;
      const memory = treeMemory(pid);
      if (memory) peak.push(memory);
    }, 250);
    const list: HttpRequestSpec = { method: 'GET', path: '/api/v1/tasks?limit=50', headers: { authorization: `Bearer ${token}` } };
    const health: HttpRequestSpec = { method: 'GET', path: '/healthz', headers: {} };
    const lists = new Map<number, ReturnType<typeof summarizeRuns>>();
    const healths = new Map<number, ReturnType<typeof summarizeRuns>>();
    const direct = new Map<number, number>();
    try {
      for (const concurrency of options.concurrency.filter((c) => c <= 32)) {
        const listRuns: LoadResult[] = [];
        const healthRuns: LoadResult[] = [];
        const directRuns: number[] = [];
        await httpLoad({ origin: server.origin, concurrency, seconds: 1, next: () => list });
        // Each run of the app, of /healthz and of the SQL alone right after one another, so that all three see the same
        // machine (other work on it comes and goes).
        for (let run = 0; run < options.runs; run++) {
          listRuns.push(await httpLoad({ origin: server.origin, concurrency, seconds: options.seconds, next: () => list }));
          healthRuns.push(await httpLoad({ origin: server.origin, concurrency, seconds: options.seconds, next: () => health }));
          if (!statements) continue;
          sampling = false;
          directRuns.push(await directSqlRun(dataDir, statements, concurrency, options.seconds));
          const samePlan = read && firstPlan ? (await explain(dataDir, 'costs off', read)) === firstPlan : undefined;
          sampling = true;
          const app = listRuns.at(-1) as LoadResult;
          runLines.push(
            `| c${concurrency} | ${run + 1} | ${round(app.requestsPerSecond)} | ${round(percentile(app.latenciesMs, 0.5), 2)} | ${round(directRuns.at(-1) ?? 0)} | ${samePlan === undefined ? '–' : samePlan ? 'yes' : '**no**'} |`,
          );
        }
        lists.set(concurrency, summarizeRuns(listRuns));
        healths.set(concurrency, summarizeRuns(healthRuns));
        if (directRuns.length > 0) direct.set(concurrency, median(directRuns));
      }
    } finally {
      clearInterval(sampler);
    }
    if (runLines.length > 0) {
      addNote(
        ctx,
        SECTION,
        `GET /tasks, each run (the tables above give their medians):\n\n| concurrency | run | app req/s | app p50 ms | same SQL, run directly, per s | list's plan as before the loads |\n|---|---|---|---|---|---|\n${runLines.join('\n')}`,
      );
    }
    if (read) {
      const plan = await explain(dataDir, 'analyze, buffers', read);
      addNote(
        ctx,
        SECTION,
        `<details><summary>GET /tasks?limit=50: EXPLAIN (ANALYZE, BUFFERS) of its read, after the loads</summary>\n\n\`\`\`\n${plan}\n\`\`\`\n</details>`,
      );
    }
    for (const [concurrency, l] of lists) {
      const h = healths.get(concurrency);
      const sqlRate = direct.get(concurrency);
      const baseline =
        sqlRate === undefined
          ? { name: '/healthz, same process', median: h?.requestsPerSecond ?? 0 }
          : { name: 'same SQL, run directly', median: sqlRate };
      const ratio = ratioOf(l.requestsPerSecond, baseline.median);
      ctx.rows.push({
        section: SECTION,
        case: `GET /tasks?limit=50 of ${options.embeddedTasks.toLocaleString('en')} · c${concurrency}`,
        unit: 'req/s',
        median: l.requestsPerSecond,
        detail: `p50 ${round(l.p50, 2)} ms, p99 ${round(l.p99, 2)} ms, ${l.errors} errors; /healthz ${round(h?.requestsPerSecond ?? 0)} req/s${statements ? `; ${statements.length} statement${statements.length === 1 ? '' : 's'} run directly` : ''}`,
        baseline,
        ...(ratio === undefined ? {} : { ratio }),
        ...(concurrency === 1 && sqlRate !== undefined
          ? { target: atLeast('embedded GET /tasks at c1 ÷ the same SQL run directly', ratio ?? 0, 0.5) }
          : {}),
      });
    }
    const rss = peak.map((m) => m.rss);
    ctx.rows.push({
      section: SECTION,
      case: 'resident memory of the process tree under load (peak while serving)',
      unit: 'MiB',
      median: median(rss),
      p99: percentile(rss, 0.99),
      target: below('embedded memory under load (process tree, RSS summed)', Math.max(...rss), 300, 'MiB'),
      detail: `max ${Math.max(...rss)} MiB; ${memoryDetail(peak)}`,
    });
  } finally {
    await stop(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (options.profile) addNote(ctx, SECTION, profileNote('Embedded process under the GET /tasks load', profileDir));
}

export async function runEmbeddedBench(ctx: BenchContext): Promise<void> {
  // `npm start` builds the server's bundle in `prestart`, which a bench run does not pass through.
  if ((await buildServerIfStale()) === 'built') ctx.log('  built the server (apps/doable/dist)');
  ctx.log('  cold starts…');
  await measureColdStart(ctx);
  await measureLoad(ctx);
}

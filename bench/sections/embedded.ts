import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { residentMiB } from '@doable/stack';
import { createApiClient, freePort, signUp } from '@doable/test-kit';
import { profileNote } from '../cpu-profile.ts';
import { type HttpRequestSpec, httpLoad, type LoadResult, summarizeRuns } from '../load.ts';
import { addNote, type BenchContext } from '../options.ts';
import { below, median, percentile, ratioOf, round } from '../report.ts';

const SECTION = 'Embedded mode (one process, PGlite)';
const ENTRY = resolve('apps/doable/src/main.ts');
/** The smallest Node HTTP server: what starting any Node service costs on this machine. */
const BARE_SERVER = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

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
 * folder it left (a restart), each beside a bare Node server's start.
 */
async function measureColdStart(ctx: BenchContext): Promise<void> {
  const first = { ms: [] as number[], rss: [] as number[] };
  const restart = { ms: [] as number[], rss: [] as number[] };
  const bare: number[] = [];
  const startOnce = async (dataDir: string, into: { ms: number[]; rss: number[] }) => {
    const started = await startUntilReady([ENTRY], { DOABLE_DATA_DIR: dataDir }, '/healthz');
    into.ms.push(started.startMs);
    await sleep(2_000);
    into.rss.push(residentMiB(started.child.pid as number) ?? Number.NaN);
    await stop(started.child);
  };
  for (let run = 0; run < ctx.options.runs; run++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'doable-bench-embedded-'));
    try {
      await startOnce(dataDir, first);
      await startOnce(dataDir, restart);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    const baseline = await startUntilReady(['-e', BARE_SERVER], {}, '/');
    bare.push(baseline.startMs);
    await stop(baseline.child);
  }
  for (const [name, figures] of [
    ['first start (fresh data folder)', first],
    ['restart (existing data folder)', restart],
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
      target: below('embedded cold start', percentile(figures.ms, 0.99), 5_000, 'ms'),
    });
    ctx.rows.push({
      section: SECTION,
      case: `${name}: resident memory, idle 2 s after`,
      unit: 'MiB',
      median: median(figures.rss),
      p99: percentile(figures.rss, 0.99),
      target: below('embedded resident memory (MB)', (percentile(figures.rss, 0.99) * 2 ** 20) / 1e6, 250, 'MB'),
    });
  }
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

/** `GET /tasks` on PGlite with the embedded data set, against `/healthz` of the same process (no database). */
async function measureLoad(ctx: BenchContext): Promise<void> {
  const { options } = ctx;
  const dataDir = mkdtempSync(join(tmpdir(), 'doable-bench-embedded-'));
  const profileDir = resolve('reports', 'bench', 'profiles', 'embedded');
  const args = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, ENTRY] : [ENTRY];
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
    const peak: number[] = [];
    const sampler = setInterval(() => peak.push(residentMiB(pid) ?? 0), 250);
    const list: HttpRequestSpec = { method: 'GET', path: '/api/v1/tasks?limit=50', headers: { authorization: `Bearer ${token}` } };
    const health: HttpRequestSpec = { method: 'GET', path: '/healthz', headers: {} };
    try {
      for (const concurrency of options.concurrency.filter((c) => c <= 32)) {
        const lists: LoadResult[] = [];
        const healths: LoadResult[] = [];
        await httpLoad({ origin: server.origin, concurrency, seconds: 1, next: () => list });
        for (let run = 0; run < options.runs; run++) {
          lists.push(await httpLoad({ origin: server.origin, concurrency, seconds: options.seconds, next: () => list }));
          healths.push(await httpLoad({ origin: server.origin, concurrency, seconds: options.seconds, next: () => health }));
        }
        const l = summarizeRuns(lists);
        const h = summarizeRuns(healths);
        const ratio = ratioOf(l.requestsPerSecond, h.requestsPerSecond);
        ctx.rows.push({
          section: SECTION,
          case: `GET /tasks?limit=50 of ${options.embeddedTasks.toLocaleString('en')} · c${concurrency}`,
          unit: 'req/s',
          median: l.requestsPerSecond,
          detail: `p50 ${round(l.p50, 2)} ms, p99 ${round(l.p99, 2)} ms, ${l.errors} errors`,
          baseline: { name: '/healthz, same process', median: h.requestsPerSecond },
          ...(ratio === undefined ? {} : { ratio }),
        });
      }
    } finally {
      clearInterval(sampler);
    }
    ctx.rows.push({
      section: SECTION,
      case: 'resident memory under load (peak while serving)',
      unit: 'MiB',
      median: median(peak),
      p99: percentile(peak, 0.99),
      target: below('embedded resident memory (MB)', (Math.max(...peak) * 2 ** 20) / 1e6, 250, 'MB'),
      detail: `max ${Math.max(...peak)} MiB`,
    });
  } finally {
    await stop(server.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (options.profile) addNote(ctx, SECTION, profileNote('Embedded process under the GET /tasks load', profileDir));
}

export async function runEmbeddedBench(ctx: BenchContext): Promise<void> {
  ctx.log('  cold starts…');
  await measureColdStart(ctx);
  await measureLoad(ctx);
}

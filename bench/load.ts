import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findPostgresBinDir } from '@doable/stack';
import autocannon from 'autocannon';
import { percentile } from './report.ts';

/** One timed run of a closed-loop load: `concurrency` clients, each sending its next request when the last answered. */
export interface LoadResult {
  requestsPerSecond: number;
  latenciesMs: number[];
  errors: number;
}

export interface HttpRequestSpec {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * autocannon on loopback. Latencies are taken from each response (float ms) rather than autocannon's histogram,
 * which rounds to whole milliseconds. `next` gives every request, so a run can walk tasks or users.
 */
export async function httpLoad(o: {
  origin: string;
  concurrency: number;
  seconds: number;
  next: () => HttpRequestSpec;
}): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.origin,
        connections: o.concurrency,
        duration: o.seconds,
        requests: [{ setupRequest: (request) => ({ ...request, ...o.next() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latenciesMs.push(responseTime);
      else errors++;
    });
  });
  errors += result.errors + result.timeouts;
  return { requestsPerSecond: latenciesMs.length / o.seconds, latenciesMs, errors };
}

const execFileAsync = promisify(execFile);

/**
 * pgbench running `script` (one transaction) against `url` with the same client count and time as the HTTP load,
 * extended protocol like the API's driver. Per-transaction latencies come from pgbench's transaction log.
 */
export async function pgbenchLoad(o: { url: string; script: string; concurrency: number; seconds: number }): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'doable-pgbench-'));
  try {
    const scriptFile = join(dir, 'script.sql');
    writeFileSync(scriptFile, o.script);
    const { stdout } = await execFileAsync(
      join(findPostgresBinDir(), 'pgbench'),
      [
        '--no-vacuum',
        '--protocol=extended',
        `--file=${scriptFile}`,
        `--client=${o.concurrency}`,
        `--jobs=${Math.min(o.concurrency, 2)}`,
        `--time=${o.seconds}`,
        '--log',
        `--log-prefix=${join(dir, 'tx')}`,
        o.url,
      ],
      { maxBuffer: 16 * 2 ** 20 },
    );
    const latenciesMs: number[] = [];
    for (const file of readdirSync(dir).filter((f) => f.startsWith('tx'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        // client_id transaction_no time_us script_no epoch epoch_us
        const micros = Number(line.split(' ')[2]);
        if (line && Number.isFinite(micros)) latenciesMs.push(micros / 1000);
      }
    }
    const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
    return { requestsPerSecond: latenciesMs.length / o.seconds, latenciesMs, errors: failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures of several runs of one case: medians over runs of each run's throughput, p50 and p99. */
export function summarizeRuns(runs: LoadResult[]) {
  const pick = (f: (r: LoadResult) => number) => percentile(runs.map(f), 0.5);
  return {
    requestsPerSecond: pick((r) => r.requestsPerSecond),
    p50: pick((r) => percentile(r.latenciesMs, 0.5)),
    p99: pick((r) => percentile(r.latenciesMs, 0.99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    requests: runs.reduce((sum, r) => sum + r.latenciesMs.length, 0),
  };
}

export interface OpenLoopResult {
  latenciesMs: number[];
  /** Operations started (all the schedule asked for, unless too many were still in flight). */
  started: number;
  failed: number;
  /** Not started because `maxInFlight` operations were still waiting: the system did not keep up. */
  skipped: number;
  /** Operations per second actually completed, over the whole schedule and its drain. */
  completedPerSecond: number;
  firstError?: string;
}

/**
 * An open-loop load: operation i starts at i/rate seconds whether or not earlier ones finished (as independent
 * users would), so a slow system shows as growing latency instead of a slower sender. `operation` resolves with its
 * latency in ms.
 */
export async function openLoop(o: {
  rate: number;
  seconds: number;
  maxInFlight: number;
  operation: (i: number) => Promise<number>;
}): Promise<OpenLoopResult> {
  const total = Math.round(o.rate * o.seconds);
  const result: OpenLoopResult = { latenciesMs: [], started: 0, failed: 0, skipped: 0, completedPerSecond: 0 };
  const running = new Set<Promise<void>>();
  const begin = performance.now();
  for (let i = 0; i < total; i++) {
    const due = begin + (i * 1000) / o.rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (running.size >= o.maxInFlight) {
      result.skipped++;
      continue;
    }
    result.started++;
    const op: Promise<void> = o
      .operation(i)
      .then(
        (latency) => void result.latenciesMs.push(latency),
        (error: unknown) => {
          result.failed++;
          result.firstError ??= String(error);
        },
      )
      .finally(() => running.delete(op));
    running.add(op);
  }
  await Promise.all(running);
  result.completedPerSecond = result.latenciesMs.length / ((performance.now() - begin) / 1000);
  return result;
}

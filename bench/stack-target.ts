import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDaprClient } from '@doable/platform';
import { cacheRoot, isAlive, PORT_OFFSETS, readStackInfo, type StackInfo, stackStatus, startStack, stopStack } from '@doable/stack';
import pg from 'pg';
import { treeCpuSeconds } from './cpu-time.ts';

/** The distributed Doable the API, pipeline, reminder and search sections measure, with handles to its parts. */
export interface StackTarget {
  info: StackInfo;
  runDir: string;
  origin(appId: string): string;
  /** A superuser connection to the stack's PostgreSQL (seeding, statement capture, index changes). */
  admin: pg.Client;
  pgLogFile: string;
  /** The backend's sidecar: publishing straight to a topic, without the outbox. */
  backendSidecar: ReturnType<typeof createDaprClient>;
  /** Resident memory of every process of the stack, MiB by name. */
  memory(): Map<string, number>;
  /** CPU seconds each process of the stack (with its children: PostgreSQL's backends) has used so far, by name. */
  cpuSeconds(): Map<string, number>;
  /** The same, read after the started stack sat idle for a few seconds. */
  idleMemory: Map<string, number>;
  stop(): Promise<void>;
}

export const STACK_APPS = ['todo-backend', 'recurring-task-service', 'audit-service', 'notification-service', 'websocket-service'];

const benchRunDir = () => join(cacheRoot(), 'run-bench');

/**
 * Stops the stack a bench run started and removes its database, whatever state the run left it in: its processes
 * run in process groups of their own, so a Ctrl-C that ends the run does not reach them.
 */
export async function stopBenchStack(): Promise<void> {
  const runDir = benchRunDir();
  const info = readStackInfo(runDir);
  await stopStack({ runDir, log: () => {} });
  if (info) rmSync(dirname(dirname(info.postgres.dataDir)), { recursive: true, force: true });
}

/** Starts a fresh stack (new Kafka log and database) in its own run folder and ports, so it never meets a developer's. */
export async function startStackTarget(
  log: (line: string) => void,
  profileDir?: string,
  postgresSettings?: Record<string, string>,
): Promise<StackTarget> {
  const runDir = benchRunDir();
  await stopBenchStack();
  rmSync(runDir, { recursive: true, force: true });
  // Every service inherits the environment: with a profile folder, each writes a CPU profile when it stops.
  const nodeOptions = process.env.NODE_OPTIONS;
  if (profileDir) process.env.NODE_OPTIONS = `${nodeOptions ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim();
  const info = await startStack({
    apps: STACK_APPS,
    runDir,
    portOffset: PORT_OFFSETS.bench,
    services: true,
    tokens: true,
    postgresSettings,
    log: (line) => log(`  ${line}`),
  }).finally(() => {
    if (nodeOptions === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = nodeOptions;
  });
  const sidecar = (appId: string) => {
    const found = info.sidecars.find((s) => s.appId === appId);
    if (!found) throw new Error(`no sidecar for ${appId}`);
    return found;
  };
  const admin = new pg.Client({ connectionString: info.postgres.url });
  await admin.connect();
  const shortName = (name: string) => name.replace(/ \(.*\)$/, '');
  const memory = () => new Map(stackStatus(runDir).map((row) => [shortName(row.name), row.rssMiB ?? Number.NaN]));
  const cpuSeconds = () =>
    new Map(stackStatus(runDir).map((row) => [shortName(row.name), (row.pid && treeCpuSeconds(row.pid)) ?? Number.NaN]));
  await sleep(5_000);
  return {
    info,
    runDir,
    origin: (appId) => `http://127.0.0.1:${sidecar(appId).appPort}`,
    admin,
    pgLogFile: join(info.logDir, 'postgres.log'),
    backendSidecar: createDaprClient({ httpPort: sidecar('todo-backend').httpPort, apiToken: info.dapr.apiToken }),
    memory,
    cpuSeconds,
    idleMemory: memory(),
    async stop() {
      await admin.end();
      // A service writes its CPU profile as it exits, which takes longer than the stack's stop allows a busy one.
      if (profileDir) await Promise.all(info.services.map((service) => stopPatiently(service.pid)));
      await stopBenchStack();
    },
  };
}

async function stopPatiently(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let waited = 0; waited < 120_000 && isAlive(pid); waited += 250) await sleep(250);
}

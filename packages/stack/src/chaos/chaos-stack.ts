import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { killSidecar, startSidecar } from '../daprd.ts';
import { killKafka, startKafka } from '../kafka.ts';
import { PORT_OFFSETS, testStackPortOffset, testStackRunDir } from '../paths.ts';
import { killPostgres, postgresPid, restartPostgres } from '../postgres.ts';
import { detachedExits, type ProcessExit } from '../processes.ts';
import { killService, startService } from '../services.ts';
import { postgresDataDir, type SidecarInfo, type StackInfo, startStack, stopStack } from '../stack.ts';

/** The soak's own stack (folder and ports +4000): it kills parts of it, so it shares nothing with another project. */
export const chaosRunDir = testStackRunDir('chaos');
export const chaosPortOffset = testStackPortOffset(PORT_OFFSETS.chaos);

/** Two backend and two WebSocket replicas, one of each consumer; no frontend (nothing here goes through it). */
export const chaosApps = [
  'todo-backend',
  'todo-backend',
  'recurring-task-service',
  'audit-service',
  'notification-service',
  'websocket-service',
  'websocket-service',
];

/** What the soak kills: `postgres`, `kafka`, a service by pod name (`audit-service-0`), or `daprd:<pod>` its sidecar. */
export type Part = 'postgres' | 'kafka' | `daprd:${string}` | string;

export interface KilledProcess {
  part: Part;
  pid: number;
  /** When the signal was sent. */
  at: number;
}

export interface ChaosStack {
  info: StackInfo;
  /** The Doable services' pod names. */
  pods: string[];
  url(pod: string): string;
  sidecarOf(pod: string): SidecarInfo;
  /** Kills `part` with SIGKILL and resolves once it is gone; remembers the pid as one the soak killed. */
  kill(part: Part): Promise<void>;
  /** Starts `part` again as a supervisor would; resolves once it is up (PostgreSQL accepting connections, Kafka
   * answering metadata, a sidecar's components up, a service answering `/healthz`). */
  restart(part: Part): Promise<void>;
  killed: KilledProcess[];
  /** Processes of the stack that ended without the soak killing them, with how they ended. */
  unexpectedExits(): (ProcessExit | { what: 'postgres'; pid: number })[];
  stop(): Promise<void>;
}

/** Starts a fresh chaos stack (new Kafka log, database, keys): every service beside its sidecar, tokens on. */
export async function startChaosStack(log: (line: string) => void): Promise<ChaosStack> {
  await stopStack({ runDir: chaosRunDir, log });
  rmSync(dirname(postgresDataDir(chaosRunDir)), { recursive: true, force: true });
  rmSync(chaosRunDir, { recursive: true, force: true });
  let info: StackInfo;
  try {
    info = await startStack({
      apps: chaosApps,
      runDir: chaosRunDir,
      portOffset: chaosPortOffset,
      // The sweep fires every second, so a reminder missed during a fault is caught at once when it is over.
      componentMetadata: { 'reminder-cron': { schedule: '@every 1s' } },
      services: true,
      tokens: true,
      log,
    });
  } catch (error) {
    // A start that failed half way (a service that exits) leaves Kafka and PostgreSQL running: stop what it started.
    await stopStack({ runDir: chaosRunDir, log });
    throw error;
  }
  const killed: KilledProcess[] = [];
  let postgresExpectedPid: number | undefined = info.postgres.pid;

  const sidecarOf = (pod: string) => {
    const found = info.sidecars.find((s) => s.podName === pod);
    if (!found) throw new Error(`no pod ${pod} in the chaos stack`);
    return found;
  };
  const serviceEnv = {
    databaseUrl: info.postgres.url,
    publicUrl: info.publicUrl ?? '',
    apiToken: info.dapr.apiToken,
    appToken: info.dapr.appToken,
  };
  const kafkaPort = Number(info.kafka.bootstrap.split(':')[1]);
  const postgresPort = Number(new URL(info.postgres.url).port);

  async function kill(part: Part): Promise<void> {
    const at = Date.now();
    let pid: number | undefined;
    if (part === 'postgres') {
      pid = await killPostgres(info.postgres.dataDir);
      postgresExpectedPid = undefined;
    } else if (part === 'kafka') pid = await killKafka(info.runDir);
    else if (part.startsWith('daprd:')) pid = await killSidecar(info.runDir, sidecarOf(part.slice('daprd:'.length)));
    else pid = await killService(info.runDir, sidecarOf(part));
    if (pid === undefined) throw new Error(`${part} was not running when the soak came to kill it`);
    killed.push({ part, pid, at });
  }

  async function restart(part: Part): Promise<void> {
    if (part === 'postgres') {
      const pg = await restartPostgres({
        dataDir: info.postgres.dataDir,
        port: postgresPort,
        logFile: join(info.logDir, 'postgres.log'),
        detached: true,
      });
      postgresExpectedPid = pg.pid;
    } else if (part === 'kafka') {
      await startKafka({
        runDir: info.runDir,
        logDir: info.logDir,
        port: kafkaPort,
        controllerPort: info.kafka.controllerPort,
        internalPort: info.kafka.internalPort,
        credentials: info.kafka.credentials,
        log: () => {},
      });
    } else if (part.startsWith('daprd:')) {
      const tokens = info.dapr.apiToken && info.dapr.appToken ? { api: info.dapr.apiToken, app: info.dapr.appToken } : undefined;
      await startSidecar(sidecarOf(part.slice('daprd:'.length)), {
        binary: info.dapr.binary,
        resourcesDir: info.dapr.resourcesDir,
        configFile: info.dapr.configFile,
        runDir: info.runDir,
        logDir: info.logDir,
        tokens,
      });
    } else {
      await startService(sidecarOf(part), { runDir: info.runDir, logDir: info.logDir, env: serviceEnv });
    }
  }

  return {
    info,
    pods: info.services.map((s) => s.podName),
    url: (pod) => `http://127.0.0.1:${sidecarOf(pod).appPort}`,
    sidecarOf,
    kill,
    restart,
    killed,
    unexpectedExits() {
      const killedPids = new Set(killed.map((k) => k.pid));
      const exits: (ProcessExit | { what: 'postgres'; pid: number })[] = detachedExits().filter(
        (exit) => !(killedPids.has(exit.pid) && exit.signal === 'SIGKILL'),
      );
      // PostgreSQL is started through runuser, so its postmaster is watched by pid rather than as our child.
      if (postgresExpectedPid !== undefined && postgresPid(info.postgres.dataDir) !== postgresExpectedPid) {
        exits.push({ what: 'postgres', pid: postgresExpectedPid });
      }
      return exits;
    },
    async stop() {
      await stopStack({ runDir: chaosRunDir, log });
    },
  };
}

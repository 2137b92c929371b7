import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLocalDaprResources } from './dapr-resources.ts';
import { daprVersion, ensureDaprd, type SidecarSpec, sidecarPid, startSidecar, stopSidecar } from './daprd.ts';
import { ensureKafkaJars, type KafkaCredentials, kafkaPid, kafkaVersion, startKafka, stopKafka } from './kafka.ts';
import { defaultRunDir, otherUserDir } from './paths.ts';
import { ensurePostgresInstalled, postgresPid, startPostgres, stopPostgres } from './postgres.ts';
import { residentMiB, stopByPidFile } from './processes.ts';
import { findNginx, proxyFiles, proxyPid, startProxy, stopProxy } from './proxy/proxy.ts';
import { readRouteTable } from './proxy/route-table.ts';
import { serviceEntries, servicePid, startService, stopService } from './services.ts';

export interface StackPorts {
  kafka: number;
  kafkaController: number;
  kafkaInternal: number;
  postgres: number;
  /** Sidecar n (0-based) gets base + n for each of these. */
  daprHttp: number;
  daprGrpc: number;
  daprInternalGrpc: number;
  daprMetrics: number;
  app: number;
  /** The reverse proxy in front of the services (the Ingress's part): what people open. */
  proxy: number;
}

export const defaultPorts: StackPorts = {
  kafka: 19092,
  kafkaController: 19093,
  kafkaInternal: 19094,
  postgres: 15432,
  daprHttp: 3500,
  // Below the kernel's ephemeral range (32768+): a port there may be held by an outgoing connection at start.
  daprGrpc: 25001,
  daprInternalGrpc: 25101,
  daprMetrics: 9091,
  app: 7001,
  proxy: 7000,
};

export interface StackOptions {
  /** One sidecar per entry; an app id listed twice gets two sidecars (replicas `<id>-0`, `<id>-1`). */
  apps: string[];
  runDir?: string;
  /** Added to every default port, so a second stack (e.g. the tests') can run beside a developer's. */
  portOffset?: number;
  /** Per-component metadata overrides on top of the committed files (tests: a cron schedule in seconds). */
  componentMetadata?: Record<string, Record<string, string>>;
  /** Also start each Doable service beside its sidecar (`serviceEntries`), as production runs them. */
  services?: boolean;
  /** Guard every sidecar's API and every app with Dapr API and app tokens (as production does). */
  tokens?: boolean;
  /** PostgreSQL server settings beyond the defaults (`StartPostgresOptions.settings`). */
  postgresSettings?: Record<string, string>;
  log?: (line: string) => void;
}

export interface SidecarInfo extends SidecarSpec {
  pid: number;
  logFile: string;
}

export interface StackInfo {
  runDir: string;
  logDir: string;
  kafka: { pid: number; bootstrap: string; controllerPort: number; internalPort: number; version: string; credentials: KafkaCredentials };
  postgres: { pid: number; url: string; dataDir: string };
  dapr: { version: string; binary: string; resourcesDir: string; configFile: string; apiToken?: string; appToken?: string };
  sidecars: SidecarInfo[];
  /** The Doable services started beside their sidecars (when `services` was asked for). */
  services: { podName: string; pid: number; port: number; logFile: string }[];
  /** The reverse proxy routing the Ingress's paths to the services, when the services run. */
  proxy?: { pid: number; port: number; configFile: string; logFile: string };
  /** What people open (the proxy; better-auth's base URL), when the services run. */
  publicUrl?: string;
  startedInMs: number;
}

const localKafkaCredentials: KafkaCredentials = { username: 'doable', password: 'doable-local', mechanism: 'SHA-256' };

const stateFile = (runDir: string) => join(runDir, 'stack.json');

/** Sidecar specs (ids, POD_NAMEs and ports) for an app list. */
export function planSidecars(apps: string[], ports: StackPorts): SidecarSpec[] {
  const counts = new Map<string, number>();
  for (const app of apps) counts.set(app, (counts.get(app) ?? 0) + 1);
  const seen = new Map<string, number>();
  return apps.map((appId, n) => {
    const replica = seen.get(appId) ?? 0;
    seen.set(appId, replica + 1);
    return {
      appId,
      podName: `${appId}-${replica}`,
      appPort: ports.app + n,
      httpPort: ports.daprHttp + n,
      grpcPort: ports.daprGrpc + n,
      internalGrpcPort: ports.daprInternalGrpc + n,
      metricsPort: ports.daprMetrics + n,
    };
  });
}

/** The default ports shifted by `offset`. */
export function offsetPorts(offset: number): StackPorts {
  return Object.fromEntries(Object.entries(defaultPorts).map(([k, v]) => [k, v + offset])) as unknown as StackPorts;
}

/** The stack's PostgreSQL data folder. The server runs as the `postgres` user, which cannot enter /root, so root keeps it under /var/tmp. */
export function postgresDataDir(runDir: string): string {
  return join(otherUserDir(runDir), 'postgres', 'data');
}

export function readStackInfo(runDir = defaultRunDir()): StackInfo | undefined {
  const file = stateFile(runDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StackInfo) : undefined;
}

/**
 * Starts Kafka, PostgreSQL and one Dapr sidecar per app id; returns when all are healthy. Running it again
 * reuses what already runs, starts what is missing, stops sidecars no longer listed and restarts sidecars
 * whose generated resources changed.
 */
export async function startStack(options: StackOptions): Promise<StackInfo> {
  const started = Date.now();
  const log = options.log ?? console.log;
  const runDir = options.runDir ?? defaultRunDir();
  const logDir = join(runDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const ports = offsetPorts(options.portOffset ?? 0);
  const previous = readStackInfo(runDir);

  // Before minutes of downloads and builds: a missing proxy would only show at the end.
  if (options.services) findNginx();
  ensureKafkaJars(log);
  ensurePostgresInstalled(log);
  // The first daprd build takes minutes: let it run while Kafka and PostgreSQL start.
  const daprd = ensureDaprd(log);
  daprd.catch(() => {});
  const pgDataDir = postgresDataDir(runDir);
  const [kafka, postgres] = await Promise.all([
    startKafka({
      runDir,
      logDir,
      port: ports.kafka,
      controllerPort: ports.kafkaController,
      internalPort: ports.kafkaInternal,
      credentials: localKafkaCredentials,
      log,
    }),
    startPostgres({
      dataDir: pgDataDir,
      port: ports.postgres,
      logFile: join(logDir, 'postgres.log'),
      detached: true,
      settings: options.postgresSettings,
    }).then((pg) => {
      log(`PostgreSQL ready at ${pg.url}`);
      return pg;
    }),
  ]);
  log(`Kafka ready at ${kafka.bootstrap} (SASL/SCRAM-SHA-256 user ${localKafkaCredentials.username})`);
  const { binary } = await daprd;

  const daprDir = join(runDir, 'dapr');
  const keys = stackKeys(runDir);
  const tokens = options.tokens ? { api: keys.daprApiToken, app: keys.appApiToken } : undefined;
  const wanted = planSidecars(options.apps, ports);
  // What people open: the proxy, as the Ingress's host in production.
  const publicUrl = `http://127.0.0.1:${ports.proxy}`;
  const resources = writeLocalDaprResources({
    dir: daprDir,
    secrets: {
      'kafka-secrets': {
        'bootstrap-servers': kafka.bootstrap,
        username: localKafkaCredentials.username,
        password: localKafkaCredentials.password,
      },
      'db-secrets': { 'connection-string': `host=127.0.0.1 port=${ports.postgres} user=postgres dbname=postgres sslmode=disable` },
      'doable-secrets': { 'auth-secret': keys.authSecret },
    },
    componentMetadata: options.componentMetadata,
  });
  const resourcesHash = hashFolder(resources.resourcesDir) + hashFile(resources.configFile);
  const hashFileOnDisk = join(daprDir, 'resources.hash');
  const resourcesChanged = !existsSync(hashFileOnDisk) || readFileSync(hashFileOnDisk, 'utf8') !== resourcesHash;

  const wantedKey = (s: SidecarSpec) => `${s.podName}:${s.httpPort}:${s.appPort}`;
  const stale = (previous?.sidecars ?? []).filter((s) => resourcesChanged || !wanted.some((w) => wantedKey(w) === wantedKey(s)));
  await Promise.all(stale.map((s) => stopService(runDir, s)));
  await Promise.all(stale.map((s) => stopSidecar(runDir, s)));
  writeFileSync(hashFileOnDisk, resourcesHash);

  const sidecars = await Promise.all(
    wanted.map(async (s): Promise<SidecarInfo> => {
      const pid = await startSidecar(s, { binary, ...resources, runDir, logDir, tokens });
      return { ...s, pid, logFile: join(logDir, `daprd-${s.podName}.log`) };
    }),
  );
  const services: StackInfo['services'] = [];
  if (options.services) {
    const env = { databaseUrl: postgres.url, publicUrl, apiToken: tokens?.api, appToken: tokens?.app };
    // The backend first: it migrates the auth tables, and the others ask it who a user is.
    const start = async (s: SidecarSpec) => {
      const pid = await startService(s, { runDir, logDir, env });
      if (pid === undefined) return;
      services.push({ podName: s.podName, pid, port: s.appPort, logFile: join(logDir, `${s.podName}.log`) });
      log(`${s.podName} ready on port ${s.appPort}`);
    };
    await Promise.all(wanted.filter((s) => s.appId === 'todo-backend').map(start));
    await Promise.all(wanted.filter((s) => s.appId !== 'todo-backend').map(start));
  }
  let proxy: StackInfo['proxy'];
  if (options.services) {
    const upstreams = Object.fromEntries(
      [...new Set(wanted.map((s) => s.appId))].map((appId) => [appId, wanted.filter((s) => s.appId === appId).map((s) => s.appPort)]),
    );
    const pid = await startProxy({ runDir, logDir, port: ports.proxy, routes: readRouteTable(), upstreams });
    const files = proxyFiles(runDir, logDir);
    proxy = { pid, port: ports.proxy, configFile: files.configFile, logFile: files.logFile };
    log(`proxy (nginx) ready at ${publicUrl}`);
  } else if (await stopProxy(runDir)) log('stopped the proxy: no services to route to');
  const info: StackInfo = {
    runDir,
    logDir,
    kafka: {
      pid: kafka.pid,
      bootstrap: kafka.bootstrap,
      controllerPort: ports.kafkaController,
      internalPort: ports.kafkaInternal,
      version: kafkaVersion(),
      credentials: localKafkaCredentials,
    },
    postgres: { pid: postgres.pid, url: postgres.url, dataDir: pgDataDir },
    dapr: { version: daprVersion(), binary, ...resources, ...(tokens ? { apiToken: tokens.api, appToken: tokens.app } : {}) },
    sidecars,
    services,
    ...(proxy ? { proxy, publicUrl } : {}),
    startedInMs: Date.now() - started,
  };
  writeFileSync(stateFile(runDir), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

/** Stops every sidecar, Kafka and PostgreSQL of the stack in `runDir`; safe to call when nothing runs. */
export async function stopStack(options: { runDir?: string; log?: (line: string) => void } = {}): Promise<void> {
  const runDir = options.runDir ?? defaultRunDir();
  const log = options.log ?? console.log;
  const info = readStackInfo(runDir);
  // The proxy first, so nobody reaches a service that is shutting down through it.
  if (await stopProxy(runDir)) log('stopped the proxy');
  const pidDir = join(runDir, 'pids');
  const servicePids = existsSync(pidDir) ? readdirSync(pidDir).filter((f) => f.startsWith('service-')) : [];
  const stoppedServices = await Promise.all(servicePids.map((f) => stopByPidFile(join(pidDir, f), '--doable-pod=', 15_000)));
  if (stoppedServices.some(Boolean)) log(`stopped ${stoppedServices.filter(Boolean).length} service(s)`);
  // Sidecars next (they would otherwise log Kafka errors), from the pid files so none is missed.
  const sidecarPids = existsSync(pidDir) ? readdirSync(pidDir).filter((f) => f.startsWith('daprd-')) : [];
  const stopped = await Promise.all(sidecarPids.map((f) => stopByPidFile(join(pidDir, f), 'daprd', 15_000)));
  if (stopped.some(Boolean)) log(`stopped ${stopped.filter(Boolean).length} Dapr sidecar(s)`);
  if (await stopKafka(runDir)) log('stopped Kafka');
  const pgDataDir = info?.postgres.dataDir ?? postgresDataDir(runDir);
  if (await stopPostgres(pgDataDir)) log('stopped PostgreSQL');
  rmSync(stateFile(runDir), { force: true });
}

export interface ProcessStatus {
  name: string;
  pid?: number;
  rssMiB?: number;
}

/** What of the stack in `runDir` is running, with resident memory. */
export function stackStatus(runDir = defaultRunDir()): ProcessStatus[] {
  const info = readStackInfo(runDir);
  const row = (name: string, pid: number | undefined): ProcessStatus => ({
    name,
    pid,
    rssMiB: pid === undefined ? undefined : residentMiB(pid),
  });
  const rows = [row('kafka', kafkaPid(runDir)), row('postgres', postgresPid(info?.postgres.dataDir ?? postgresDataDir(runDir)))];
  if (info?.proxy) rows.push(row(`proxy nginx (${info.publicUrl})`, proxyPid(runDir)));
  for (const s of info?.sidecars ?? []) {
    if (serviceEntries[s.appId] && info?.services.length) rows.push(row(`${s.podName} (port ${s.appPort})`, servicePid(runDir, s)));
    rows.push(row(`daprd ${s.podName} (http ${s.httpPort}, app ${s.appPort})`, sidecarPid(runDir, s)));
  }
  return rows;
}

/** Tokens and the auth secret of a stack, made once per run folder so restarts keep sessions and tokens. */
function stackKeys(runDir: string): { daprApiToken: string; appApiToken: string; authSecret: string } {
  const file = join(runDir, 'keys.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const keys = { daprApiToken: randomHex(), appApiToken: randomHex(), authSecret: randomHex() };
  writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  return keys;
}

const randomHex = () => randomBytes(32).toString('hex');

function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function hashFolder(dir: string): string {
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

export { ensureDaprd, ensureKafkaJars };

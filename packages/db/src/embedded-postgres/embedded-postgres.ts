import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { copyFromTemplate, defaultTemplateCache, saveAsTemplate, templateFolder } from './cluster-template.ts';
import { readServerPidFile, stopLeftoverServer } from './leftover-server.ts';
import { findPostgresRuntime, type PostgresRuntime } from './postgres-runtime.ts';
import { runtimeFor, type ServerAccount, serverAccount } from './server-account.ts';
import { readLogTail, rotateLog } from './server-log.ts';
import {
  EMBEDDED_DATABASE,
  EMBEDDED_PORT,
  EMBEDDED_USER,
  HBA_CONF,
  INITDB_ARGS,
  INITDB_SYNC_ARGS,
  serverSettings,
  toServerArgs,
} from './server-settings.ts';

export type NoticeLevel = 'info' | 'warn';

export interface EmbeddedPostgresOptions {
  /** The cluster's folder (PGDATA), made on first start. One process at a time: the caller holds the data folder's lock. */
  dir: string;
  /** The server's own log, appended to (started afresh past 10 MiB). Default: `<dir>.log`. */
  logFile?: string;
  /** Told what the start did beyond the ordinary: a first initialisation (info), a server left running by a killed process (warn). */
  onNotice?: (message: string, level: NoticeLevel) => void;
  /** Called when the server exits without being asked to (killed, out of memory). */
  onUnexpectedExit?: (description: string) => void;
  /**
   * Where pristine clusters are kept, one per PostgreSQL version, and copied from on a first start instead of running
   * initdb (cluster-template.ts). Default: the user's cache folder; false: initdb on every first start.
   */
  templateCache?: string | false;
  /** How long to wait for the server to accept connections (crash recovery after a kill may take a while). */
  startTimeoutMs?: number;
}

/** A running server; its socket is the only way in. */
export interface EmbeddedPostgres {
  /** `pg` connection settings: the socket's folder as host, no password. */
  connection: { host: string; port: number; user: string; database: string };
  /** The postmaster's pid. */
  pid: number;
  dir: string;
  logFile: string;
  /** Fast shutdown (open transactions roll back, a checkpoint is written); resolves once the server has exited. */
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL on the cluster in `dir`, making it on first start (initdb), and a database `doable` in it.
 * It listens on a Unix socket inside `dir` only, with PostgreSQL's production durability and small memory settings.
 * A server still running on `dir` (its Node process was killed) is stopped first. As root, the server runs as the
 * unprivileged system account `doable-db` (PostgreSQL refuses root), which owns `dir`; the folders above it stay
 * private to root: on Linux the server is handed `dir` as an open file descriptor rather than a path.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dir = resolve(options.dir);
  const logFile = resolve(options.logFile ?? `${dir}.log`);
  const notice = options.onNotice ?? (() => undefined);
  const account = serverAccount();
  const runtime = runtimeFor(findPostgresRuntime(), account);

  await stopLeftoverServer(dir, notice);
  if (!existsSync(join(dir, 'PG_VERSION'))) {
    const cache = options.templateCache === undefined ? defaultTemplateCache() : options.templateCache || undefined;
    await initialise(runtime, dir, account, notice, cache && templateFolder(cache, runtime));
  }
  writeFileSync(join(dir, 'pg_hba.conf'), HBA_CONF);

  const socket = socketHost(dir);
  rotateLog(logFile);
  const child = launch(runtime, dir, account, logFile);
  let stopping = false;
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  // Node exiting for any reason but a kill -9 asks the server for a fast shutdown, which it then finishes alone.
  const onProcessExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.on('exit', onProcessExit);
  void exited.then(([code, signal]) => {
    process.off('exit', onProcessExit);
    if (!stopping) options.onUnexpectedExit?.(`${signal ? `killed by ${signal}` : `exit code ${code}`}; its log: ${logFile}`);
  });

  const connection = { host: socket.host, port: EMBEDDED_PORT, user: EMBEDDED_USER, database: EMBEDDED_DATABASE };
  try {
    await waitUntilReady(child, dir, logFile, options.startTimeoutMs ?? 120_000);
    await ensureDatabase({ ...connection, database: 'postgres' }, EMBEDDED_DATABASE);
  } catch (error) {
    stopping = true;
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
    await exited;
    socket.close();
    throw error;
  }
  return {
    connection,
    pid: child.pid as number,
    dir,
    logFile,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        stopping = true;
        child.kill('SIGINT');
        const stopped = await Promise.race([exited.then(() => true), sleep(60_000, false, { ref: false })]);
        // A fast shutdown waits for a checkpoint; past a minute something is stuck: immediate shutdown (crash recovery next start).
        if (!stopped) child.kill('SIGQUIT');
        await exited;
      }
      socket.close();
    },
  };
}

type Notice = (message: string, level: NoticeLevel) => void;

/** On Linux the server reaches its folder through an inherited descriptor (fd 3): no folder above it needs opening. */
const byDescriptor = process.platform === 'linux';
const SERVER_DIR_FD = '/proc/self/fd/3';

async function initialise(
  runtime: PostgresRuntime,
  dir: string,
  account: ServerAccount | undefined,
  notice: Notice,
  template: string | undefined,
) {
  notice(`Creating the database in ${dir} (first start)`, 'info');
  // The cluster is made in a draft folder renamed into place at the end: an interrupted first start leaves no half-made cluster.
  const draft = `${dir}.initdb`;
  rmSync(draft, { recursive: true, force: true });
  if (existsSync(dir)) {
    if (readdirSync(dir).length > 0)
      throw new Error(`${dir} is not a PostgreSQL data folder (no PG_VERSION) but is not empty: move it away.`);
    rmdirSync(dir);
  }
  mkdirSync(draft, { recursive: true, mode: 0o700 });
  if (account) chownSync(draft, account.uid, account.gid);
  const copied = template ? copyFromTemplate(template, draft, account) : 'missing';
  if (copied === 'broken') notice(`The cluster template ${template} was damaged: it is removed and made again`, 'warn');
  if (copied === 'copied') {
    // initdb's own sync pass (syncfs on Linux): the copy is on disk before the server first starts on it.
    await runInitdb(runtime, draft, account, ['--sync-only', ...INITDB_SYNC_ARGS]);
  } else {
    await runInitdb(runtime, draft, account, INITDB_ARGS);
    try {
      if (template) saveAsTemplate(draft, template);
    } catch (error) {
      notice(`Could not keep a cluster template in ${template} (${error instanceof Error ? error.message : String(error)})`, 'warn');
    }
  }
  renameSync(draft, dir);
}

async function runInitdb(runtime: PostgresRuntime, draft: string, account: ServerAccount | undefined, args: string[]) {
  const fd = openSync(draft, 'r');
  try {
    await runToEnd(join(runtime.binDir, 'initdb'), ['-D', byDescriptor ? SERVER_DIR_FD : draft, ...args], {
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
      env: { LC_ALL: 'C' },
      stdio: ['ignore', 'ignore', 'pipe', byDescriptor ? fd : 'ignore'],
    });
  } catch (error) {
    throw new Error(`initdb failed for ${draft}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** Runs a program to its end; rejects with what it wrote on stderr when it fails. */
async function runToEnd(command: string, args: string[], options: SpawnOptions): Promise<void> {
  const child = spawn(command, args, options);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) throw new Error(stderr.trim() || `${command} ended with ${signal ?? `exit code ${code}`}`);
}

function launch(runtime: PostgresRuntime, dir: string, account: ServerAccount | undefined, logFile: string): ChildProcess {
  const log = openSync(logFile, 'a', 0o600);
  const fd = openSync(dir, 'r');
  const where = byDescriptor ? SERVER_DIR_FD : dir;
  try {
    return spawn(join(runtime.binDir, 'postgres'), ['-D', where, '-p', String(EMBEDDED_PORT), ...toServerArgs(serverSettings(where))], {
      ...(account ? { uid: account.uid, gid: account.gid } : {}),
      env: { LC_ALL: 'C' },
      stdio: ['ignore', log, log, byDescriptor ? fd : 'ignore'],
      // Its own process group: Ctrl-C reaches Doable, which stops the server after its own work is done.
      detached: true,
    });
  } finally {
    closeSync(fd);
    closeSync(log);
  }
}

async function waitUntilReady(child: ChildProcess, dir: string, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `PostgreSQL stopped while starting (exit code ${child.exitCode}). The end of its log (${logFile}):\n${readLogTail(logFile)}`,
      );
    }
    const pidFile = readServerPidFile(dir);
    if (pidFile && pidFile.pid === child.pid && pidFile.status === 'ready') return;
    if (performance.now() > deadline) throw new Error(`PostgreSQL did not become ready within ${timeoutMs / 1000} s; see ${logFile}.`);
    await sleep(20);
  }
}

async function ensureDatabase(connection: pg.ClientConfig, name: string): Promise<void> {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Unix socket paths are limited to ~100 bytes; a deeper folder is reached through a descriptor of this process. */
const SOCKET_PATH_MAX = process.platform === 'linux' ? 107 : 103;

function socketHost(dir: string): { host: string; close(): void } {
  if (join(dir, `.s.PGSQL.${EMBEDDED_PORT}`).length <= SOCKET_PATH_MAX) return { host: dir, close: () => undefined };
  if (!byDescriptor) throw new Error(`The data folder's path is too long for a Unix socket (${dir}): choose a shorter DOABLE_DATA_DIR.`);
  const fd = openSync(dir, 'r');
  let open = true;
  return {
    host: `/proc/self/fd/${fd}`,
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}

import { execFileSync, spawn } from 'node:child_process';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isPortOpen, killNow, waitFor } from './processes.ts';

export interface PostgresHandle {
  /** Connection string for the superuser `postgres` on loopback. */
  url: string;
  /** The postmaster's pid. */
  pid: number;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  dataDir: string;
  port: number;
  /** Server log; by default the output is discarded. */
  logFile?: string;
  /**
   * Keep the server running after this process exits (the stack CLI). It is then stopped with
   * `stopPostgres(dataDir)`; its pid file is PostgreSQL's own `postmaster.pid`.
   */
  detached?: boolean;
  /**
   * `durable` (the default): PostgreSQL's own settings, so an acknowledged commit survives a crash. `fast` turns off
   * fsync, synchronous commit and full-page writes: a crash may lose or corrupt data, so only throwaway test
   * databases ask for it.
   */
  durability?: 'durable' | 'fast';
  /** Server settings on top of these (`-c name=value`): the bench's `shared_preload_libraries` for statement statistics. */
  settings?: Record<string, string>;
}

const FAST_UNSAFE_SETTINGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

/** The newest PostgreSQL server installed from Debian's packages. */
export function findPostgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (!newest) throw new Error('PostgreSQL server not found: install it with `apt-get install -y postgresql`.');
  return join(root, newest, 'bin');
}

const isRoot = () => process.getuid?.() === 0;

/** Installs Debian's PostgreSQL server with apt when none is installed (root only); returns its bin folder. */
export function ensurePostgresInstalled(log: (line: string) => void = console.log): string {
  try {
    return findPostgresBinDir();
  } catch (error) {
    if (!isRoot() || !existsSync('/usr/bin/apt-get')) throw error;
  }
  log('installing PostgreSQL from Debian with apt-get (once)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'postgresql'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
  });
  return findPostgresBinDir();
}

// initdb and postgres refuse to run as root, so the server runs as the Debian `postgres` user.
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function run(command: string, args: string[]): string {
  const [cmd, cmdArgs] = asPostgresUser(command, args);
  return execFileSync(cmd, cmdArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The pid of a server already running on `dataDir`, from `pg_ctl status`. */
function runningServerPid(bin: string, dataDir: string): number | undefined {
  if (!existsSync(join(dataDir, 'postmaster.pid'))) return undefined;
  try {
    const status = run(join(bin, 'pg_ctl'), ['-D', dataDir, 'status']);
    const pid = /PID: (\d+)/.exec(status)?.[1];
    return pid === undefined ? undefined : Number(pid);
  } catch {
    return undefined; // pg_ctl exits 3 when no server runs
  }
}

function ensureReachableByPostgresUser(dataDir: string): void {
  if (!isRoot()) return;
  // Every folder above the data folder must be traversable by the `postgres` user (e.g. not under /root).
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dirname(dataDir)], { stdio: 'ignore' });
  } catch {
    throw new Error(
      `PostgreSQL runs as the \`postgres\` user, which cannot reach ${dirname(dataDir)}: choose a data folder outside /root (for example under /var/tmp).`,
    );
  }
}

/**
 * Initialises (once) and starts a PostgreSQL cluster on 127.0.0.1 with trust auth for local tests and development,
 * durable unless `durability: 'fast'` is asked for.
 * A server already running on the same data folder and port is reused.
 */
export async function startPostgres({
  dataDir,
  port,
  logFile,
  detached = false,
  durability = 'durable',
  settings = {},
}: StartPostgresOptions): Promise<PostgresHandle> {
  const bin = findPostgresBinDir();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  mkdirSync(dirname(dataDir), { recursive: true });
  ensureReachableByPostgresUser(dataDir);

  const existing = runningServerPid(bin, dataDir);
  if (existing !== undefined) {
    await waitUntilReady(bin, port, 30_000);
    return { url, pid: existing, stop: async () => void (await stopPostgres(dataDir)) };
  }
  if (await isPortOpen(port)) throw new Error(`cannot start PostgreSQL: port ${port} is already in use by another process`);

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    if (isRoot()) {
      const { uid, gid } = postgresIds();
      chownSync(dataDir, uid, gid);
    }
    try {
      run(join(bin, 'initdb'), [
        '-D',
        dataDir,
        '-U',
        'postgres',
        '--auth=trust',
        '-E',
        'UTF8',
        ...(durability === 'fast' ? ['--no-sync'] : []),
      ]);
    } catch (error) {
      throw new Error(`initdb failed for ${dataDir}: ${(error as { stderr?: string }).stderr ?? error}`);
    }
  }
  const [cmd, args] = asPostgresUser(join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-h',
    '127.0.0.1',
    '-k',
    '/tmp',
    ...(durability === 'fast' ? FAST_UNSAFE_SETTINGS : []),
    '-c',
    'max_connections=300',
    ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ]);
  if (logFile) mkdirSync(dirname(logFile), { recursive: true });
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = spawn(cmd, args, { stdio: ['ignore', out, out], detached });
  if (typeof out === 'number') closeSync(out);
  if (detached) child.unref();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let failed = false;
  child.once('exit', () => {
    failed = true;
  });
  await waitFor(
    () => {
      if (failed) throw new Error(`PostgreSQL exited during start-up${logFile ? `; see ${logFile}` : ''}`);
      return isReady(bin, port);
    },
    { timeoutMs: 30_000, intervalMs: 100, what: `PostgreSQL on port ${port}` },
  );
  const pid = runningServerPid(bin, dataDir) ?? child.pid ?? 0;
  return {
    url,
    pid,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await stopPostgres(dataDir);
      if (!detached) await exited;
    },
  };
}

/** Fast shutdown of the server running on `dataDir`, if any. True when one was stopped. */
export async function stopPostgres(dataDir: string): Promise<boolean> {
  const bin = findPostgresBinDir();
  if (runningServerPid(bin, dataDir) === undefined) return false;
  // runuser does not forward signals to the server, so ask pg_ctl for a fast shutdown.
  run(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', '-t', '30', 'stop']);
  return true;
}

/** Kills the postmaster of `dataDir` with SIGKILL (a crash, not a shutdown); resolves with its pid once it is gone. */
export async function killPostgres(dataDir: string): Promise<number | undefined> {
  const pid = postgresPid(dataDir);
  if (pid !== undefined) await killNow(pid);
  return pid;
}

/**
 * Starts a crashed server again on its data. The killed server's backends notice and exit on their own; until they
 * have, a new postmaster refuses to start (its shared memory is still in use), so this tries again until `timeoutMs`.
 */
export async function restartPostgres(options: StartPostgresOptions, timeoutMs = 60_000): Promise<PostgresHandle> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await startPostgres(options);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** The pid of the server running on `dataDir`, if any. */
export function postgresPid(dataDir: string): number | undefined {
  return runningServerPid(findPostgresBinDir(), dataDir);
}

function isReady(bin: string, port: number): boolean {
  try {
    execFileSync(join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function waitUntilReady(bin: string, port: number, timeoutMs: number): Promise<void> {
  await waitFor(() => isReady(bin, port), { timeoutMs, intervalMs: 100, what: `PostgreSQL on port ${port}` });
}

function postgresIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g') };
}

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PostgresRuntime } from './postgres-runtime.ts';

/** The system account PostgreSQL runs as when Doable runs as root (PostgreSQL refuses to run as root). */
export const SERVER_ACCOUNT = 'doable-db';

/** Where the runtime is copied for that account when it cannot reach Doable's own copy (e.g. a clone under /root). */
const SHARED_RUNTIMES = '/var/lib/doable/postgres';

/**
 * Held by the one starter that creates an account. useradd's own lock does not stop two racing runs from each writing
 * /etc/passwd from what it read before the other wrote: both succeed, the account's uid flips from one to the other,
 * and a starter that looked in between runs PostgreSQL as a uid that no longer exists.
 */
const CREATION_LOCK = '/var/lib/doable/account-creation.lock';
/** A lock older than this was left by a starter that died while holding it (creating an account takes well under 1 s). */
const STALE_LOCK_MS = 30_000;

export interface ServerAccount {
  name: string;
  uid: number;
  gid: number;
}

export const isRoot = (): boolean => process.getuid?.() === 0;

/**
 * The unprivileged account the server runs as when this process is root, created on first need as a system account
 * without home or login shell; undefined when this process is not root (the server then runs as this user).
 */
export function serverAccount(): ServerAccount | undefined {
  if (!isRoot()) return undefined;
  if (process.platform !== 'linux') {
    throw new Error(
      `PostgreSQL refuses to run as root, and Doable creates an account for it on Linux only. Run Doable as a regular user, or set DATABASE_URL.`,
    );
  }
  return systemAccount(SERVER_ACCOUNT);
}

/** The system account `name`, created (once, whatever the number of starters racing on a fresh machine) if missing. */
export function systemAccount(name: string): ServerAccount {
  const found = findAccount(name);
  if (found) return found;
  const release = creationLock();
  try {
    return findAccount(name) ?? createAccount(name);
  } finally {
    release();
  }
}

function findAccount(name: string): ServerAccount | undefined {
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { name, uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined;
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes CREATION_LOCK (a folder: making one is atomic), waiting while another starter holds it; returns its release. */
function creationLock(): () => void {
  mkdirSync(dirname(CREATION_LOCK), { recursive: true, mode: 0o755 });
  for (;;) {
    try {
      mkdirSync(CREATION_LOCK);
      return () => rmSync(CREATION_LOCK, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const heldSince = statSync(CREATION_LOCK, { throwIfNoEntry: false })?.mtimeMs;
    if (heldSince !== undefined && Date.now() - heldSince > STALE_LOCK_MS) rmSync(CREATION_LOCK, { recursive: true, force: true });
    pause(50 + Math.random() * 100);
  }
}

function createAccount(name: string): ServerAccount {
  // useradd (Debian, Fedora, …), else BusyBox's adduser (Alpine). /etc/passwd may be locked for a moment by another
  // program's change (a package install, an administrator): look again, a few times.
  const attempts: [string, string[]][] = [
    ['useradd', ['--system', '--user-group', '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', name]],
    ['sh', ['-c', `addgroup -S ${name} && adduser -S -D -H -h /nonexistent -s /sbin/nologin -G ${name} ${name}`]],
  ];
  const failures: string[] = [];
  for (let round = 0; round < 10; round++) {
    for (const [command, args] of attempts) {
      const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      const account = findAccount(name);
      if (account) return account;
      if (round === 0) failures.push(`${command}: ${result.error?.message ?? result.stderr.trim()}`);
    }
    pause(200 + Math.random() * 300);
  }
  throw new Error(
    `PostgreSQL refuses to run as root, so Doable runs it as the system account ${name}, which could not be created (${failures.join('; ')}). Create it (useradd --system --user-group ${name}), run Doable as a regular user, or set DATABASE_URL.`,
  );
}

/** Whether `account` can run the program at `path` (every folder above it must let that account through). */
function canRun(path: string, account: ServerAccount): boolean {
  const result = spawnSync(path, ['--version'], { uid: account.uid, gid: account.gid, stdio: 'ignore' });
  return result.status === 0;
}

/**
 * The runtime as `account` can run it: Doable's own copy when the account can reach it, else a copy in
 * /var/lib/doable owned by root (so the account cannot change the programs it runs), made once per version.
 */
export function runtimeFor(runtime: PostgresRuntime, account: ServerAccount | undefined): PostgresRuntime {
  if (!account || canRun(join(runtime.binDir, 'postgres'), account)) return runtime;
  const root = join(SHARED_RUNTIMES, `${runtime.version}-${runtime.platform}`);
  const shared = { ...runtime, root, binDir: join(root, 'bin') };
  if (existsSync(join(shared.binDir, 'postgres')) && canRun(join(shared.binDir, 'postgres'), account)) return shared;
  // Doable keeps its own new files private (umask 077); these must be readable and runnable by the account.
  const umask = process.umask(0o022);
  try {
    const draft = `${root}.${process.pid}.tmp`;
    mkdirSync(dirname(root), { recursive: true, mode: 0o755 });
    rmSync(draft, { recursive: true, force: true });
    // Static libraries are for building extensions, not for running the server.
    cpSync(runtime.root, draft, { recursive: true, verbatimSymlinks: true, filter: (source) => !source.endsWith('.a') });
    rmSync(root, { recursive: true, force: true });
    renameSync(draft, root);
  } finally {
    process.umask(umask);
  }
  if (!canRun(join(shared.binDir, 'postgres'), account)) {
    throw new Error(
      `PostgreSQL copied to ${root} does not run as ${account.name}: check that every folder above it is open to other users.`,
    );
  }
  return shared;
}

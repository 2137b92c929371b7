import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

const LOCK_FILE = 'doable.lock';
/** Who holds the lock: written by the holder right after taking it, and again with its address once it serves. */
const HOLDER_FILE = 'doable.lock.json';
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;

const holderSchema = z.object({
  pid: z.number().int().positive(),
  /** `server`: `npm start` (HTTP); `mcp`: `doable mcp` over stdio, which serves no one else. */
  role: z.enum(['server', 'mcp']),
  /** Where a `server` holder answers on this machine (e.g. http://127.0.0.1:3000), once it listens. */
  url: z.url().optional(),
  since: z.iso.datetime(),
});
export type DataFolderHolder = z.infer<typeof holderSchema>;
export type DataFolderRole = DataFolderHolder['role'];

export interface DataFolderLock {
  readonly dataDir: string;
  /** Records where this process serves HTTP, so `doable mcp` connects to it instead of opening the folder. */
  announce(url: string): void;
  release(): void;
}

/**
 * Takes the data folder's exclusive lock, or returns undefined when another process holds it.
 *
 * The lock is an operating-system file lock (SQLite's, on `doable.lock`, held by a transaction that is never
 * committed): the kernel drops it the moment its holder exits, even by `kill -9`, so a crashed holder never blocks
 * the next start and no timeout is needed; and two starters racing cannot both win. A pid file could do neither
 * (pids are reused, and removing a stale file races with its next creator).
 */
export function tryLockDataFolder(dataDir: string, role: DataFolderRole, now: () => Date = () => new Date()): DataFolderLock | undefined {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new DatabaseSync(join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    // A journal in memory: no journal file beside the lock (nothing is ever written).
    db.exec('PRAGMA journal_mode = MEMORY; BEGIN EXCLUSIVE');
  } catch (error) {
    db.close();
    const code = (error as { errcode?: number }).errcode;
    if (code === SQLITE_BUSY || code === SQLITE_LOCKED) return undefined;
    throw error;
  }
  const holder: DataFolderHolder = { pid: process.pid, role, since: now().toISOString() };
  writeHolder(dataDir, holder);
  let released = false;
  return {
    dataDir,
    announce(url) {
      if (!released) writeHolder(dataDir, { ...holder, url });
    },
    release() {
      if (released) return;
      released = true;
      rmSync(join(dataDir, HOLDER_FILE), { force: true });
      db.close();
    },
  };
}

/** The process holding the folder, as it described itself, if it is alive (a record left by a dead one is ignored). */
export function findDataFolderHolder(dataDir: string): DataFolderHolder | undefined {
  let holder: DataFolderHolder;
  try {
    holder = holderSchema.parse(JSON.parse(readFileSync(join(dataDir, HOLDER_FILE), 'utf8')));
  } catch {
    return undefined;
  }
  return isAlive(holder.pid) ? holder : undefined;
}

export interface OpenDataFolderOptions {
  /** Whether a live holder is described enough to act on (e.g. a server that already listens); else look again. */
  isSettled?: (holder: DataFolderHolder) => boolean;
  /** How long to wait for the holder to settle (it describes itself right after taking the lock). */
  waitMs?: number;
  /** Told once when a live holder is waited for (e.g. to say so on stderr). */
  onWait?: (holder: DataFolderHolder) => void;
  pollMs?: number;
  now?: () => number;
}

/**
 * The folder's lock for `role`, or its live holder once settled. Throws DataFolderInUseError when the holder does not
 * settle in time. Nothing here waits for a lock to expire: a dead holder's lock is already gone.
 */
export async function openDataFolder(
  dataDir: string,
  role: DataFolderRole,
  { isSettled = () => true, waitMs = 2_000, pollMs = 50, now = Date.now, onWait }: OpenDataFolderOptions = {},
): Promise<{ lock: DataFolderLock } | { holder: DataFolderHolder }> {
  const deadline = now() + waitMs;
  let told = false;
  for (;;) {
    const lock = tryLockDataFolder(dataDir, role);
    if (lock) return { lock };
    const holder = findDataFolderHolder(dataDir);
    if (holder && isSettled(holder)) return { holder };
    if (now() >= deadline) throw new DataFolderInUseError(dataDir, holder, role);
    if (holder && !told) {
      told = true;
      onWait?.(holder);
    }
    await sleep(pollMs);
  }
}

/** The folder's lock for `role`; throws DataFolderInUseError, naming the holder, when a live process holds it. */
export async function lockDataFolder(dataDir: string, role: DataFolderRole, options: OpenDataFolderOptions = {}): Promise<DataFolderLock> {
  const opened = await openDataFolder(dataDir, role, options);
  if ('lock' in opened) return opened.lock;
  throw new DataFolderInUseError(dataDir, opened.holder, role);
}

/** Another live process holds the data folder; the message says which and what to do. */
export class DataFolderInUseError extends Error {
  readonly dataDir: string;
  readonly holder: DataFolderHolder | undefined;

  constructor(dataDir: string, holder: DataFolderHolder | undefined, opener: DataFolderRole) {
    super(inUseMessage(dataDir, holder, opener));
    this.name = 'DataFolderInUseError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

function inUseMessage(dataDir: string, holder: DataFolderHolder | undefined, opener: DataFolderRole): string {
  const why = "Two processes on one data folder would lose each other's writes, so this one stops.";
  const elsewhere = 'or give this one its own DOABLE_DATA_DIR';
  if (!holder) {
    return `The data folder ${dataDir} is in use by another Doable process. ${why} Stop that process, ${elsewhere}.`;
  }
  const { pid } = holder;
  if (holder.role === 'mcp') {
    const connect = 'every `doable mcp` then connects to the running server instead of opening the folder';
    return opener === 'server'
      ? `The data folder ${dataDir} is open in \`doable mcp\` (pid ${pid}), the MCP server an assistant such as Claude Desktop starts. ${why} Quit that assistant (or kill ${pid}), then run \`npm start\` first: ${connect}. Or ${elsewhere}.`
      : `The data folder ${dataDir} is open in another \`doable mcp\` (pid ${pid}). ${why} Run \`npm start\` so ${connect}, or quit the other MCP client (kill ${pid}).`;
  }
  const where = holder.url ? ` at ${holder.url}` : ', still starting';
  return opener === 'server'
    ? `Doable is already running on the data folder ${dataDir} (pid ${pid}${where}). ${why} Use the running one, stop it first (kill ${pid}), ${elsewhere}.`
    : `Doable (pid ${pid}) holds the data folder ${dataDir} but is not serving yet. Try again once it is up, or set DOABLE_URL to its address.`;
}

function writeHolder(dataDir: string, holder: DataFolderHolder): void {
  const file = join(dataDir, HOLDER_FILE);
  const draft = `${file}.${process.pid}.tmp`;
  writeFileSync(draft, `${JSON.stringify(holder)}\n`, { mode: 0o600 });
  // A rename replaces the record whole: a reader never sees half of it.
  renameSync(draft, file);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

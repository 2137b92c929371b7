import { execFileSync } from 'node:child_process';
import { readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ServerPidFile {
  pid: number;
  /** `starting`, `ready` or `stopping` (PostgreSQL's own `postmaster.pid`, line 8). */
  status: string | undefined;
}

/** What PostgreSQL's `postmaster.pid` in `dir` says, if there is one. */
export function readServerPidFile(dir: string): ServerPidFile | undefined {
  let lines: string[];
  try {
    lines = readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, status: lines[7]?.trim() || undefined };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** An exited process its parent has not reaped yet (a container whose first process reaps nothing keeps them). */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    return /\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Whether `pid` is a PostgreSQL server working in `dir` (its current directory), not a program that took a reused pid. */
function servesFolder(pid: number, dir: string): boolean {
  try {
    if (process.platform === 'linux') return realpathSync(`/proc/${pid}/cwd`) === realpathSync(dir);
    return /postgres/.test(execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (isAlive(pid)) {
    if (performance.now() > deadline) return false;
    await sleep(25);
  }
  return true;
}

/**
 * A server still running on `dir` was left by a Doable process that ended without stopping it (kill -9, a crash):
 * nothing uses it any more (the caller holds the data folder's lock), and its output goes nowhere. It gets a fast
 * shutdown (committed work is safe; a checkpoint is written) so that the new one starts with this process's settings.
 * A `postmaster.pid` naming a pid now used by another program is removed (PostgreSQL would refuse to start).
 */
export async function stopLeftoverServer(dir: string, notice: (message: string, level: 'warn') => void): Promise<void> {
  const pidFile = readServerPidFile(dir);
  if (!pidFile || !isAlive(pidFile.pid)) return;
  const { pid } = pidFile;
  if (!servesFolder(pid, dir)) {
    rmSync(join(dir, 'postmaster.pid'), { force: true });
    return;
  }
  notice(
    `A PostgreSQL server (pid ${pid}) was still running on ${dir}, left by a Doable process that ended without stopping it: stopping it first`,
    'warn',
  );
  process.kill(pid, 'SIGINT');
  if (await waitUntilGone(pid, 60_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (!(await waitUntilGone(pid, 15_000)))
    throw new Error(`The PostgreSQL server left running on ${dir} (pid ${pid}) does not stop: stop it, then start again.`);
}

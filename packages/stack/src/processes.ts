import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { basename, dirname } from 'node:path';

/** How a detached process this process started ended (only seen while this process runs). */
export interface ProcessExit {
  pid: number;
  /** Its pid file's name without `.pid` (`service-todo-backend-0`, `daprd-audit-service-0`, `kafka`). */
  what: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  at: number;
}

const exits: ProcessExit[] = [];

/** Every detached process this process started that has ended since, oldest first: who died, and how. */
export function detachedExits(): readonly ProcessExit[] {
  return exits;
}

export interface DetachedProcess {
  command: string;
  args: string[];
  /** stdout and stderr are appended here. */
  logFile: string;
  pidFile: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run as this user and group (a root parent dropping privileges). */
  uid?: number;
  gid?: number;
}

/** Starts a process that outlives this one (its own process group), logging to a file; its pid goes to `pidFile`. */
export function spawnDetached(spec: DetachedProcess): number {
  mkdirSync(dirname(spec.logFile), { recursive: true });
  mkdirSync(dirname(spec.pidFile), { recursive: true });
  const out = openSync(spec.logFile, 'a');
  try {
    const child = spawn(spec.command, spec.args, {
      detached: true,
      stdio: ['ignore', out, out],
      env: spec.env ?? process.env,
      cwd: spec.cwd,
      ...(spec.uid === undefined ? {} : { uid: spec.uid }),
      ...(spec.gid === undefined ? {} : { gid: spec.gid }),
    });
    if (child.pid === undefined) throw new Error(`could not start ${spec.command}`);
    const pid = child.pid;
    const what = basename(spec.pidFile, '.pid');
    child.once('exit', (code, signal) => exits.push({ pid, what, code, signal, at: Date.now() }));
    child.unref();
    writeFileSync(spec.pidFile, `${child.pid}\n`);
    return child.pid;
  } finally {
    closeSync(out);
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    // A zombie still answers signal 0; it is not running.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z /.test(stat);
  } catch {
    return false;
  }
}

/** The pid recorded in `pidFile` if that process still runs and its command line contains `marker`. */
export function runningPid(pidFile: string, marker: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  // Guards against a recycled pid: only a process that is still ours counts.
  const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  return cmdline.includes(marker) ? pid : undefined;
}

/** SIGKILL (a crash: no shutdown code runs) to `pid`; resolves once it is gone. */
export async function killNow(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return; // already gone
  }
  await waitFor(() => !isAlive(pid), { timeoutMs: 10_000, intervalMs: 50, what: `process ${pid} to die` });
}

/** SIGTERM to the process group, SIGKILL after `timeoutMs`; removes the pid file. True when something was stopped. */
export async function stopByPidFile(pidFile: string, marker: string, timeoutMs = 15_000): Promise<boolean> {
  const pid = runningPid(pidFile, marker);
  if (pid === undefined) {
    rmSync(pidFile, { force: true });
    return false;
  }
  signalGroup(pid, 'SIGTERM');
  const stopped = await waitFor(() => !isAlive(pid), { timeoutMs, intervalMs: 100 }).then(
    () => true,
    () => false,
  );
  if (!stopped) {
    signalGroup(pid, 'SIGKILL');
    await waitFor(() => !isAlive(pid), { timeoutMs: 5_000, intervalMs: 100, what: `process ${pid} to exit` });
  }
  rmSync(pidFile, { force: true });
  return true;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  what?: string;
}

/** Polls `check` until it returns a truthy value (which is returned) or the time runs out. */
export async function waitFor<T>(check: () => T | Promise<T>, { timeoutMs, intervalMs = 200, what }: WaitOptions): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what ?? 'a condition'}${reason}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function isPortOpen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Resident set size of a process in MiB (from /proc), or undefined when it is not running. */
export function residentMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb === undefined ? undefined : Math.round(Number(kb) / 1024);
  } catch {
    return undefined;
  }
}

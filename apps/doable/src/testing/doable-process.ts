import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { freePort } from '@doable/test-kit';
import { vi } from 'vitest';

const MAIN = join(import.meta.dirname, '..', 'main.js');
const running = new Set<ChildProcess>();

export interface DoableProcess {
  child: ChildProcess;
  pid: number;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** SIGTERM, as Ctrl-C or a service manager stops it. */
  stop(): Promise<void>;
  /** SIGKILL: no clean-up of any kind. */
  kill(): Promise<void>;
}

export interface SpawnAs {
  /** Run as this user and group instead of this process's (root only). */
  uid?: number;
  gid?: number;
  /** The Node binary (default: this one), e.g. a copy that the user above can reach. */
  node?: string;
  /** The entry (default: the sources' `main.js`), e.g. the bundle `npm start` runs. */
  entry?: string;
}

/**
 * `npm start`'s process, from its sources (`node apps/doable/src/main.js`; `npm start` runs their bundle) on a data
 * folder and a free loopback port. It runs under umask 022, the common default, so anything it does not make private
 * itself would be readable by others.
 */
export function spawnDoable(dataDir: string, port: number, env: Record<string, string> = {}, as: SpawnAs = {}) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('/bin/sh', ['-c', 'umask 022 && exec "$0" "$@"', as.node ?? process.execPath, as.entry ?? MAIN], {
    ...(as.uid === undefined ? {} : { uid: as.uid }),
    ...(as.gid === undefined ? {} : { gid: as.gid }),
    env: {
      PATH: process.env.PATH ?? '',
      DOABLE_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      running.delete(child);
      resolve(code);
    }),
  );
  return { child, url, output: () => output, exited };
}

/** Starts Doable and waits until it answers `/healthz`; fails with its output if it exits first. */
export async function startDoable(dataDir: string, env: Record<string, string> = {}, as: SpawnAs = {}): Promise<DoableProcess> {
  const port = await freePort();
  const { child, url, output, exited } = spawnDoable(dataDir, port, env, as);
  let exitCode: number | null | undefined;
  void exited.then((code) => {
    exitCode = code;
  });
  await vi.waitFor(
    async () => {
      if (exitCode !== undefined) return; // no use waiting: reported below
      const response = await fetch(`${url}/healthz`);
      if (!response.ok) throw new Error(`/healthz answered ${response.status}:\n${output()}`);
    },
    // A first start creates the database cluster: seconds here, a minute or more on a machine under heavy load.
    { timeout: 180_000, interval: 100 },
  );
  if (exitCode !== undefined) throw new Error(`Doable exited with ${exitCode} before answering:\n${output()}`);
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const done = once(child, 'exit');
    child.kill(name);
    await done;
  };
  return { child, pid: child.pid as number, url, output, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}

/** Runs Doable expecting it to stop by itself (e.g. refused); returns its exit code and output. */
export async function runDoableToExit(dataDir: string, env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  const { output, exited } = spawnDoable(dataDir, await freePort(), env);
  const code = await exited;
  return { code, output: output() };
}

/** Kills every Doable process these helpers started that still runs (a test that failed midway leaves some). */
export async function killAllDoables(): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const done = once(child, 'exit');
      child.kill('SIGKILL');
      await done;
    }),
  );
}

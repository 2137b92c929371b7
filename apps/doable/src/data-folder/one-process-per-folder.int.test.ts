import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DoableProcess, killAllDoables, runDoableToExit, startDoable } from '../testing/doable-process.ts';

/** The embedded server's postmaster, from PostgreSQL's own pid file in the data folder. */
function serverPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/**
 * Whether `pid` still runs. An exited server that nobody has reaped yet (an orphan waits for the machine's first
 * process to reap it) is a zombie: it answers signal 0 but is gone, as Doable's own check counts it.
 */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Every path under `root` (itself included) that group or others may read, write or enter. */
function openToOthers(root: string): string[] {
  const entries = [root, ...readdirSync(root, { recursive: true }).map((name) => join(root, String(name)))];
  return entries.filter((path) => !lstatSync(path).isSymbolicLink() && (lstatSync(path).mode & 0o077) !== 0);
}

describe.skipIf(process.platform === 'win32')('npm start on a data folder', { timeout: 240_000 }, () => {
  const parent = mkdtempSync(join(tmpdir(), 'doable-one-process-'));
  const dataDir = join(parent, 'data');
  let first: DoableProcess;
  let takeover: DoableProcess | undefined;
  let token: string;
  let firstTaskId: number;

  beforeAll(() => {
    // A folder as earlier versions left it: open to every user of the machine.
    mkdirSync(dataDir, { recursive: true });
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'auth-secret'), `${'ab'.repeat(32)}\n`);
    chmodSync(join(dataDir, 'auth-secret'), 0o644);
  });
  afterAll(async () => {
    await takeover?.stop();
    await killAllDoables();
    rmSync(parent, { recursive: true, force: true });
  });

  it('makes a folder open to others private at start-up, and says so', async () => {
    first = await startDoable(dataDir);
    expect(first.output()).toContain(`The data folder ${dataDir} was open to other users of this machine`);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'auth-secret')).mode & 0o777).toBe(0o600);
  });

  it('refuses a second start with a message saying what to do, while the first keeps serving', async () => {
    const second = await runDoableToExit(dataDir);
    expect(second.code).toBe(1);
    expect(second.output).toContain(`Doable is already running on the data folder ${dataDir} (pid ${first.pid} at ${first.url})`);
    expect(second.output).toContain(`stop it first (kill ${first.pid}), or give this one its own DOABLE_DATA_DIR`);
    expect(second.output).not.toContain('Doable is running at');

    const api = createApiClient(first.url);
    ({ token } = await signUp(api, 'Owner'));
    const created = await api.post('/api/v1/tasks', { title: 'Written while a second start was refused' }, token);
    expect(created.status).toBe(201);
    firstTaskId = created.body.id;
  });

  it('keeps every file in the folder private to its owner once in use (the WAL holds session tokens)', () => {
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('takes over the folder of a holder killed with kill -9 at once, with every acknowledged write', async () => {
    await first.kill();
    takeover = await startDoable(dataDir);

    const api = createApiClient(takeover.url);
    const tasks = await api.get('/api/v1/tasks', token);
    expect(tasks.status).toBe(200);
    expect(tasks.body.items.map((task: { id: number }) => task.id)).toEqual([firstTaskId]);
    const next = await api.post('/api/v1/tasks', { title: 'After the takeover' }, token);
    expect(next.body.id).toBeGreaterThan(firstTaskId);
    expect(openToOthers(dataDir)).toEqual([]);
  });

  it('keeps every acknowledged write when Node is killed with kill -9 mid-write, and stops the server it left running', async () => {
    const running = takeover as DoableProcess;
    const api = createApiClient(running.url);
    const acknowledged: number[] = [];
    let writing = true;
    const writer = async (n: number) => {
      for (let i = 0; writing; i++) {
        const created = await api.post('/api/v1/tasks', { title: `Writer ${n}, task ${i}` }, token).catch(() => undefined);
        if (created?.status !== 201) return;
        acknowledged.push(created.body.id);
      }
    };
    const writers = Array.from({ length: 4 }, (_, n) => writer(n));
    await vi.waitFor(() => expect(acknowledged.length).toBeGreaterThanOrEqual(40), { timeout: 90_000, interval: 50 });
    const orphan = serverPid(dataDir);
    await running.kill();
    writing = false;
    await Promise.all(writers);
    // Node is gone; the server it started is not.
    expect(isAlive(orphan)).toBe(true);

    takeover = await startDoable(dataDir);
    expect(takeover.output()).toContain(`A PostgreSQL server (pid ${orphan}) was still running on ${join(dataDir, 'postgres')}`);
    expect(isAlive(orphan)).toBe(false);
    expect(serverPid(dataDir)).not.toBe(orphan);
    const after = createApiClient(takeover.url);
    const missing: number[] = [];
    for (const id of acknowledged) if ((await after.get(`/api/v1/tasks/${id}`, token)).status !== 200) missing.push(id);
    expect(missing).toEqual([]);
  });

  it('stops its server when asked to stop (SIGTERM), leaving nothing running', async () => {
    const running = takeover as DoableProcess;
    const server = serverPid(dataDir);
    await running.stop();
    expect(isAlive(server)).toBe(false);
    expect(readdirSync(join(dataDir, 'postgres'))).not.toContain('postmaster.pid');
    takeover = undefined;
  });
});

import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderInUseError, findDataFolderHolder, lockDataFolder, openDataFolder, tryLockDataFolder } from './data-folder-lock.ts';

const MODULE = join(import.meta.dirname, 'data-folder-lock.ts');

/** A separate process that takes the folder's lock (or not), says so on stdout, and keeps it until killed. */
function lockInChild(dataDir: string, role: 'server' | 'mcp' = 'server') {
  const script = `
    import { tryLockDataFolder } from ${JSON.stringify(MODULE)};
    const lock = tryLockDataFolder(${JSON.stringify(dataDir)}, ${JSON.stringify(role)});
    if (lock) lock.announce('http://127.0.0.1:3999');
    process.stdout.write(lock ? 'held\\n' : 'refused\\n');
    setInterval(() => {}, 60_000);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const answer = new Promise<'held' | 'refused'>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim() as 'held' | 'refused');
    });
    child.on('exit', (code) => reject(new Error(`the locking process exited with ${code}`)));
  });
  return { child, answer };
}

async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

describe('the data folder lock', () => {
  const folders: string[] = [];
  const children: ChildProcess[] = [];
  const aFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'doable-lock-'));
    folders.push(folder);
    return folder;
  };
  afterEach(async () => {
    await Promise.all(children.splice(0).map(killHard));
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('lets one opener in at a time, in one process too, and the next one in once released', () => {
    const dataDir = aFolder();
    const first = tryLockDataFolder(dataDir, 'server');
    expect(first).toBeDefined();
    expect(tryLockDataFolder(dataDir, 'mcp')).toBeUndefined();
    first?.release();
    const second = tryLockDataFolder(dataDir, 'mcp');
    expect(second).toBeDefined();
    second?.release();
  });

  it('describes its holder, with the address once announced, and forgets it on release', () => {
    const dataDir = aFolder();
    const lock = tryLockDataFolder(dataDir, 'server', () => new Date('2030-01-02T03:04:05Z'));
    expect(findDataFolderHolder(dataDir)).toEqual({ pid: process.pid, role: 'server', since: '2030-01-02T03:04:05.000Z' });
    lock?.announce('http://127.0.0.1:3000');
    expect(findDataFolderHolder(dataDir)?.url).toBe('http://127.0.0.1:3000');
    lock?.release();
    expect(findDataFolderHolder(dataDir)).toBeUndefined();
  });

  it('refuses a second process while the first is alive, naming the holder', { timeout: 30_000 }, async () => {
    const dataDir = aFolder();
    const holder = lockInChild(dataDir, 'mcp');
    children.push(holder.child);
    expect(await holder.answer).toBe('held');

    expect(tryLockDataFolder(dataDir, 'server')).toBeUndefined();
    const refusal = await lockDataFolder(dataDir, 'server').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DataFolderInUseError);
    expect((refusal as DataFolderInUseError).holder).toMatchObject({ pid: holder.child.pid, role: 'mcp' });
    expect((refusal as Error).message).toContain(`\`doable mcp\` (pid ${holder.child.pid})`);
    expect((refusal as Error).message).toContain('npm start');
  });

  it('is free at once when its holder is killed with kill -9, and the dead holder is not named', { timeout: 30_000 }, async () => {
    const dataDir = aFolder();
    const holder = lockInChild(dataDir);
    children.push(holder.child);
    expect(await holder.answer).toBe('held');
    await killHard(holder.child);

    expect(findDataFolderHolder(dataDir)).toBeUndefined();
    const lock = tryLockDataFolder(dataDir, 'server');
    expect(lock).toBeDefined();
    expect(findDataFolderHolder(dataDir)?.pid).toBe(process.pid);
    lock?.release();
  });

  it("lets exactly one of several racing starters take over a dead holder's folder", async () => {
    const dataDir = aFolder();
    // What a holder killed mid-run leaves behind: its record, naming a pid that is gone.
    const dead = lockInChild(dataDir);
    children.push(dead.child);
    expect(await dead.answer).toBe('held');
    await killHard(dead.child);

    const racers = Array.from({ length: 4 }, () => lockInChild(dataDir));
    children.push(...racers.map((racer) => racer.child));
    const answers = await Promise.all(racers.map((racer) => racer.answer));

    expect(answers.filter((answer) => answer === 'held')).toHaveLength(1);
    const winner = racers[answers.indexOf('held')]?.child.pid;
    expect(findDataFolderHolder(dataDir)).toMatchObject({ pid: winner, role: 'server', url: 'http://127.0.0.1:3999' });
  }, 60_000);

  it('waits for a holder still starting to say where it serves', async () => {
    const dataDir = aFolder();
    const lock = tryLockDataFolder(dataDir, 'server');
    setTimeout(() => lock?.announce('http://127.0.0.1:3000'), 100);
    const waitedFor: number[] = [];
    const opened = await openDataFolder(dataDir, 'mcp', {
      isSettled: (holder) => holder.url !== undefined,
      waitMs: 30_000,
      onWait: (holder) => waitedFor.push(holder.pid),
    });
    expect(opened).toEqual({ holder: expect.objectContaining({ pid: process.pid, url: 'http://127.0.0.1:3000' }) });
    expect(waitedFor).toEqual([process.pid]);
    lock?.release();
  });

  it('ignores a damaged holder record', () => {
    const dataDir = aFolder();
    const lock = tryLockDataFolder(dataDir, 'server');
    writeFileSync(join(dataDir, 'doable.lock.json'), '{"pid":');
    expect(findDataFolderHolder(dataDir)).toBeUndefined();
    lock?.release();
  });
});

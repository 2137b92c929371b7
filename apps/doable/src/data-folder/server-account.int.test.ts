import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SERVER_ACCOUNT } from '@doable/db';
import { createApiClient, signUp } from '@doable/test-kit';
import { afterAll, describe, expect, it } from 'vitest';
import { killAllDoables, startDoable } from '../testing/doable-process.ts';

const isRoot = process.getuid?.() === 0;

/** The real user id of a running process. */
function uidOf(pid: number): number {
  return Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
}

function serverPid(dataDir: string): number {
  return Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** `nobody`'s ids, and whether it can read this repository (a clone under /root is closed to it). */
function regularUser(): { uid: number; gid: number } | undefined {
  if (!isRoot) return { uid: process.getuid?.() as number, gid: process.getgid?.() as number };
  try {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
    const user = { uid: id('-u'), gid: id('-g') };
    const reads = spawnSync('/bin/sh', ['-c', 'test -r "$0"', join(import.meta.dirname, '..', 'main.ts')], { ...user, stdio: 'ignore' });
    return reads.status === 0 ? user : undefined;
  } catch {
    return undefined;
  }
}

const regular = regularUser();

describe.skipIf(process.platform !== 'linux')('who the embedded server runs as', { timeout: 240_000 }, () => {
  const parent = mkdtempSync(join(tmpdir(), 'doable-accounts-'));
  afterAll(async () => {
    await killAllDoables();
    rmSync(parent, { recursive: true, force: true });
  });

  it.skipIf(!isRoot)(`npm start as root: the server runs as ${SERVER_ACCOUNT}, and the data folder stays root's only`, async () => {
    const dataDir = join(parent, 'root-data');
    const doable = await startDoable(dataDir);
    try {
      const { token } = await signUp(createApiClient(doable.url), 'Root');
      expect((await createApiClient(doable.url).post('/api/v1/tasks', { title: 'As root' }, token)).status).toBe(201);
      const account = Number(execFileSync('id', ['-u', SERVER_ACCOUNT], { encoding: 'utf8' }).trim());
      expect(uidOf(doable.pid)).toBe(0);
      expect(uidOf(serverPid(dataDir))).toBe(account);
      expect(statSync(join(dataDir, 'postgres')).uid).toBe(account);
      expect(statSync(dataDir).uid).toBe(0);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    } finally {
      await doable.stop();
    }
  });

  it.skipIf(!regular)('npm start as a regular user: Doable and its server run as that user', async () => {
    const user = regular as { uid: number; gid: number };
    const home = join(parent, 'home');
    mkdirSync(home, { mode: 0o700 });
    let node = process.execPath;
    if (isRoot) {
      // This Node may sit in root's home: the user runs a copy (a hard link when the file system allows one).
      chmodSync(parent, 0o755);
      chownSync(home, user.uid, user.gid);
      node = join(parent, 'node');
      try {
        linkSync(process.execPath, node);
      } catch {
        copyFileSync(process.execPath, node);
      }
    }
    const dataDir = join(home, 'data');
    const doable = await startDoable(dataDir, {}, { uid: user.uid, gid: user.gid, node });
    try {
      const api = createApiClient(doable.url);
      const { token } = await signUp(api, 'Regular');
      expect((await api.post('/api/v1/tasks', { title: 'As a regular user' }, token)).status).toBe(201);
      expect(uidOf(doable.pid)).toBe(user.uid);
      expect(uidOf(serverPid(dataDir))).toBe(user.uid);
      expect(statSync(join(dataDir, 'postgres')).uid).toBe(user.uid);
    } finally {
      await doable.stop();
    }
  });
});

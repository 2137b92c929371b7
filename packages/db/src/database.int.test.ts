import { lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';

/** Every path under `root` (itself included) that group or others may read, write or enter. */
function openToOthers(root: string): string[] {
  const entries = [root, ...readdirSync(root, { recursive: true }).map((name) => join(root, String(name)))];
  return entries.filter((path) => !lstatSync(path).isSymbolicLink() && (lstatSync(path).mode & 0o077) !== 0);
}

describe.skipIf(process.platform === 'win32')('a PGlite data folder', () => {
  const parent = mkdtempSync(join(tmpdir(), 'doable-db-modes-'));
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it('is readable by its owner only once opened, including the files PGlite writes first', async () => {
    const dataDir = join(parent, 'pglite');
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      expect(openToOthers(dataDir)).toEqual([]);
    } finally {
      await database.close();
    }
  });
});

import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { restrictToOwner } from './owner-only.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('restrictToOwner', () => {
  const roots: string[] = [];
  const aFolder = () => {
    const root = mkdtempSync(join(tmpdir(), 'doable-owner-only-'));
    roots.push(root);
    return root;
  };
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });

  it('closes a folder and everything in it to group and others, keeping the owner bits', () => {
    const root = aFolder();
    chmodSync(root, 0o755);
    mkdirSync(join(root, 'postgres', 'base'), { recursive: true, mode: 0o777 });
    chmodSync(join(root, 'postgres'), 0o777);
    writeFileSync(join(root, 'postgres', 'base', '1247'), 'rows', { mode: 0o666 });
    chmodSync(join(root, 'postgres', 'base', '1247'), 0o666);
    writeFileSync(join(root, 'auth-secret'), 'secret', { mode: 0o600 });

    expect(restrictToOwner(root)).toBe(4);

    expect(modeOf(root)).toBe(0o700);
    expect(modeOf(join(root, 'postgres'))).toBe(0o700);
    expect(modeOf(join(root, 'postgres', 'base'))).toBe(0o700);
    expect(modeOf(join(root, 'postgres', 'base', '1247'))).toBe(0o600);
    expect(modeOf(join(root, 'auth-secret'))).toBe(0o600);
    expect(restrictToOwner(root)).toBe(0);
  });

  it('leaves what a symbolic link points to alone', () => {
    const root = aFolder();
    const elsewhere = aFolder();
    const shared = join(elsewhere, 'shared.txt');
    writeFileSync(shared, 'not ours');
    chmodSync(shared, 0o644);
    symlinkSync(shared, join(root, 'link'));

    restrictToOwner(root);

    expect(modeOf(shared)).toBe(0o644);
  });
});

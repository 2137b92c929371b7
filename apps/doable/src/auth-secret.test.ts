import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@doable/platform';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAuthSecret } from './auth-secret.ts';

describe('the generated auth secret', () => {
  const folders: string[] = [];
  const aFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'doable-secret-'));
    folders.push(folder);
    return join(folder, 'data');
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('prefers the configured secret and writes nothing', () => {
    const dataDir = aFolder();
    expect(resolveAuthSecret('configured-secret-0123456789abcdef0123', dataDir)).toBe('configured-secret-0123456789abcdef0123');
    expect(() => statSync(dataDir)).toThrow();
  });

  it('is generated once into a folder and a file only its owner can read, then kept', () => {
    const dataDir = aFolder();
    const secret = resolveAuthSecret(undefined, dataDir);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'auth-secret')).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret(undefined, dataDir)).toBe(secret);
  });

  it('refuses an empty secret file rather than signing sessions with nothing', () => {
    const dataDir = aFolder();
    resolveAuthSecret(undefined, dataDir);
    writeFileSync(join(dataDir, 'auth-secret'), '\n');
    expect(() => resolveAuthSecret(undefined, dataDir)).toThrow(ConfigError);
  });
});

import { describe, expect, it } from 'vitest';
import { findPostgresRuntime, UnsupportedPlatformError } from './postgres-runtime.ts';

describe('the PostgreSQL runtime for this machine', () => {
  it('is found among the installed packages, with its programs', () => {
    const runtime = findPostgresRuntime();
    expect(runtime.platform).toBe(`${process.platform}-${process.arch}`);
    expect(runtime.binDir).toMatch(/native[/\\]bin$/);
  });

  it('is refused on a platform no package is built for, with DATABASE_URL as the way to run there', () => {
    const refusal = (() => {
      try {
        findPostgresRuntime('freebsd-x64');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(UnsupportedPlatformError);
    expect((refusal as Error).message).toContain('no PostgreSQL server is packaged for freebsd-x64');
    expect((refusal as Error).message).toContain('set DATABASE_URL');
  });

  it('is refused on Windows, where the server could not keep to a Unix socket in the data folder', () => {
    expect(() => findPostgresRuntime('win32-x64')).toThrow(UnsupportedPlatformError);
  });
});

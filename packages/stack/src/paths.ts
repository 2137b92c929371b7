import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of everything the stack downloads, builds and runs: `$DOABLE_CACHE_DIR`, else `~/.cache/doable`. */
export function cacheRoot(): string {
  return process.env.DOABLE_CACHE_DIR ?? join(homedir(), '.cache', 'doable');
}

/** Where a running stack keeps its pid files, generated configuration, data and logs. */
export function defaultRunDir(): string {
  return join(cacheRoot(), 'run');
}

/** The repository root, found from this file's location (packages/stack/src). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const stackPackageDir = join(repoRoot, 'packages', 'stack');

/**
 * Where a stack's processes that run as another user (PostgreSQL as `postgres`, nginx as `www-data`) keep their files:
 * the run folder itself, or as root, whose home other users cannot enter, a folder of its own under /var/tmp.
 */
export function otherUserDir(runDir: string): string {
  if (process.getuid?.() !== 0) return runDir;
  const key = createHash('sha256').update(runDir).digest('hex').slice(0, 8);
  return join('/var/tmp', `doable-stack-${key}`);
}

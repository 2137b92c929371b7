import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const SCHEMATHESIS_VERSION = '4.32.5';

/**
 * Path of the `st` command: SCHEMATHESIS_BIN, else a virtualenv under the cache folder, created on first use from
 * PyPI (needs python3 with venv). Returns the path; throws with what to install when that is impossible.
 */
export function ensureSchemathesis(): string {
  if (process.env.SCHEMATHESIS_BIN) return process.env.SCHEMATHESIS_BIN;
  const cacheRoot = process.env.DOABLE_CACHE_DIR ?? join(homedir(), '.cache', 'doable');
  const venv = join(cacheRoot, `schemathesis-${SCHEMATHESIS_VERSION}`);
  const bin = join(venv, 'bin', 'st');
  if (existsSync(bin)) return bin;
  console.log(`installing schemathesis ${SCHEMATHESIS_VERSION} into ${venv} (once)…`);
  try {
    execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
    execFileSync(join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`], { stdio: 'inherit' });
  } catch (error) {
    throw new Error(`Could not install schemathesis (needs python3 with venv: apt-get install -y python3-venv): ${String(error)}`);
  }
  return bin;
}

import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of everything the stack downloads, builds and runs: `$DOABLE_CACHE_DIR`, else `~/.cache/doable`. */
export function cacheRoot(): string {
  return process.env.DOABLE_CACHE_DIR ?? join(homedir(), '.cache', 'doable');
}

/**
 * `DOABLE_TEST_SLOT=1` lets a second test run share the machine with a first one (slot 0, the default): each test
 * stack then takes a folder of its own and ports 300 above slot 0's. The stacks' port offsets are 1000 apart, so two
 * slots are all that fit below the kernel's ephemeral range; 500 would put a sidecar on 6000, a port fetch refuses.
 */
export function testSlot(): 0 | 1 {
  const slot = process.env.DOABLE_TEST_SLOT ?? '0';
  if (slot !== '0' && slot !== '1') throw new Error(`DOABLE_TEST_SLOT must be 0 or 1, not "${slot}"`);
  return slot === '1' ? 1 : 0;
}

/** The run folder `run-<name>` of a test stack, in this run's slot. */
export function testStackRunDir(name: string): string {
  return join(cacheRoot(), testSlot() === 0 ? `run-${name}` : `run-${name}-slot1`);
}

/**
 * Every stack's port offset (packages/stack/README.md), so stacks run beside each other and beside a developer's (0).
 * A second test run (`DOABLE_TEST_SLOT=1`) shifts the test stacks by `SLOT_PORT_SHIFT` more.
 */
export const PORT_OFFSETS = { stackTests: 1000, distributedTests: 2000, bench: 3000, chaos: 4000, conversationStoreTest: 5000 } as const;
export const SLOT_PORT_SHIFT = 300;

/** A test stack's port offset, in this run's slot. */
export function testStackPortOffset(offset: number): number {
  return offset + SLOT_PORT_SHIFT * testSlot();
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

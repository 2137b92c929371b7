import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../paths.ts';
import { startStack, stopStack } from '../stack.ts';
import { distributedApps, distributedComponentMetadata, distributedPortOffset, distributedRunDir } from './distributed-stack.ts';

/**
 * Brings Doable up as production runs it, once for the `distributed` project: Kafka, PostgreSQL, and every
 * service in its own process beside its own sidecar, with Dapr API and app tokens on. Fresh data every run.
 */
export default async function setup(project: TestProject) {
  const log = (line: string) => console.log(`[distributed] ${line}`);
  // The frontend serves the built web app; build it first if its sources changed (as `npm start` does).
  execFileSync(process.execPath, [join(repoRoot, 'apps', 'web', 'scripts', 'build-if-stale.ts')], { stdio: 'inherit' });
  await stopStack({ runDir: distributedRunDir, log });
  for (const dir of ['kafka', 'dapr', 'keys.json']) rmSync(join(distributedRunDir, dir), { recursive: true, force: true });
  try {
    const info = await startStack({
      apps: distributedApps,
      runDir: distributedRunDir,
      portOffset: distributedPortOffset,
      componentMetadata: distributedComponentMetadata,
      services: true,
      tokens: true,
      log,
    });
    log(`stack with every service up in ${(info.startedInMs / 1000).toFixed(1)} s`);
    project.provide('stack', info);
  } catch (error) {
    await stopStack({ runDir: distributedRunDir, log });
    throw error;
  }
  return () => stopStack({ runDir: distributedRunDir, log });
}

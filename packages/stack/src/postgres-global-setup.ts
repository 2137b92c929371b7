import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@doable/test-kit';
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * One real PostgreSQL server for the integration tests: TEST_DATABASE_URL when given, else a throwaway cluster on
 * a free loopback port, removed afterwards. Each test file then makes its own database on it.
 */
export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'doable-test-pg-'));
  // The server runs as the `postgres` user, which must be able to reach its data folder inside.
  chmodSync(dataDir, 0o755);
  // Throwaway databases: durability traded for speed, asked for here and nowhere else.
  const postgres = await startPostgres({ dataDir: join(dataDir, 'data'), port: await freePort(), durability: 'fast' });
  project.provide('postgresUrl', postgres.url);
  return async () => {
    await postgres.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@doable/test-kit';
import { type PostgresHandle, startPostgres } from './postgres.ts';
import { isAlive, waitFor } from './processes.ts';

export interface KillablePostgres {
  /** The superuser's connection string; the same before and after a restart. */
  url: string;
  /** Kills the postmaster with SIGKILL (a crash, not a shutdown) and resolves once it is gone. */
  kill(): Promise<void>;
  /** Starts the server again on the same data and port; resolves once it accepts connections. */
  restart(): Promise<void>;
  /** Stops the server and removes its data. */
  remove(): Promise<void>;
}

/**
 * A PostgreSQL server of the test's own (not the shared one: this one gets killed), on a free loopback port. It is
 * durable, as in production: with asynchronous commit a crash loses commits that were already acknowledged.
 */
export async function startKillablePostgres(): Promise<KillablePostgres> {
  const root = mkdtempSync(join(tmpdir(), 'doable-killable-pg-'));
  // The server runs as the `postgres` user, which must be able to reach its data folder inside.
  chmodSync(root, 0o755);
  const dataDir = join(root, 'data');
  const port = await freePort();
  let server: PostgresHandle | undefined = await startPostgres({ dataDir, port });
  return {
    url: server.url,
    async kill() {
      if (!server) return;
      const { pid } = server;
      server = undefined;
      process.kill(pid, 'SIGKILL');
      await waitFor(() => !isAlive(pid), { timeoutMs: 60_000, intervalMs: 100, what: 'the killed postmaster to be gone' });
    },
    async restart() {
      // The killed server's backends notice and exit on their own; until they have, a new one may refuse to start.
      server = await waitFor(() => startPostgres({ dataDir, port }), {
        timeoutMs: 60_000,
        intervalMs: 250,
        what: 'PostgreSQL to start again on its data',
      });
    },
    async remove() {
      await server?.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

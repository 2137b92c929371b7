import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

/**
 * Presents one PGlite instance as the `pg` pool Kysely's PostgresDialect expects. PGlite is a single connection,
 * so `connect` hands it out to one borrower at a time (a transaction keeps it until `release`).
 * Parameterless statements run through `exec`, which accepts several statements at once (SQL migration files).
 */
/** The statement's command word (INSERT, UPDATE, …): Kysely reads affected-row counts only for those. */
function commandOf(sql: string): PostgresQueryResult<unknown>['command'] {
  return (/^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SELECT') as PostgresQueryResult<unknown>['command'];
}

export function createPgliteKyselyPool(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();

  const client = {
    async query<R>(sql: string, parameters?: readonly unknown[]): Promise<PostgresQueryResult<R>> {
      if (!parameters || parameters.length === 0) {
        const results = await pglite.exec(sql);
        const last = results.at(-1);
        return { command: commandOf(sql), rowCount: last?.affectedRows ?? last?.rows.length ?? 0, rows: (last?.rows ?? []) as R[] };
      }
      const result = await pglite.query<R>(sql, parameters as unknown[]);
      return { command: commandOf(sql), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
    },
    release() {},
  };

  return {
    connect() {
      let release!: () => void;
      const turn = new Promise<void>((resolve) => {
        release = resolve;
      });
      const ready = queue;
      queue = queue.then(() => turn);
      return ready.then(() => ({ ...client, release }) as unknown as PostgresPoolClient);
    },
    async end() {},
    options: {},
  };
}

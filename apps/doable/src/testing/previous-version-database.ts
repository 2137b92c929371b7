import { mkdirSync } from 'node:fs';
import type { Database } from '@doable/db';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult, sql } from 'kysely';

/**
 * The database of Doable before its embedded PostgreSQL server: PGlite in a data folder's `pglite/`, behind the same
 * Kysely adapter that version used. Tests run the app on it to make a previous version's data folder, so the
 * conversion is tested on what that code really wrote, not on a stored copy.
 */
export async function openPreviousVersionDatabase(folder: string): Promise<Database> {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const pglite = await PGlite.create({
    dataDir: folder,
    extensions: { pg_trgm, btree_gin, btree_gist },
    parsers: { [pgliteTypes.INT8]: (value: string) => Number(value) },
  });
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: pgliteKyselyPool(pglite) }) });
  return {
    db,
    kind: 'embedded',
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** The statement's command word (INSERT, UPDATE, …): Kysely reads affected-row counts only for those. */
function commandOf(text: string): PostgresQueryResult<unknown>['command'] {
  return (/^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? 'SELECT') as PostgresQueryResult<unknown>['command'];
}

/** One PGlite instance as the `pg` pool Kysely expects, lent to one borrower (transaction) at a time. */
function pgliteKyselyPool(pglite: PGlite): PostgresPool {
  let queue: Promise<void> = Promise.resolve();
  const client = {
    async query<R>(text: string, parameters?: readonly unknown[]): Promise<PostgresQueryResult<R>> {
      if (!parameters || parameters.length === 0) {
        const results = await pglite.exec(text);
        const last = results.at(-1);
        return { command: commandOf(text), rowCount: last?.affectedRows ?? last?.rows.length ?? 0, rows: (last?.rows ?? []) as R[] };
      }
      const result = await pglite.query<R>(text, parameters as unknown[]);
      return { command: commandOf(text), rowCount: result.affectedRows ?? result.rows.length, rows: result.rows };
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

import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { restrictToOwner } from './owner-only.ts';
import { createPgliteKyselyPool } from './pglite-pool.ts';

export type DatabaseTarget = { kind: 'pglite'; dataDir: string | undefined } | { kind: 'postgres'; url: string; poolSize?: number };

export interface Database {
  /** Untyped at the package level: each module types its own tables with `db.withSchema(...)` and its own interface. */
  db: Kysely<any>;
  kind: DatabaseTarget['kind'];
  close(): Promise<void>;
}

const INT8 = 20;

// Task ids are bigint identities; every id we hand out stays far below 2^53, so numbers are safe and readable.
pg.types.setTypeParser(INT8, (value) => Number(value));

/**
 * Opens PGlite (a data folder, or memory when `dataDir` is undefined) or a PostgreSQL pool, with pg_trgm available.
 * A PGlite folder is made readable by its owner only; only one process may open it at a time (the caller's to ensure).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 20 });
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
  const pglite = await PGlite.create({
    ...(target.dataDir ? { dataDir: target.dataDir } : {}),
    extensions: { pg_trgm },
    parsers: { [pgliteTypes.INT8]: (value: string) => Number(value) },
  });
  // PGlite writes a new folder's first files readable by everyone, whatever the umask; what it writes later follows
  // the umask. The database holds session tokens: owner only.
  if (target.dataDir) restrictToOwner(target.dataDir);
  const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: createPgliteKyselyPool(pglite) }) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { restrictToOwner } from './owner-only.ts';
import { createPgliteKyselyPool } from './pglite-pool.ts';

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | undefined }
  | {
      kind: 'postgres';
      url: string;
      poolSize?: number;
      /** How long a query waits for a connection before it fails (default 5 s): an outage answers fast, not in 30 s. */
      connectionTimeoutMs?: number;
      /** Told about each lost connection (the server went away, a network cut); the pool replaces it on next use. */
      onConnectionError?: (error: Error) => void;
    };

export interface Database {
  /** Untyped at the package level: each module types its own tables with `db.withSchema(...)` and its own interface. */
  db: Kysely<any>;
  kind: DatabaseTarget['kind'];
  /** Resolves when the database answers a trivial query, rejects when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;

// Task ids are bigint identities; every id we hand out stays far below 2^53, so numbers are safe and readable.
pg.types.setTypeParser(INT8, (value) => Number(value));

async function ping(db: Kysely<any>): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * Opens PGlite (a data folder, or memory when `dataDir` is undefined) or a PostgreSQL pool, with pg_trgm available.
 * A PGlite folder is made readable by its owner only; only one process may open it at a time (the caller's to ensure).
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 20,
      connectionTimeoutMillis: target.connectionTimeoutMs ?? 5_000,
      // A server that vanished without closing the socket (a node lost) is noticed instead of waited on forever.
      keepAlive: true,
    });
    // Without these listeners a connection lost while idle in the pool, or held between queries, is an unhandled
    // 'error' event, and Node ends the process. The pool drops such a connection and opens a new one on next use.
    const onConnectionError = target.onConnectionError ?? (() => undefined);
    pool.on('error', onConnectionError);
    pool.on('connect', (client) => client.on('error', onConnectionError));
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', ping: () => ping(db), close: () => db.destroy() };
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
    ping: () => ping(db),
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

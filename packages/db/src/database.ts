import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type EmbeddedPostgresOptions, startEmbeddedPostgres } from './embedded-postgres/embedded-postgres.ts';
import { EMBEDDED_POOL_IDLE_MS, EMBEDDED_POOL_SIZE } from './embedded-postgres/server-settings.ts';
import { preparingPool } from './prepared-statements.ts';

export type DatabaseTarget =
  | ({
      kind: 'embedded';
      /** Told about each lost connection; the pool replaces it on next use. */
      onConnectionError?: (error: Error) => void;
    } & EmbeddedPostgresOptions)
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
  /** Without tables at the package level: each module opens its own schema with `schemaOf` and its own interface. */
  db: Kysely<unknown>;
  kind: DatabaseTarget['kind'];
  /** The embedded server's postmaster, when this process started one. */
  serverPid?: number;
  /** Resolves when the database answers a trivial query, rejects when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const INT8 = 20;

// Task ids are bigint identities; every id we hand out stays far below 2^53, so numbers are safe and readable.
pg.types.setTypeParser(INT8, (value) => Number(value));

async function ping(db: Kysely<unknown>): Promise<void> {
  await sql`select 1`.execute(db);
}

/**
 * Opens a PostgreSQL pool: on the server at `url`, or on an embedded server started in a data folder (see
 * `startEmbeddedPostgres`), which `close` then stops. pg_trgm is available on both. A statement marked `prepared`
 * runs as a named prepared statement of its connection.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'embedded') {
    const server = await startEmbeddedPostgres(target);
    const pool = new pg.Pool({
      ...server.connection,
      max: EMBEDDED_POOL_SIZE,
      idleTimeoutMillis: EMBEDDED_POOL_IDLE_MS,
      connectionTimeoutMillis: 10_000,
    });
    const db = kyselyOn(pool, target.onConnectionError);
    const open = openConnections(pool);
    return {
      db,
      kind: 'embedded',
      serverPid: server.pid,
      ping: () => ping(db),
      close: async () => {
        await db.destroy();
        // pg's pool resolves `end` once it has asked its idle connections to close, not once they have: a server
        // stopped right then cuts them off mid-goodbye, each logged as a lost connection. Stopped once they are gone.
        await allEnded(open, CONNECTIONS_CLOSE_MS);
        await server.stop();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize ?? 20,
    connectionTimeoutMillis: target.connectionTimeoutMs ?? 5_000,
    // A server that vanished without closing the socket (a node lost) is noticed instead of waited on forever.
    keepAlive: true,
  });
  const db = kyselyOn(pool, target.onConnectionError);
  return { db, kind: 'postgres', ping: () => ping(db), close: () => db.destroy() };
}

/** How long closing waits for the pool's connections to end before it stops the embedded server anyway. */
const CONNECTIONS_CLOSE_MS = 2_000;

/** The pool's connections whose sockets have not ended yet. */
function openConnections(pool: pg.Pool): Set<pg.PoolClient> {
  const open = new Set<pg.PoolClient>();
  pool.on('connect', (client) => {
    open.add(client);
    client.once('end', () => open.delete(client));
  });
  return open;
}

async function allEnded(open: Set<pg.PoolClient>, boundMs: number): Promise<void> {
  if (open.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, boundMs);
  });
  const ended = Promise.all([...open].map((client) => new Promise<void>((resolve) => client.once('end', () => resolve()))));
  await Promise.race([ended, bound]);
  clearTimeout(timer);
}

function kyselyOn(pool: pg.Pool, onConnectionError: (error: Error) => void = () => undefined): Kysely<unknown> {
  // Without these listeners a connection lost while idle in the pool, or held between queries, is an unhandled
  // 'error' event, and Node ends the process. The pool drops such a connection and opens a new one on next use.
  pool.on('error', onConnectionError);
  pool.on('connect', (client) => client.on('error', onConnectionError));
  return new Kysely<unknown>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
}

/**
 * The handle on one module's PostgreSQL schema, typed by that module's tables (its generated `DB` interface):
 * unqualified table names resolve in `schema`.
 */
export function schemaOf<Tables extends TableShapes<Tables>>(db: Kysely<unknown>, schema: string): Kysely<Tables> {
  return db.withSchema(schema).withTables<Tables>();
}

type TableShapes<Tables> = { [Table in keyof Tables]: object };

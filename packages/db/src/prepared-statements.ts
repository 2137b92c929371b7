import { createHash } from 'node:crypto';
import { type Expression, type PostgresPool, type PostgresPoolClient, type RawBuilder, sql } from 'kysely';
import type pg from 'pg';

/**
 * The end of a statement's text that asks for a prepared statement (`prepared`). A comment, so the text PostgreSQL
 * runs and logs is the statement as written, and the mark travels with the text through Kysely to the connection.
 */
const MARK = '/* prepared */';

/**
 * A connection keeps at most this many statements prepared; past it a marked statement runs as an unnamed one, planned
 * on each call. Only statements whose text is the same whatever their input are marked, so a connection needs far
 * fewer; the bound holds even when a marked statement's text varies more than expected.
 */
export const MAX_PREPARED_PER_CONNECTION = 64;

type EndModifiable<Query> = { modifyEnd(modifier: Expression<unknown>): Query };

/**
 * Marks a statement to be prepared once per connection and run by name after that: PostgreSQL parses it once per
 * connection, and after five runs may keep a generic plan instead of planning each call. Only for statements whose
 * text is the same whatever the input (a lookup by id, a fixed insert) and whose best plan does not depend on the
 * caller: never a list or a search, where a plan kept for the average user may not suit a heavy one.
 */
export function prepared<Row>(query: RawBuilder<Row>): RawBuilder<Row>;
export function prepared<Query extends EndModifiable<Query>>(query: Query): Query;
export function prepared<Row, Query extends EndModifiable<Query>>(query: RawBuilder<Row> | Query): RawBuilder<Row> | Query {
  const mark = sql.raw(MARK);
  return 'modifyEnd' in query ? query.modifyEnd(mark) : sql<Row>`${query} ${mark}`;
}

/**
 * The name a marked text is prepared under: derived from the text alone, so a text never runs under another's name,
 * and one text has the same name on every connection and in every process.
 */
export function preparedName(text: string): string {
  return `doable_${createHash('sha256').update(text).digest('base64url').slice(0, 32)}`;
}

/**
 * `pool` for Kysely, running each marked statement (`prepared`) as a named prepared statement of its connection and
 * every other one as before (unnamed: parsed and planned on each call).
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  // One wrapper per connection: Kysely keeps its own state per client object, and the names prepared are per connection.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    options: pool.options,
    end: () => pool.end(),
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = preparingClient(client);
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
  };
}

function preparingClient(client: pg.PoolClient): PostgresPoolClient {
  const names = new Set<string>();
  const query = (text: string, values: unknown[]) => {
    if (!text.endsWith(MARK)) return client.query(text, values);
    const name = preparedName(text);
    if (!names.has(name)) {
      if (names.size >= MAX_PREPARED_PER_CONNECTION) return client.query(text, values);
      names.add(name);
    }
    // pg parses a name on its first use on the connection; it refuses a known name with a different text.
    return client.query({ name, text, values });
  };
  return {
    // Kysely passes a cursor only when its dialect is given a cursor class, and ours is not: text and values always.
    query: query as unknown as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './database.ts';
import { MAX_PREPARED_PER_CONNECTION, prepared, preparedName } from './prepared-statements.ts';

interface Prepared {
  name: string;
  statement: string;
  runs: number;
}

/** The statements this connection keeps prepared, with how often each ran (pg_prepared_statements counts its plans). */
async function preparedOnConnection(db: Kysely<unknown>): Promise<Prepared[]> {
  const { rows } = await sql<Prepared>`
    select name, statement, (generic_plans + custom_plans)::int as runs from pg_prepared_statements order by name`.execute(db);
  return rows;
}

// On the embedded server: the same pool and driver as the distributed services, whose PostgreSQL is a server at a URL.
describe('prepared statements', () => {
  let parent: string;
  let database: Database;

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'doable-prepared-'));
    database = await openDatabase({ kind: 'embedded', dir: join(parent, 'postgres') });
    await sql`create table notes (id int primary key, body text not null)`.execute(database.db);
    await sql`insert into notes select n, 'note ' || n from generate_series(1, 20) as n`.execute(database.db);
  });

  afterAll(async () => {
    await database?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  const notes = (db: Kysely<unknown>) => db.withTables<{ notes: { id: number; body: string } }>();

  // One transaction holds one connection: what it prepares stays on it.
  it('prepares a marked statement once per connection and runs it by name after that, with the same rows', async () => {
    await database.db.transaction().execute(async (trx) => {
      const byId = (id: number) => notes(trx).selectFrom('notes').select(['id', 'body']).where('id', '=', id);
      for (const id of [1, 7, 7, 20, 3, 11, 2]) {
        expect(await prepared(byId(id)).execute()).toEqual(await byId(id).execute());
      }
      const raw = (id: number) => sql<{ body: string }>`select body from notes where id = ${id}`;
      expect((await prepared(raw(5)).execute(trx)).rows).toEqual([{ body: 'note 5' }]);
      expect((await prepared(raw(6)).execute(trx)).rows).toEqual([{ body: 'note 6' }]);

      const builderText = prepared(byId(1)).compile().sql;
      const rawText = prepared(raw(1)).compile(trx).sql;
      // The unmarked statements ran unnamed: nothing of theirs is kept.
      expect(await preparedOnConnection(trx)).toEqual(
        [
          { name: preparedName(builderText), statement: builderText, runs: 7 },
          { name: preparedName(rawText), statement: rawText, runs: 2 },
        ].sort((a, b) => a.name.localeCompare(b.name)),
      );
    });
  });

  it('names a statement by its text alone: a changed text is a statement of its own, never run under the old name', async () => {
    await database.db.transaction().execute(async (trx) => {
      const bodies = prepared(notes(trx).selectFrom('notes').select('body').where('id', '<=', 2).orderBy('id'));
      const ids = prepared(notes(trx).selectFrom('notes').select('id').where('id', '<=', 2).orderBy('id'));
      expect(await bodies.execute()).toEqual([{ body: 'note 1' }, { body: 'note 2' }]);
      expect(await ids.execute()).toEqual([{ id: 1 }, { id: 2 }]);
      expect(await bodies.execute()).toEqual([{ body: 'note 1' }, { body: 'note 2' }]);
      const kept = await preparedOnConnection(trx);
      for (const statement of kept) expect(statement.name).toBe(preparedName(statement.statement));
      const runs = (query: { compile(): { sql: string } }) => kept.find((statement) => statement.statement === query.compile().sql)?.runs;
      expect([runs(bodies), runs(ids)]).toEqual([2, 1]);
    });
  });

  it(`keeps at most ${MAX_PREPARED_PER_CONNECTION} statements on a connection; marked ones past that run unnamed`, async () => {
    await database.db.transaction().execute(async (trx) => {
      const texts = MAX_PREPARED_PER_CONNECTION + 3;
      for (let n = 1; n <= texts; n++) {
        const result = await prepared(sql<{ n: number }>`select ${sql.lit(n)}::int as n, count(*)::int as notes from notes`).execute(trx);
        expect(result.rows).toEqual([{ n, notes: 20 }]);
      }
      expect(await preparedOnConnection(trx)).toHaveLength(MAX_PREPARED_PER_CONNECTION);
    });
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { type Migration, Migrator } from 'kysely/migration';

/**
 * Applies a module's versioned SQL files (`001-name.sql`, …) in order, once each, recording them in the module's
 * own schema. The same files run on the embedded server and on any PostgreSQL. Throws with the failing file's name.
 */
export async function migrate<Tables>(db: Kysely<Tables>, options: { schema: string; folder: string }): Promise<string[]> {
  // Replicas starting at once (two todo-backends) race on "create schema if not exists", which is not atomic in
  // PostgreSQL (one of them fails on pg_namespace's unique index): a lock per schema lets one make it. The Migrator
  // takes its own lock for the files.
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(hashtext(${`doable.migrate.${options.schema}`}))`.execute(trx);
    await sql`create schema if not exists ${sql.id(options.schema)}`.execute(trx);
  });
  const files = readdirSync(options.folder)
    .filter((file) => file.endsWith('.sql'))
    .sort();
  const migrations: Record<string, Migration> = Object.fromEntries(
    files.map((file) => [
      file.replace(/\.sql$/, ''),
      {
        up: async (trx) => {
          await sql.raw(readFileSync(join(options.folder, file), 'utf8')).execute(trx);
        },
      },
    ]),
  );
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: options.schema,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${options.schema}/${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).map((result) => result.migrationName);
}

import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '@doable/platform';
import { type Kysely, sql } from 'kysely';
import { dumpPgliteFolder } from './pglite-dump.ts';

/** Where versions before the embedded PostgreSQL server kept their database (PGlite) in the data folder. */
export const PREVIOUS_VERSION_FOLDER = 'pglite';

export interface ConversionOptions {
  dataDir: string;
  /** The embedded server's database, before any migration has run. */
  db: Kysely<unknown>;
  logger: Logger;
  now?: () => Date;
}

/**
 * A data folder written by an earlier version keeps its database in `pglite/`. On the first start of this version it
 * is dumped with PGlite's own pg_dump and restored into the embedded server in one transaction (a start interrupted
 * halfway converts again from scratch), then the old folder is kept beside as `pglite.backup-<date>`: nothing is
 * deleted. Returns the backup's path, or undefined when there was nothing to convert.
 */
export async function convertPreviousVersionFolder({
  dataDir,
  db,
  logger,
  now = () => new Date(),
}: ConversionOptions): Promise<string | undefined> {
  const previous = join(dataDir, PREVIOUS_VERSION_FOLDER);
  if (!existsSync(join(previous, 'PG_VERSION'))) return undefined;
  const backup = join(dataDir, `${PREVIOUS_VERSION_FOLDER}.backup-${now().toISOString().replace(/[:.]/g, '-')}`);
  if (await hasTables(db)) {
    // The restore committed but the start stopped before the rename: only the rename is left.
    logger.warn(`The database in ${previous} was already converted; keeping that folder as ${backup}`);
  } else {
    const started = performance.now();
    logger.info(`Converting the data folder from the previous version's database (PGlite, ${previous}) to PostgreSQL: dumping…`);
    const dump = await dumpPgliteFolder(previous);
    logger.info(`Converting: dumped ${sizeOf(dump)} of SQL; restoring into PostgreSQL…`);
    await restore(db, dump);
    logger.info(
      `Converted the data folder in ${((performance.now() - started) / 1000).toFixed(1)} s; the previous database is kept in ${backup} (delete it once you are satisfied)`,
    );
  }
  renameSync(previous, backup);
  return backup;
}

function sizeOf(text: string): string {
  const bytes = Buffer.byteLength(text);
  return bytes < 2 ** 20 ? `${(bytes / 2 ** 10).toFixed(1)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}

async function hasTables(db: Kysely<unknown>): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    select exists (select 1 from pg_tables where schemaname not in ('pg_catalog', 'information_schema')) as found
  `.execute(db);
  return rows[0]?.found === true;
}

async function restore(db: Kysely<unknown>, dump: string): Promise<void> {
  await db.connection().execute(async (connection) => {
    try {
      await sql.raw(`begin;\n${dump}\ncommit;`).execute(connection);
    } catch (error) {
      await sql.raw('rollback').execute(connection);
      throw new Error(
        `Converting the previous version's database failed, and nothing was changed (start again, or open an issue with this message): ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      // The dump sets session settings (an empty search_path): this pooled connection must not keep them.
      await sql.raw('reset all').execute(connection);
    }
  });
}

import { join } from 'node:path';
import { type Database, openDatabase } from '@doable/db';
import type { Logger } from '@doable/platform';
import { convertPreviousVersionFolder } from './pglite-conversion.ts';

export interface AppDatabaseOptions {
  /** PostgreSQL URL; else the embedded PostgreSQL in the data folder `dataDir` (`postgres/`, its log `postgres.log`). */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** The embedded server exited without being asked to; the default logs it (the pool's queries fail until it is back). */
  onDatabaseServerExit?: (description: string) => void;
  logger: Logger;
}

/**
 * `DATABASE_URL`'s server, or the embedded one in the data folder, a previous version's folder converted first.
 * Light to import: `npm start` starts the server (initdb on a first start) while it loads the rest of the app.
 */
export async function openAppDatabase(options: AppDatabaseOptions): Promise<Database> {
  const { logger } = options;
  const onConnectionError = (error: Error) => logger.warn({ err: error }, 'database connection lost; reconnecting on next use');
  if (options.databaseUrl) return openDatabase({ kind: 'postgres', url: options.databaseUrl, onConnectionError });
  if (!options.dataDir) throw new Error('Doable needs a data folder (DOABLE_DATA_DIR) or a DATABASE_URL');
  const database = await openDatabase({
    kind: 'embedded',
    dir: join(options.dataDir, 'postgres'),
    logFile: join(options.dataDir, 'postgres.log'),
    onNotice: (message, level) => logger[level](message),
    onUnexpectedExit:
      options.onDatabaseServerExit ??
      ((description) => logger.error(`The embedded PostgreSQL server stopped unexpectedly (${description})`)),
    onConnectionError,
  });
  try {
    await convertPreviousVersionFolder({ dataDir: options.dataDir, db: database.db, logger });
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export type { Database, DatabaseTarget } from './database.ts';
export { openDatabase, schemaOf } from './database.ts';
export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded-postgres/index.ts';
export {
  EMBEDDED_POOL_SIZE,
  findPostgresRuntime,
  SERVER_ACCOUNT,
  startEmbeddedPostgres,
  UnsupportedPlatformError,
} from './embedded-postgres/index.ts';
export { migrate } from './migrate.ts';
export { restrictToOwner } from './owner-only.ts';
export { MAX_PREPARED_PER_CONNECTION, prepared, preparedName } from './prepared-statements.ts';

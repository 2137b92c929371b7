export { findPostgresBinDir, startPostgres } from './postgres.ts';
export type { PostgresHandle, StartPostgresOptions } from './postgres.ts';

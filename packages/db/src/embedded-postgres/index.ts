export type { EmbeddedPostgres, EmbeddedPostgresOptions } from './embedded-postgres.ts';
export { startEmbeddedPostgres } from './embedded-postgres.ts';
export { findPostgresRuntime, type PostgresRuntime, UnsupportedPlatformError } from './postgres-runtime.ts';
export { SERVER_ACCOUNT } from './server-account.ts';
export { EMBEDDED_POOL_SIZE } from './server-settings.ts';

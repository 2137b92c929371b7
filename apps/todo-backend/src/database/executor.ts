import { schemaOf } from '@doable/db';
import type { Kysely } from 'kysely';
import { BACKEND_SCHEMA } from './schema.ts';
import type { DB as BackendTables } from './tables.generated.ts';

export type { BackendTables };
/** A database handle or an open transaction, both bound to the backend schema. */
export type Executor = Kysely<BackendTables>;

/** The backend schema's tables on the shared database handle. */
export function backendTables(db: Kysely<unknown>): Executor {
  return schemaOf<BackendTables>(db, BACKEND_SCHEMA);
}

import type { Kysely } from 'kysely';

/** A database handle or an open transaction, both bound to the backend schema. */
export type Executor = Kysely<any>;

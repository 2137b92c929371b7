import type { Kysely } from 'kysely';
import { backendTables, type Executor } from '../database/executor.ts';

/** What a consumer gave up on, as the bus hands it over. */
export interface DeadLetterInput {
  consumer: string;
  error: string;
  message: { topic: string; key: string; eventId: string; payload: unknown };
}

/** A kept dead letter: the message as it came, who gave up on it, and why. */
export interface DeadLetterRow {
  id: number;
  topic: string;
  consumer: string;
  partition_key: string;
  event_id: string;
  payload: unknown;
  error: string;
  created_at: Date;
}

/**
 * Keeps a message a consumer gave up on in `backend.dead_letters`, until an operator has handled it (nothing prunes
 * them). The same message given up on again by the same consumer (a redelivery) stays one row.
 */
export async function recordDeadLetter(db: Kysely<unknown>, letter: DeadLetterInput): Promise<void> {
  await backendTables(db)
    .insertInto('dead_letters')
    .values({
      topic: letter.message.topic,
      consumer: letter.consumer,
      partition_key: letter.message.key,
      event_id: letter.message.eventId,
      payload: JSON.stringify(letter.message.payload ?? null),
      error: letter.error.slice(0, 1000),
    })
    .onConflict((oc) => oc.columns(['topic', 'consumer', 'event_id']).doNothing())
    .execute();
}

export const deadLetterRepository = {
  /** The kept dead letters, oldest first. */
  async list(ex: Executor, limit = 100): Promise<DeadLetterRow[]> {
    const rows = await ex
      .selectFrom('dead_letters')
      .select(['id', 'topic', 'consumer', 'partition_key', 'event_id', 'payload', 'error', 'created_at'])
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...row, id: Number(row.id), created_at: new Date(row.created_at) }));
  },
  async count(ex: Executor): Promise<number> {
    const row = await ex
      .selectFrom('dead_letters')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  },
};

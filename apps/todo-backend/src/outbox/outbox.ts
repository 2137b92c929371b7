import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor } from '../database/executor.ts';

export interface OutboxMessage {
  topic: string;
  /** Partition key: the user id, so one user's events stay in order. */
  key: string;
  eventId?: string;
  payload: Record<string, unknown>;
}

export interface OutboxRow {
  id: number;
  topic: string;
  partition_key: string;
  event_id: string;
  payload: Record<string, unknown>;
  attempts: number;
}

/** The only way to publish: enqueue inside the transaction that changes state; the relay delivers after commit. */
export async function enqueue(trx: Executor, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await trx
    .insertInto('outbox')
    .values(
      messages.map((message) => ({
        topic: message.topic,
        partition_key: message.key,
        event_id: message.eventId ?? (message.payload.event_id as string | undefined) ?? randomUUID(),
        payload: JSON.stringify(message.payload),
      })),
    )
    .execute();
}

export const outboxRepository = {
  async pending(ex: Executor, limit: number): Promise<OutboxRow[]> {
    return ex
      .selectFrom('outbox')
      .select(['id', 'topic', 'partition_key', 'event_id', 'payload', 'attempts'])
      .where('delivered_at', 'is', null)
      .orderBy('id')
      .limit(limit)
      .execute();
  },
  /** Undelivered rows, counted on the small partial index `outbox_pending_idx`. */
  async countPending(ex: Executor): Promise<number> {
    const row = await ex
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<string>().as('count'))
      .where('delivered_at', 'is', null)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  },
  /** Seconds since the oldest undelivered row was written (ids follow write order), 0 when none. */
  async oldestPendingSeconds(ex: Executor, now: Date): Promise<number> {
    const row = await ex
      .selectFrom('outbox')
      .select('created_at')
      .where('delivered_at', 'is', null)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row ? Math.max(0, (now.getTime() - new Date(row.created_at).getTime()) / 1000) : 0;
  },
  async markDelivered(ex: Executor, ids: number[], now: Date): Promise<void> {
    if (ids.length === 0) return;
    await ex.updateTable('outbox').set({ delivered_at: now }).where('id', 'in', ids).execute();
  },
  async recordFailure(ex: Executor, id: number, error: string): Promise<void> {
    await ex
      .updateTable('outbox')
      .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error.slice(0, 1000) }))
      .where('id', '=', id)
      .execute();
  },
  /** Deletes rows delivered more than `keepMs` ago by the database's clock. */
  async pruneDelivered(ex: Executor, keepMs: number): Promise<void> {
    await ex
      .deleteFrom('outbox')
      .where('delivered_at', '<', sql<Date>`now() - make_interval(secs => ${keepMs / 1000})`)
      .execute();
  },
};

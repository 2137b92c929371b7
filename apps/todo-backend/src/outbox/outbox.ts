import { randomUUID } from 'node:crypto';
import { prepared } from '@doable/db';
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

/**
 * The only way to publish: enqueue inside the transaction that changes state; the relay delivers after commit. The
 * messages go as one array per column, so the statement has one text however many there are (`prepared`), and their
 * ids follow their order.
 */
export async function enqueue(trx: Executor, messages: OutboxMessage[]): Promise<void> {
  if (messages.length === 0) return;
  const column = (value: (message: OutboxMessage) => string) => messages.map(value);
  const topics = column((message) => message.topic);
  const keys = column((message) => message.key);
  const eventIds = column((message) => message.eventId ?? (message.payload.event_id as string | undefined) ?? randomUUID());
  const payloads = column((message) => JSON.stringify(message.payload));
  await prepared(
    trx
      .insertInto('outbox')
      .columns(['topic', 'partition_key', 'event_id', 'payload'])
      .expression(
        sql`select m.topic, m.partition_key, m.event_id, m.payload
          from unnest(cast(${topics} as text[]), cast(${keys} as text[]), cast(${eventIds} as uuid[]), cast(${payloads} as jsonb[]))
            with ordinality as m(topic, partition_key, event_id, payload, ordinal)
          order by m.ordinal`,
      ),
  ).execute();
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

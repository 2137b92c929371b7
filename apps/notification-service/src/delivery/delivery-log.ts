import type { Kysely } from 'kysely';
import type { DB as NotificationTables } from '../database/tables.generated.ts';

export type DeliveryStatus = 'pending' | 'sent' | 'gone' | 'failed';

export interface Delivery {
  event_id: string;
  endpoint: string;
  subscription_id: number | null;
  status: DeliveryStatus;
  http_status: number | null;
  attempts: number;
}

export const deliveryLog = {
  /**
   * Claims (event, endpoint) before sending. False when an earlier delivery of the same event already got it
   * through (or found it gone), so a redelivered event never sends twice to the same browser.
   */
  async claim(
    db: Kysely<NotificationTables>,
    row: { eventId: string; endpoint: string; subscriptionId: number; userId: string },
  ): Promise<boolean> {
    await db
      .insertInto('deliveries')
      .values({
        event_id: row.eventId,
        endpoint: row.endpoint,
        subscription_id: row.subscriptionId,
        user_id: row.userId,
        status: 'pending',
      })
      .onConflict((oc) => oc.columns(['event_id', 'endpoint']).doNothing())
      .execute();
    const existing = await db
      .selectFrom('deliveries')
      .select('status')
      .where('event_id', '=', row.eventId)
      .where('endpoint', '=', row.endpoint)
      .executeTakeFirstOrThrow();
    return existing.status === 'pending' || existing.status === 'failed';
  },

  async finish(
    db: Kysely<NotificationTables>,
    row: { eventId: string; endpoint: string; status: Exclude<DeliveryStatus, 'pending'>; httpStatus: number | null; attempts: number },
  ): Promise<void> {
    await db
      .updateTable('deliveries')
      .set((eb) => ({
        status: row.status,
        http_status: row.httpStatus,
        attempts: eb('attempts', '+', row.attempts),
        updated_at: new Date(),
      }))
      .where('event_id', '=', row.eventId)
      .where('endpoint', '=', row.endpoint)
      .execute();
  },

  async forEvent(db: Kysely<NotificationTables>, eventId: string): Promise<Delivery[]> {
    const rows = await db
      .selectFrom('deliveries')
      .select(['event_id', 'endpoint', 'subscription_id', 'status', 'http_status', 'attempts'])
      .where('event_id', '=', eventId)
      .orderBy('endpoint')
      .execute();
    return rows.map((row) => ({ ...row, subscription_id: row.subscription_id === null ? null : Number(row.subscription_id) }));
  },
};

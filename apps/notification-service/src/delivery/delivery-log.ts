import { type Kysely, sql } from 'kysely';
import type { DB as NotificationTables } from '../database/tables.generated.ts';
import type { StoredSubscription } from '../push-subscriptions/subscription-repository.ts';

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
   * The user's browsers that `eventId` is still to reach, each claimed in the log (`pending`) by one statement: a
   * browser an earlier delivery of the same event already got it through to (or found gone) is left out, so a
   * redelivered event never sends twice to the same browser. A browser still `pending` (a delivery that stopped
   * between claim and outcome) or `failed` is claimed again.
   */
  async claimForUser(db: Kysely<NotificationTables>, row: { eventId: string; userId: string }): Promise<StoredSubscription[]> {
    const rows = await db
      .with('subs', (qb) =>
        qb.selectFrom('push_subscriptions').select(['id', 'endpoint', 'p256dh', 'auth']).where('user_id', '=', row.userId),
      )
      .with('claimed', (qb) =>
        qb
          .insertInto('deliveries')
          .columns(['event_id', 'endpoint', 'subscription_id', 'user_id', 'status'])
          .expression((eb) =>
            eb
              .selectFrom('subs')
              .select((sb) => [
                sql<string>`${row.eventId}::uuid`.as('event_id'),
                'subs.endpoint',
                'subs.id',
                sb.val(row.userId).as('user_id'),
                sql<DeliveryStatus>`'pending'`.as('status'),
              ]),
          )
          // The no-op update makes the conflicting row come back from RETURNING, only when still to deliver.
          .onConflict((oc) =>
            oc
              .columns(['event_id', 'endpoint'])
              .doUpdateSet({ status: sql`deliveries.status` })
              .where('deliveries.status', 'in', ['pending', 'failed']),
          )
          .returning('endpoint'),
      )
      .selectFrom('subs')
      .innerJoin('claimed', 'claimed.endpoint', 'subs.endpoint')
      .select(['subs.id', 'subs.endpoint', 'subs.p256dh', 'subs.auth'])
      .orderBy('subs.id')
      .execute();
    return rows.map((claimed) => ({ ...claimed, id: Number(claimed.id) }));
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

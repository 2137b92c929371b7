import { type Kysely, sql } from 'kysely';
import type { DB as NotificationTables } from '../database/tables.generated.ts';

export const MAX_BROWSERS_PER_USER = 20;

export interface StoredSubscription {
  id: number;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export const subscriptionRepository = {
  /**
   * Upsert by endpoint. The caller's own row is updated in place. Another account's row moves to the caller only when
   * the keys match too: whoever posts the browser's whole subscription (its auth secret included) holds that browser,
   * which has changed accounts, and the previous account's reminders must stop showing there. Anything else is a
   * claim on an endpoint someone else holds: undefined, and nothing changes.
   */
  async save(
    db: Kysely<NotificationTables>,
    subscription: { userId: string; endpoint: string; p256dh: string; auth: string; userAgent: string | null },
  ): Promise<number | undefined> {
    const values = {
      user_id: subscription.userId,
      p256dh: subscription.p256dh,
      auth: subscription.auth,
      user_agent: subscription.userAgent,
    };
    const row = await db
      .insertInto('push_subscriptions')
      .values({ ...values, endpoint: subscription.endpoint })
      .onConflict((oc) =>
        oc
          .column('endpoint')
          .doUpdateSet({ ...values, updated_at: sql`now()` })
          .where((eb) =>
            eb.or([
              eb('push_subscriptions.user_id', '=', eb.ref('excluded.user_id')),
              eb.and([
                eb('push_subscriptions.p256dh', '=', eb.ref('excluded.p256dh')),
                eb('push_subscriptions.auth', '=', eb.ref('excluded.auth')),
              ]),
            ]),
          ),
      )
      .returning('id')
      .executeTakeFirst();
    if (!row) return undefined;
    // Bounds one account's fan-out: beyond the cap its least recently subscribed browsers are dropped.
    await db
      .deleteFrom('push_subscriptions')
      .where('user_id', '=', subscription.userId)
      .where(
        'id',
        'not in',
        db
          .selectFrom('push_subscriptions')
          .select('id')
          .where('user_id', '=', subscription.userId)
          .orderBy('updated_at', 'desc')
          .orderBy('id', 'desc')
          .limit(MAX_BROWSERS_PER_USER),
      )
      .execute();
    return Number(row.id);
  },

  /** Deletes only the caller's own subscription; true when there was one. */
  async remove(db: Kysely<NotificationTables>, userId: string, endpoint: string): Promise<boolean> {
    const result = await db
      .deleteFrom('push_subscriptions')
      .where('user_id', '=', userId)
      .where('endpoint', '=', endpoint)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  async removeGone(db: Kysely<NotificationTables>, id: number): Promise<void> {
    await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
  },

  async listForUser(db: Kysely<NotificationTables>, userId: string): Promise<StoredSubscription[]> {
    const rows = await db
      .selectFrom('push_subscriptions')
      .select(['id', 'endpoint', 'p256dh', 'auth'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  },

  async listSummaries(db: Kysely<NotificationTables>, userId: string): Promise<{ id: number; endpoint: string; created_at: Date }[]> {
    const rows = await db
      .selectFrom('push_subscriptions')
      .select(['id', 'endpoint', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  },
};

import { type Kysely, sql } from 'kysely';

export const MAX_BROWSERS_PER_USER = 20;

export interface StoredSubscription {
  id: number;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export const subscriptionRepository = {
  /** Upsert by endpoint: a browser re-subscribed under another account now belongs to that account. */
  async save(
    db: Kysely<any>,
    subscription: { userId: string; endpoint: string; p256dh: string; auth: string; userAgent: string | null },
  ): Promise<number> {
    const values = {
      user_id: subscription.userId,
      p256dh: subscription.p256dh,
      auth: subscription.auth,
      user_agent: subscription.userAgent,
    };
    const row = await db
      .insertInto('push_subscriptions')
      .values({ ...values, endpoint: subscription.endpoint })
      .onConflict((oc) => oc.column('endpoint').doUpdateSet({ ...values, updated_at: sql`now()` }))
      .returning('id')
      .executeTakeFirstOrThrow();
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
  async remove(db: Kysely<any>, userId: string, endpoint: string): Promise<boolean> {
    const result = await db
      .deleteFrom('push_subscriptions')
      .where('user_id', '=', userId)
      .where('endpoint', '=', endpoint)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  },

  async removeGone(db: Kysely<any>, id: number): Promise<void> {
    await db.deleteFrom('push_subscriptions').where('id', '=', id).execute();
  },

  async listForUser(db: Kysely<any>, userId: string): Promise<StoredSubscription[]> {
    const rows = await db
      .selectFrom('push_subscriptions')
      .select(['id', 'endpoint', 'p256dh', 'auth'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  },

  async listSummaries(db: Kysely<any>, userId: string): Promise<{ id: number; endpoint: string; created_at: Date }[]> {
    const rows = await db
      .selectFrom('push_subscriptions')
      .select(['id', 'endpoint', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  },
};

import { randomUUID } from 'node:crypto';
import { type Database, openDatabase, schemaOf } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DB as NotificationTables } from '../database/tables.generated.ts';
import { createNotificationModule, NOTIFICATION_SCHEMA } from '../notification-module.ts';
import { subscriptionRepository } from '../push-subscriptions/subscription-repository.ts';
import { deliveryLog } from './delivery-log.ts';
import { createPushDelivery } from './push-delivery.ts';
import type { PushTarget } from './push-sender.ts';

const logger = createLogger({ name: 'test', level: 'silent' });
const push = { payload: '{}', ttl: 60, urgency: 'high' as const };

/** Counts the statements sent through the Kysely instance it is added to. */
function statementCounter(): KyselyPlugin & { count: number } {
  return {
    count: 0,
    transformQuery(args) {
      this.count++;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
}

describe('push delivery', () => {
  let database: Database;
  let db: ReturnType<typeof schemaOf<NotificationTables>>;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await createNotificationModule({ db: database.db, logger });
    db = schemaOf<NotificationTables>(database.db, NOTIFICATION_SCHEMA);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function browsersOf(userId: string, count: number): Promise<string[]> {
    const endpoints = Array.from({ length: count }, (_, i) => `https://push.example/${userId}/${i}`);
    for (const endpoint of endpoints) {
      await subscriptionRepository.save(db, { userId, endpoint, p256dh: 'p', auth: 'a', userAgent: null });
    }
    return endpoints;
  }

  it('claims every browser still without the event in one statement and records each outcome in one more', async () => {
    const userId = `user-${randomUUID()}`;
    const endpoints = await browsersOf(userId, 3);
    const counter = statementCounter();
    const sent: string[] = [];
    const deliver = createPushDelivery({
      db: db.withPlugin(counter),
      send: async (target: PushTarget) => {
        sent.push(target.endpoint);
        return { result: 'sent', httpStatus: 201 };
      },
      retry: { attempts: 1, baseDelayMs: 1 },
    });
    const eventId = randomUUID();

    await deliver({ eventId, userId, push, logger });

    expect(sent.sort()).toEqual(endpoints);
    // 1 claim for all three browsers + 1 outcome each (was: 1 read + 3 per browser = 10).
    expect(counter.count).toBe(1 + endpoints.length);
    expect((await deliveryLog.forEvent(db, eventId)).map((row) => row.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('claims again a browser left pending or failed by an earlier delivery, never one it reached or found gone', async () => {
    const userId = `user-${randomUUID()}`;
    const [reached, pending, failed, fresh, gone] = await browsersOf(userId, 5);
    const eventId = randomUUID();
    const earlier = (endpoint: string | undefined, status: 'pending' | 'sent' | 'failed' | 'gone') =>
      db
        .insertInto('deliveries')
        .values({ event_id: eventId, endpoint: endpoint ?? '', user_id: userId, status })
        .execute();
    await earlier(reached, 'sent');
    // A delivery that stopped between its claim and the push (a crash): nothing was sent, so it is sent now.
    await earlier(pending, 'pending');
    await earlier(failed, 'failed');
    await earlier(gone, 'gone');

    const claimed = await deliveryLog.claimForUser(db, { eventId, userId });

    expect(claimed.map((subscription) => subscription.endpoint).sort()).toEqual([pending, failed, fresh].sort());
    expect(claimed[0]).toMatchObject({ p256dh: 'p', auth: 'a' });
    expect(await deliveryLog.claimForUser(db, { eventId, userId: `user-${randomUUID()}` })).toEqual([]);
  });
});

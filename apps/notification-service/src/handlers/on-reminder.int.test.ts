import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { type Database, openDatabase, schemaOf } from '@doable/db';
import { createLogger, type Logger, PoisonMessageError } from '@doable/platform';
import { createTestDatabase, type PeerSubscription, startFlakyFront, startWebPushPeer, type WebPushPeer } from '@doable/test-kit';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DB as NotificationTables } from '../database/tables.generated.ts';
import { deliveryLog } from '../delivery/delivery-log.ts';
import { createNotificationModule, NOTIFICATION_SCHEMA, type NotificationModule } from '../notification-module.ts';
import type { HostResolver } from '../push-endpoints/host-resolver.ts';
import { as, createPushTestApp } from '../testing/push-test-app.ts';
import { PUBLIC_ADDRESS, tableResolver } from '../testing/table-resolver.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

function aReminder(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_id: randomUUID(),
    timestamp: '2030-01-01T08:00:00.000Z',
    task_id: 42,
    user_id: `user-${randomUUID()}`,
    title: 'Pay rent',
    due_at: '2030-01-01T09:00:00.000Z',
    remind_at: '2030-01-01T08:00:00.000Z',
    ...overrides,
  };
}

describe('reminder consumer', () => {
  let database: Database;
  let peer: WebPushPeer;
  let notifications: NotificationModule;
  let app: FastifyInstance;

  beforeAll(async () => {
    peer = await startWebPushPeer();
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    notifications = await createNotificationModule({
      db: database.db,
      logger,
      retry: { attempts: 3, baseDelayMs: 10 },
      allowLoopbackEndpoints: true,
      resolveHost: tableResolver({ 'push.test': ['127.0.0.1'] }),
    });
    app = await createPushTestApp(notifications);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await peer?.stop();
  });

  const deliver = (payload: unknown) => {
    const [subscription] = notifications.subscriptions;
    if (!subscription) throw new Error('no subscription');
    return subscription.handle({ topic: 'reminders', key: 'k', eventId: String((payload as { event_id?: string }).event_id), payload });
  };

  /** A browser subscribed at the peer with the module's key, registered for `userId` through the module's route. */
  async function aBrowserOf(userId: string, endpointOrigin?: string): Promise<PeerSubscription> {
    const browser = await peer.subscribe(notifications.publicKey);
    const endpoint = endpointOrigin ? browser.endpoint.replace(peer.origin, endpointOrigin) : browser.endpoint;
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/push/subscribe',
      headers: as(userId),
      payload: { ...browser, endpoint },
    });
    expect(response.statusCode).toBe(201);
    return { ...browser, endpoint };
  }

  const deliveries = (eventId: string) => deliveryLog.forEvent(schemaOf<NotificationTables>(database.db, NOTIFICATION_SCHEMA), eventId);
  const endpointsOf = async (userId: string) =>
    (await app.inject({ method: 'GET', url: '/api/v1/push/subscriptions', headers: as(userId) })).json().items as unknown[];

  it('pushes the reminder to every browser of its user, once, even when the event arrives twice', async () => {
    const reminder = aReminder();
    const [laptop, phone] = [await aBrowserOf(reminder.user_id), await aBrowserOf(reminder.user_id)];
    const stranger = await aBrowserOf('someone-else');

    await deliver(reminder);
    await deliver(reminder);

    const expected = { type: 'reminder', task_id: 42, title: 'Pay rent', due_at: reminder.due_at, remind_at: reminder.remind_at, url: '/' };
    for (const browser of [laptop, phone]) {
      expect((await peer.notifications(browser.clientHash)).map((text) => JSON.parse(text))).toEqual([expected]);
    }
    expect(await peer.notifications(stranger.clientHash)).toEqual([]);
    expect(await deliveries(reminder.event_id)).toEqual(
      [laptop.endpoint, phone.endpoint]
        .sort()
        .map((endpoint) => expect.objectContaining({ endpoint, status: 'sent', http_status: 201, attempts: 1 })),
    );
  });

  it('forgets a browser whose subscription the push service says is gone', async () => {
    const reminder = aReminder();
    const browser = await aBrowserOf(reminder.user_id);
    await peer.expire(browser.clientHash);

    await deliver(reminder);

    expect(await deliveries(reminder.event_id)).toEqual([expect.objectContaining({ status: 'gone', http_status: 410, attempts: 1 })]);
    expect(await endpointsOf(reminder.user_id)).toEqual([]);
    await deliver(reminder);
    expect(await deliveries(reminder.event_id)).toEqual([expect.objectContaining({ status: 'gone', attempts: 1 })]);
  });

  it('retries a failing push service, records the failure, and on redelivery sends only what is still missing', async () => {
    const reminder = aReminder();
    const healthy = await aBrowserOf(reminder.user_id);
    // Five 503s: the first delivery's three tries all fail, the redelivery gets through on its third.
    const front = await startFlakyFront(peer.origin, 5);
    try {
      const flaky = await aBrowserOf(reminder.user_id, front.origin);

      await expect(deliver(reminder)).rejects.toThrow(/not delivered to 1 of 2 browsers/);
      expect(front.requests()).toBe(3);
      expect(await deliveries(reminder.event_id)).toContainEqual(
        expect.objectContaining({ endpoint: flaky.endpoint, status: 'failed', http_status: 503, attempts: 3 }),
      );
      expect(await peer.notifications(flaky.clientHash)).toEqual([]);

      await deliver(reminder);
      expect(front.requests()).toBe(6);
      expect(await peer.notifications(flaky.clientHash)).toHaveLength(1);
      expect(await peer.notifications(healthy.clientHash)).toHaveLength(1);
      expect(await deliveries(reminder.event_id)).toContainEqual(
        expect.objectContaining({ endpoint: flaky.endpoint, status: 'sent', http_status: 201, attempts: 6 }),
      );
    } finally {
      await front.stop();
    }
  });

  it('does not push twice when the database goes away between the push and its record', async () => {
    const reminder = aReminder();
    const browser = await aBrowserOf(reminder.user_id);
    // The first attempt to record this event's outcome fails, as it would with the connection lost.
    await sql`create sequence notification.finish_attempts`.execute(database.db);
    await sql`
      create function notification.fail_first_finish() returns trigger language plpgsql as $$
      begin
        if nextval('notification.finish_attempts') = 1 then raise exception 'terminating connection due to unexpected postmaster exit'; end if;
        return new;
      end $$`.execute(database.db);
    await sql`
      create trigger fail_first_finish before update on notification.deliveries for each row
      when (new.event_id = ${sql.lit(reminder.event_id)}) execute function notification.fail_first_finish()`.execute(database.db);
    try {
      await expect(deliver(reminder)).rejects.toThrow('postmaster exit');
      await deliver(reminder);
    } finally {
      await sql`drop trigger fail_first_finish on notification.deliveries`.execute(database.db);
      await sql`drop function notification.fail_first_finish`.execute(database.db);
      await sql`drop sequence notification.finish_attempts`.execute(database.db);
    }

    expect(await peer.notifications(browser.clientHash)).toHaveLength(1);
    expect(await deliveries(reminder.event_id)).toEqual([expect.objectContaining({ status: 'sent', http_status: 201, attempts: 1 })]);
  });

  it('gives up at once on a refusal no retry can fix, without asking for redelivery', async () => {
    const reminder = aReminder();
    // Subscribed with another server's key: the push service rejects our signature (400).
    const foreign = await peer.subscribe(otherKeys.publicKey);
    await app.inject({ method: 'POST', url: '/api/v1/push/subscribe', headers: as(reminder.user_id), payload: foreign });

    await deliver(reminder);

    expect(await deliveries(reminder.event_id)).toEqual([expect.objectContaining({ status: 'failed', http_status: 400, attempts: 1 })]);
    expect(await peer.notifications(foreign.clientHash)).toEqual([]);
  });

  it('connects to the address the endpoint’s host was checked at, not to a second lookup', async () => {
    const reminder = aReminder();
    // Only the module's resolver knows push.test: the push arrives only if the connection used its checked answer.
    const browser = await aBrowserOf(reminder.user_id, peer.origin.replace('localhost', 'push.test'));

    await deliver(reminder);

    expect(await peer.notifications(browser.clientHash)).toHaveLength(1);
    expect(await deliveries(reminder.event_id)).toEqual([expect.objectContaining({ status: 'sent', http_status: 201 })]);
  });

  it('never connects when the host resolves to an internal address by the time it is sent (DNS rebinding), and logs no path', async () => {
    const listener = createServer((socket) => socket.destroy());
    let connections = 0;
    listener.on('connection', () => connections++);
    listener.listen(0, '127.0.0.1');
    await once(listener, 'listening');
    const { port } = listener.address() as { port: number };
    let lookups = 0;
    // Public when the browser subscribes, this machine ever after.
    const rebinding: HostResolver = async (hostname) => {
      if (hostname !== 'rebind.example') throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
      lookups++;
      return [{ address: lookups === 1 ? PUBLIC_ADDRESS : '127.0.0.1', family: 4 }];
    };
    const { logger: capturing, lines } = capturingLogger();
    const strict = await createNotificationModule({
      db: database.db,
      logger: capturing,
      resolveHost: rebinding,
      retry: { attempts: 3, baseDelayMs: 1 },
    });
    const strictApp = await createPushTestApp(strict);
    try {
      const reminder = aReminder();
      const browser = await peer.subscribe(strict.publicKey);
      const endpoint = `https://rebind.example:${port}/push/secret-capability-token`;
      const subscribed = await strictApp.inject({
        method: 'POST',
        url: '/api/v1/push/subscribe',
        headers: as(reminder.user_id),
        payload: { ...browser, endpoint },
      });
      expect(subscribed.statusCode).toBe(201);

      await strict.subscriptions[0]?.handle({ topic: 'reminders', key: 'k', eventId: reminder.event_id, payload: reminder });

      expect(connections).toBe(0);
      expect(await deliveries(reminder.event_id)).toEqual([expect.objectContaining({ status: 'failed', http_status: null, attempts: 1 })]);
      // Kept, not deleted as gone: what an internal address answers must not be observable through the subscription.
      expect(await endpointsOf(reminder.user_id)).toHaveLength(1);
      const logged = JSON.stringify(lines);
      expect(logged).toContain(`https://rebind.example:${port}`);
      expect(logged).toContain('loopback');
      expect(logged).not.toContain('secret-capability-token');
    } finally {
      await strictApp.close();
      listener.close();
    }
  });

  it('does nothing for a user with no browsers', async () => {
    const reminder = aReminder();
    await deliver(reminder);
    expect(await deliveries(reminder.event_id)).toEqual([]);
  });

  it('rejects a malformed event as poison', async () => {
    await expect(deliver({ event_id: randomUUID(), title: 'no user' })).rejects.toBeInstanceOf(PoisonMessageError);
    await expect(deliver('not even an object')).rejects.toThrow(/not a reminder event/);
  });
});

/** A logger that keeps what is logged (every level, children included), to check what a log line would carry. */
function capturingLogger(): { logger: Logger; lines: unknown[][] } {
  const lines: unknown[][] = [];
  const record = (...args: unknown[]) => void lines.push(args);
  const logger = {
    child: (bindings: unknown) => {
      lines.push([bindings]);
      return logger;
    },
    trace: record,
    debug: record,
    info: record,
    warn: record,
    error: record,
    fatal: record,
  } as unknown as Logger;
  return { logger, lines };
}

const otherKeys = {
  publicKey: 'BJxKEp-nlH4ezWmgipyizTbPGOB6jQIuARETjLNp5wxSbnyzJ6NRgolhMy4CVThCAc1H6l_UC38nkBqcLcQx96c',
  privateKey: 'A8PXqnFU9XeF609Y2CsfFMnFCakCaPkCMrifvj2a3KY',
};

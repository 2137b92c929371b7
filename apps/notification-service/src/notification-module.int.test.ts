import { randomUUID } from 'node:crypto';
import { type Database, migrate, openDatabase, schemaOf } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase, startWebPushPeer, type WebPushPeer } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import webpush from 'web-push';
import type { DB as NotificationTables } from './database/tables.generated.ts';
import { createNotificationModule, NOTIFICATION_SCHEMA } from './notification-module.ts';
import { as, createPushTestApp } from './testing/push-test-app.ts';
import { tableResolver } from './testing/table-resolver.ts';
import { loadVapidKeys } from './vapid-keys.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

const open = async () => openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });

describe('VAPID keys', () => {
  let peer: WebPushPeer;
  const databases: Database[] = [];
  const aDatabase = async () => {
    const database = await open();
    databases.push(database);
    return database;
  };

  beforeAll(async () => {
    peer = await startWebPushPeer();
  });
  afterAll(async () => {
    await Promise.all(databases.map((database) => database.close()));
    await peer?.stop();
  });

  it('generates a key pair on the first start and keeps it across restarts', async () => {
    const { db } = await aDatabase();
    const first = await createNotificationModule({ db, logger });
    const second = await createNotificationModule({ db, logger });
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(second.publicKey).toBe(first.publicKey);
  });

  it('ends concurrent first starts with one key pair', async () => {
    const { db } = await aDatabase();
    await migrate(db, { schema: NOTIFICATION_SCHEMA, folder: new URL('../migrations', import.meta.url).pathname });
    const keys = await Promise.all(
      Array.from({ length: 5 }, () => loadVapidKeys(schemaOf<NotificationTables>(db, NOTIFICATION_SCHEMA), undefined)),
    );
    expect(new Set(keys.map((pair) => pair.publicKey)).size).toBe(1);
    expect(new Set(keys.map((pair) => pair.privateKey)).size).toBe(1);
  });

  it('signs with configured keys, which a browser subscribed with that public key accepts', async () => {
    const { db } = await aDatabase();
    const configured = webpush.generateVAPIDKeys();
    const notifications = await createNotificationModule({
      db,
      logger,
      vapid: configured,
      vapidSubject: 'https://doable.example',
      allowLoopbackEndpoints: true,
      resolveHost: tableResolver({}),
    });
    expect(notifications.publicKey).toBe(configured.publicKey);
    const app = await createPushTestApp(notifications);
    try {
      expect((await app.inject({ method: 'GET', url: '/api/v1/push/public-key' })).json()).toEqual({ public_key: configured.publicKey });
      const browser = await peer.subscribe(configured.publicKey);
      await app.inject({ method: 'POST', url: '/api/v1/push/subscribe', headers: as('user-a'), payload: browser });
      const reminder = {
        event_id: randomUUID(),
        timestamp: '2030-01-01T08:00:00.000Z',
        task_id: 7,
        user_id: 'user-a',
        title: 'Water the plants',
        due_at: null,
        remind_at: '2030-01-01T08:00:00.000Z',
      };
      await notifications.subscriptions[0]?.handle({ topic: 'reminders', key: 'user-a', eventId: reminder.event_id, payload: reminder });
      expect((await peer.notifications(browser.clientHash)).map((text) => JSON.parse(text))).toEqual([
        { type: 'reminder', task_id: 7, title: 'Water the plants', due_at: null, remind_at: reminder.remind_at, url: '/' },
      ]);
    } finally {
      await app.close();
    }
  });

  it('refuses to start with a malformed configured key', async () => {
    const { db } = await aDatabase();
    await expect(createNotificationModule({ db, logger, vapid: { publicKey: 'short', privateKey: 'short' } })).rejects.toThrow(
      /public key/i,
    );
  });

  it('consumes reminders, task events and project events as notification-service', async () => {
    const { db } = await aDatabase();
    const { subscriptions } = await createNotificationModule({ db, logger });
    expect(subscriptions.map(({ consumer, topic }) => ({ consumer, topic }))).toEqual([
      { consumer: 'notification-service', topic: 'reminders' },
      { consumer: 'notification-service', topic: 'task-events' },
      { consumer: 'notification-service', topic: 'project-events' },
    ]);
  });
});

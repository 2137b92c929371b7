import { randomBytes } from 'node:crypto';
import { type Database, openDatabase } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import webpush from 'web-push';
import { createNotificationModule } from '../notification-module.ts';
import { as, createPushTestApp } from '../testing/push-test-app.ts';
import { MAX_BROWSERS_PER_USER } from './subscription-repository.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

/** What a browser's `PushSubscription.toJSON()` looks like (a real P-256 public key, a random auth secret). */
function aBrowserSubscription(overrides: Record<string, unknown> = {}) {
  return {
    endpoint: `https://push.example.net/send/${randomBytes(8).toString('hex')}`,
    expirationTime: null,
    keys: { p256dh: webpush.generateVAPIDKeys().publicKey, auth: randomBytes(16).toString('base64url') },
    ...overrides,
  };
}

describe.each(['pglite', 'postgres'] as const)('push routes on %s', (kind) => {
  let database: Database;
  let app: FastifyInstance;
  let appAllowingLoopback: FastifyInstance;
  let publicKey: string;

  beforeAll(async () => {
    database = await openDatabase(
      kind === 'pglite' ? { kind, dataDir: undefined } : { kind, url: await createTestDatabase(inject('postgresUrl')) },
    );
    const notifications = await createNotificationModule({ db: database.db, logger });
    publicKey = notifications.publicKey;
    app = await createPushTestApp(notifications);
    appAllowingLoopback = await createPushTestApp(
      await createNotificationModule({ db: database.db, logger, allowLoopbackEndpoints: true }),
    );
  });
  afterAll(async () => {
    await app?.close();
    await appAllowingLoopback?.close();
    await database?.close();
  });

  const subscribe = (userId: string | undefined, payload: unknown) =>
    app.inject({ method: 'POST', url: '/api/v1/push/subscribe', ...(userId ? { headers: as(userId) } : {}), payload: payload as object });
  const unsubscribe = (userId: string, endpoint: string) =>
    app.inject({ method: 'POST', url: '/api/v1/push/unsubscribe', headers: as(userId), payload: { endpoint } });
  const listOf = async (userId: string) =>
    (await app.inject({ method: 'GET', url: '/api/v1/push/subscriptions', headers: as(userId) })).json();

  it('serves the public key to anyone', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/push/public-key' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ public_key: publicKey });
  });

  it('asks who is calling before anything else', async () => {
    const anonymous = await subscribe(undefined, aBrowserSubscription());
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(anonymous.json()).toMatchObject({ status: 401, code: 'unauthorized' });
    expect((await subscribe(undefined, { endpoint: 'nonsense' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/v1/push/unsubscribe', payload: { endpoint: 'x' } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/push/subscriptions' })).statusCode).toBe(401);
  });

  it('subscribes a browser, and the same browser again updates it in place', async () => {
    const browser = aBrowserSubscription({ endpoint: 'https://push.example.net/send/abc?x=1' });
    const first = await subscribe('user-a', browser);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ id: expect.any(Number) });
    const again = await subscribe('user-a', { ...browser, keys: aBrowserSubscription().keys });
    expect(again.statusCode).toBe(201);
    expect(again.json().id).toBe(first.json().id);
    const { items } = await listOf('user-a');
    expect(items).toEqual([{ id: first.json().id, endpoint_host: 'push.example.net', created_at: expect.stringMatching(/Z$/) }]);
  });

  it('moves a browser to the user who subscribed it last', async () => {
    const browser = aBrowserSubscription();
    await subscribe('user-c', browser);
    await subscribe('user-d', browser);
    expect((await listOf('user-c')).items).toEqual([]);
    expect((await listOf('user-d')).items).toHaveLength(1);
  });

  it(`keeps a user's ${MAX_BROWSERS_PER_USER} most recently subscribed browsers`, async () => {
    const browsers = Array.from({ length: MAX_BROWSERS_PER_USER + 1 }, () => aBrowserSubscription());
    const ids: number[] = [];
    for (const browser of browsers) ids.push((await subscribe('user-i', browser)).json().id);
    const kept = (await listOf('user-i')).items.map((item: { id: number }) => item.id);
    expect(kept).toEqual(ids.slice(1));
  });

  it('unsubscribes only the caller’s own browser', async () => {
    const browser = aBrowserSubscription();
    await subscribe('user-e', browser);

    const byStranger = await unsubscribe('user-f', browser.endpoint);
    expect(byStranger.statusCode).toBe(204);
    expect((await listOf('user-e')).items).toHaveLength(1);

    expect((await unsubscribe('user-e', browser.endpoint)).statusCode).toBe(204);
    expect((await listOf('user-e')).items).toEqual([]);
    expect((await unsubscribe('user-e', browser.endpoint)).statusCode).toBe(204);
  });

  it.each([
    ['a plain-http endpoint off this machine', { endpoint: 'http://push.example.net/send/1' }, 'endpoint'],
    ['an endpoint that is no URL', { endpoint: 'push.example.net' }, 'endpoint'],
    ['a p256dh that is no key', { keys: { p256dh: 'bm90IGEga2V5', auth: randomBytes(16).toString('base64url') } }, 'keys.p256dh'],
    ['an auth secret with foreign characters', { keys: { p256dh: webpush.generateVAPIDKeys().publicKey, auth: 'a+b/c' } }, 'keys.auth'],
    ['no keys', { keys: undefined }, 'keys'],
  ])('refuses %s', async (_case, overrides, field) => {
    const response = await subscribe('user-g', aBrowserSubscription(overrides));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, code: 'validation_failed', errors: [expect.objectContaining({ field })] });
    expect((await listOf('user-g')).items).toEqual([]);
  });

  it('accepts plain http on this machine only when allowed (a local test push service), never elsewhere', async () => {
    for (const host of ['localhost:8090', '127.0.0.1:8090', '[::1]:8090']) {
      const browser = aBrowserSubscription({ endpoint: `http://${host}/notify/1` });
      expect((await subscribe('user-h', browser)).statusCode).toBe(400);
      const allowed = await appAllowingLoopback.inject({
        method: 'POST',
        url: '/api/v1/push/subscribe',
        headers: as('user-h'),
        payload: browser,
      });
      expect(allowed.statusCode).toBe(201);
    }
    const remote = aBrowserSubscription({ endpoint: 'http://push.example.net/send/1' });
    const refused = await appAllowingLoopback.inject({
      method: 'POST',
      url: '/api/v1/push/subscribe',
      headers: as('user-h'),
      payload: remote,
    });
    expect(refused.statusCode).toBe(400);
  });

  it('refuses an unsubscribe without an endpoint, and a body that is not JSON', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/v1/push/unsubscribe', headers: as('user-a'), payload: {} })).statusCode).toBe(
      400,
    );
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/v1/push/subscribe',
      headers: { ...as('user-a'), 'content-type': 'application/json' },
      payload: '{"endpoint":',
    });
    expect(notJson.statusCode).toBe(400);
  });
});

import { randomBytes } from 'node:crypto';
import { type Database, openDatabase } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import webpush from 'web-push';
import { createNotificationModule } from '../notification-module.ts';
import type { HostResolver } from '../push-endpoints/host-resolver.ts';
import { as, createPushTestApp } from '../testing/push-test-app.ts';
import { PUBLIC_ADDRESS, tableResolver } from '../testing/table-resolver.ts';
import { MAX_BROWSERS_PER_USER } from './subscription-repository.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

const resolveHost = tableResolver({
  'push.example.net': [PUBLIC_ADDRESS],
  'metadata.example': ['169.254.169.254'],
  'intranet.example': [PUBLIC_ADDRESS, '10.20.30.40'],
});

/** What a browser's `PushSubscription.toJSON()` looks like (a real P-256 public key, a random auth secret). */
function aBrowserSubscription(overrides: Record<string, unknown> = {}) {
  return {
    endpoint: `https://push.example.net/send/${randomBytes(8).toString('hex')}`,
    expirationTime: null,
    keys: { p256dh: webpush.generateVAPIDKeys().publicKey, auth: randomBytes(16).toString('base64url') },
    ...overrides,
  };
}

describe('push routes', () => {
  let database: Database;
  let app: FastifyInstance;
  let appAllowingLoopback: FastifyInstance;
  let publicKey: string;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    const notifications = await createNotificationModule({ db: database.db, logger, resolveHost });
    publicKey = notifications.publicKey;
    app = await createPushTestApp(notifications);
    appAllowingLoopback = await createPushTestApp(
      await createNotificationModule({ db: database.db, logger, resolveHost, allowLoopbackEndpoints: true }),
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

  it('moves a browser to the account that subscribes it with the same keys (the browser changed accounts)', async () => {
    const browser = aBrowserSubscription();
    await subscribe('user-c', browser);
    expect((await subscribe('user-d', browser)).statusCode).toBe(201);
    expect((await listOf('user-c')).items).toEqual([]);
    expect((await listOf('user-d')).items).toHaveLength(1);
  });

  it('refuses, with 409, an endpoint another account holds when the keys are not that browser’s', async () => {
    const browser = aBrowserSubscription();
    const owned = await subscribe('user-j', browser);
    const claim = await subscribe('user-k', { ...browser, keys: aBrowserSubscription().keys });
    expect(claim.statusCode).toBe(409);
    expect(claim.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(claim.json()).toMatchObject({ status: 409, code: 'push_endpoint_taken' });
    expect((await listOf('user-j')).items).toEqual([expect.objectContaining({ id: owned.json().id })]);
    expect((await listOf('user-k')).items).toEqual([]);
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

  it.each([
    ['a loopback address', 'https://127.0.0.1/send/1', 'is a loopback address'],
    ['loopback in hexadecimal', 'https://0x7f000001/send/1', 'is a loopback address'],
    ['loopback as one decimal number', 'https://2130706433/send/1', 'is a loopback address'],
    ['IPv6 loopback', 'https://[::1]/send/1', 'is a loopback address'],
    ['IPv4-mapped IPv6 loopback', 'https://[::ffff:127.0.0.1]/send/1', 'is a loopback address'],
    ['localhost', 'https://localhost/send/1', 'resolves to a loopback address'],
    ['the cloud metadata address', 'https://169.254.169.254/latest/meta-data/', 'is a link-local address'],
    ['a name for the metadata address', 'https://metadata.example/send/1', 'resolves to a link-local address'],
    ['a private network', 'https://10.0.0.7/send/1', 'is a private address'],
    ['a name with one private address among public ones', 'https://intranet.example/send/1', 'resolves to a private address'],
    ['carrier-grade NAT', 'https://100.64.1.1/send/1', 'is a carrier-grade NAT address'],
    ['unique-local IPv6', 'https://[fd12:3456::1]/send/1', 'is a unique-local address'],
    ['the unspecified address', 'https://0.0.0.0/send/1', 'is an unspecified address'],
    ['a multicast address', 'https://224.0.0.251/send/1', 'is a multicast address'],
    ['a host that does not resolve', 'https://nowhere.example/send/1', 'does not resolve'],
    ['a user name and password', 'https://user:secret@push.example.net/send/1', 'user name or password'],
    ['a NUL character', 'https://push.example.net/send/a\u0000b', 'printable ASCII'],
    ['a line break', 'https://push.example.net/send/a\r\nb', 'printable ASCII'],
  ])('refuses an endpoint with %s, saying why, and stores nothing', async (_case, endpoint, why) => {
    const response = await subscribe('user-l', aBrowserSubscription({ endpoint }));
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'endpoint', message: expect.stringContaining(why) }],
    });
    expect((await listOf('user-l')).items).toEqual([]);
  });

  it('keeps refusing every non-public address when a local test push service is allowed', async () => {
    for (const endpoint of ['https://169.254.169.254/x', 'https://192.168.1.1/x', 'http://push.example.net/x', 'https://[fe80::1]/x']) {
      const response = await appAllowingLoopback.inject({
        method: 'POST',
        url: '/api/v1/push/subscribe',
        headers: as('user-m'),
        payload: aBrowserSubscription({ endpoint }),
      });
      expect(response.statusCode, endpoint).toBe(400);
    }
  });

  it('answers 503 when the endpoint’s host cannot be looked up just now', async () => {
    const unreachableDns: HostResolver = async () => {
      throw Object.assign(new Error('getaddrinfo EAI_AGAIN push.example.net'), { code: 'EAI_AGAIN' });
    };
    const withoutDns = await createPushTestApp(await createNotificationModule({ db: database.db, logger, resolveHost: unreachableDns }));
    try {
      const response = await withoutDns.inject({
        method: 'POST',
        url: '/api/v1/push/subscribe',
        headers: as('user-n'),
        payload: aBrowserSubscription(),
      });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toMatchObject({ status: 503, code: 'push_endpoint_lookup_failed' });
    } finally {
      await withoutDns.close();
    }
  });

  it.each([
    ['a NUL character', 'https://push.example.net/send/a\u0000b'],
    ['a control character', 'https://push.example.net/send/\u0007'],
    ['more than 2048 characters', `https://push.example.net/send/${'a'.repeat(2048)}`],
  ])('refuses %s in an endpoint to subscribe or unsubscribe with 400 problem details', async (_case, endpoint) => {
    for (const response of [await subscribe('user-o', aBrowserSubscription({ endpoint })), await unsubscribe('user-o', endpoint)]) {
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({
        status: 400,
        code: 'validation_failed',
        errors: [expect.objectContaining({ field: 'endpoint' })],
      });
    }
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

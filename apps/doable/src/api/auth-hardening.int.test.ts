import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import type { Problem } from '@doable/contracts';
import { createLogger } from '@doable/platform';
import { aClientAddress, aTask, freePort, signUp } from '@doable/test-kit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

const PASSWORD = 'correct horse battery staple';
const PROBLEM = 'application/problem+json';

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
}

/** A call as a script makes it: Node's own fetch (which sends `Sec-Fetch-Mode: cors`), no Origin unless given. */
async function send(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

/** A request with a raw `Host` header, which fetch would not send. */
function sendWithHost(
  base: string,
  path: string,
  host: string,
  body: string,
): Promise<{ status: number; type: string | undefined; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: url.hostname, port: url.port, method: 'POST', path, setHost: false, headers: { host, 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, type: response.headers['content-type'], body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const anEmail = () => `auth.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@example.test`;

describe.each(STORAGE_KINDS)('auth hardening behind a trusted proxy on %s', (kind) => {
  let t: TestApp;
  const signIn = (email: string, password: string, address: string) =>
    send(t.url, 'POST', '/api/auth/sign-in/email', { email, password }, { 'x-forwarded-for': address });
  const signUpFrom = (address: string) =>
    send(
      t.url,
      'POST',
      '/api/auth/sign-up/email',
      { name: 'Newcomer', email: anEmail(), password: PASSWORD },
      { 'x-forwarded-for': address },
    );

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
  });
  afterAll(() => t.stop());
  beforeEach(() => {
    // The limits are counted on better-auth's clock (Date): frozen, a test decides when a window has passed.
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('limits sign-in attempts per client address, says when to retry, and lets the right password in after the window', async () => {
    const { email } = await signUp(t.api);
    const attacker = aClientAddress();
    for (let attempt = 0; attempt < 3; attempt++) expect((await signIn(email, 'not the password', attacker)).status).toBe(401);

    const limited = await signIn(email, PASSWORD, attacker);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('10');
    expect(limited.headers.get('content-type')).toContain(PROBLEM);
    expect(limited.body).toMatchObject({
      status: 429,
      title: 'Too Many Requests',
      code: 'rate_limited',
      detail: expect.stringContaining('10 seconds'),
    });

    // Another client is not locked out by the attacker.
    expect((await signIn(email, PASSWORD, aClientAddress())).status).toBe(200);
    vi.setSystemTime(Date.now() + 10_000);
    expect((await signIn(email, PASSWORD, attacker)).status).toBe(200);
  });

  it('limits sign-ups per client address, with Retry-After', async () => {
    const address = aClientAddress();
    for (let i = 0; i < 3; i++) expect((await signUpFrom(address)).status).toBe(200);
    const fourth = await signUpFrom(address);
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(fourth.headers.get('content-type')).toContain(PROBLEM);
  });

  it("lets a script sign up and sign in with Node's fetch and no Origin header", async () => {
    const address = aClientAddress();
    const email = anEmail();
    const created = await send(
      t.url,
      'POST',
      '/api/auth/sign-up/email',
      { name: 'Script', email, password: PASSWORD },
      { 'x-forwarded-for': address },
    );
    expect(created.status).toBe(200);
    const signedIn = await signIn(email, PASSWORD, address);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ token: expect.any(String) });
  });

  it("answers better-auth's refusals as problem details that keep its code", async () => {
    const { email } = await signUp(t.api);
    const wrong = await signIn(email, 'not the password', aClientAddress());
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('content-type')).toContain(PROBLEM);
    expect(wrong.body).toMatchObject({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      code: 'INVALID_EMAIL_OR_PASSWORD',
      detail: 'Invalid email or password',
      instance: '/api/auth/sign-in/email',
    });

    const taken = await send(
      t.url,
      'POST',
      '/api/auth/sign-up/email',
      { name: 'Twin', email, password: PASSWORD },
      { 'x-forwarded-for': aClientAddress() },
    );
    expect(taken.headers.get('content-type')).toContain(PROBLEM);
    expect(taken.body).toMatchObject({ status: 422, title: 'Unprocessable Entity', code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL' });

    const unknown = await send(t.url, 'GET', '/api/auth/no-such-endpoint');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain(PROBLEM);
  });

  it('answers deeply nested JSON, the NUL character and a malformed Host with 400 problem details', async () => {
    const deep = `{"name":"Deep","email":"${anEmail()}","password":"${PASSWORD}","extra":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const nested = await send(t.url, 'POST', '/api/auth/sign-up/email', deep, { 'x-forwarded-for': aClientAddress() });
    expect(nested.status).toBe(400);
    expect(nested.headers.get('content-type')).toContain(PROBLEM);

    const nulName = await send(
      t.url,
      'POST',
      '/api/auth/sign-up/email',
      { name: 'A\u0000da', email: anEmail(), password: PASSWORD },
      { 'x-forwarded-for': aClientAddress() },
    );
    expect(nulName.status).toBe(400);
    expect(nulName.body).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ field: 'name' }] });

    const { token } = await signUp(t.api);
    const nulKey = await t.api.post('/api/auth/api-key/create', { name: 'key\u0000' }, token);
    expect(nulKey.status).toBe(400);
    expect(nulKey.body).toMatchObject({ status: 400, errors: [{ field: 'name' }] });

    const badHost = await sendWithHost(
      t.url,
      '/api/auth/sign-in/email',
      'bad host[',
      JSON.stringify({ email: anEmail(), password: PASSWORD }),
    );
    expect(badHost.status).toBe(400);
    expect(badHost.type).toContain(PROBLEM);
    expect(JSON.parse(badHost.body)).toMatchObject({ status: 400 });
  });

  it('refuses unsafe /api/v1 and /mcp requests that carry the session cookie from a foreign or missing origin', async () => {
    const { email, token } = await signUp(t.api);
    const signedIn = await send(
      t.url,
      'POST',
      '/api/auth/sign-in/email',
      { email, password: PASSWORD },
      { 'x-forwarded-for': aClientAddress(), origin: t.url },
    );
    const cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('better-auth.session_token='));
    if (!cookie) throw new Error('sign-in set no session cookie');
    const own = (await t.api.post('/api/v1/tasks', aTask({ title: 'Mine' }), token)).body;

    const forged: [string, string, unknown][] = [
      ['POST', '/api/v1/tasks', aTask({ title: 'Forged' })],
      ['PATCH', `/api/v1/tasks/${own.id}`, { title: 'Forged' }],
      ['PATCH', `/api/v1/tasks/${own.id}/complete`, {}],
      ['DELETE', `/api/v1/tasks/${own.id}`, undefined],
      ['POST', '/mcp', { jsonrpc: '2.0', id: 1, method: 'tools/list' }],
    ];
    for (const [method, path, body] of forged) {
      for (const origin of ['https://evil.example', undefined]) {
        const answer = await send(t.url, method, path, body, { cookie, ...(origin ? { origin } : {}) });
        expect(answer.status, `${method} ${path} from ${origin}`).toBe(403);
        expect(answer.headers.get('content-type')).toContain(PROBLEM);
        expect(answer.body).toMatchObject({ status: 403, code: 'cross_site_request' });
      }
    }
    const untouched = await t.api.get(`/api/v1/tasks/${own.id}`, token);
    expect(untouched.body).toMatchObject({ title: 'Mine', completed: false });
    const listed = await t.api.get('/api/v1/tasks?status=all', token);
    expect(listed.body.items.map((task: { title: string }) => task.title)).not.toContain('Forged');

    // The app's own pages, reads, and calls without the cookie are unaffected.
    expect((await send(t.url, 'POST', '/api/v1/tasks', aTask({ title: 'From the app' }), { cookie, origin: t.url })).status).toBe(201);
    expect((await send(t.url, 'GET', '/api/v1/tasks', undefined, { cookie, origin: 'https://evil.example' })).status).toBe(200);
    expect(
      (await send(t.url, 'POST', '/api/v1/tasks', aTask({ title: 'From a script' }), { authorization: `Bearer ${token}` })).status,
    ).toBe(201);
  });
});

describe.each(STORAGE_KINDS)('auth on a loopback public URL, reached directly, on %s', (kind) => {
  let t: TestApp;
  let port: number;
  const lines: Record<string, unknown>[] = [];
  const consoleCalls = () => [console.log, console.info, console.warn, console.error].flatMap((fn) => vi.mocked(fn).mock.calls);

  beforeAll(async () => {
    port = await freePort();
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    t = await startTestApp({
      kind,
      postgresUrl: inject('postgresUrl'),
      port,
      baseUrl: `http://localhost:${port}`,
      trustedOrigins: [],
      trustedProxies: [],
      logger: createLogger({ name: 'test', level: 'info', destination }),
    });
  });
  afterAll(() => t.stop());
  let clock = Date.now();
  beforeEach(() => {
    // Every request here comes from 127.0.0.1: each test starts in a rate-limit window of its own.
    clock += 60_000;
    vi.useFakeTimers({ toFake: ['Date'], now: clock });
    for (const method of ['log', 'info', 'warn', 'error'] as const) vi.spyOn(console, method);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const signUpWithOrigin = (origin: string) =>
    send(t.url, 'POST', '/api/auth/sign-up/email', { name: 'Local', email: anEmail(), password: PASSWORD }, { origin });

  it("signs up from a browser at any loopback alias of the server's own address", async () => {
    for (const host of ['localhost', '127.0.0.1', '[::1]']) {
      const answer = await signUpWithOrigin(`http://${host}:${port}`);
      expect(answer.status, host).toBe(200);
    }
  });

  it('tells a browser on another device which setting to set, and logs it as a structured line', async () => {
    const lan = `http://192.168.1.23:${port}`;
    const refused = await signUpWithOrigin(lan);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain(PROBLEM);
    expect(refused.body).toMatchObject({ status: 403, title: 'Forbidden', code: 'INVALID_ORIGIN' });
    const { detail } = refused.body as Problem;
    expect(detail).toContain(`PUBLIC_URL=${lan}`);
    expect(detail).toContain('TRUSTED_ORIGINS');

    expect(lines).toContainEqual(expect.objectContaining({ component: 'better-auth', level: 50, msg: `Invalid origin: ${lan}` }));
    expect(consoleCalls()).toEqual([]);
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const { email } = await signUp(t.api);
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await send(
        t.url,
        'POST',
        '/api/auth/sign-in/email',
        { email, password: 'nope nope' },
        { 'x-forwarded-for': aClientAddress() },
      );
      expect(answer.status).toBe(401);
    }
    const spoofed = await send(
      t.url,
      'POST',
      '/api/auth/sign-in/email',
      { email, password: PASSWORD },
      { 'x-forwarded-for': aClientAddress() },
    );
    expect(spoofed.status).toBe(429);
    expect(spoofed.headers.get('retry-after')).toBe('10');
  });
});

import { aClientAddress, aTask, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { expectCleanRefusal } from './hostile-client.ts';

const PASSWORD = 'correct horse battery staple';

/** Opens `/ws` and resolves with the HTTP status of the handshake: 101 when the socket opened, else the refusal's. */
function handshake(url: string, token: string, origin: string): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(token)}`, { origin });
    socket.on('error', () => {}); // a refused handshake is reported as an error after 'unexpected-response'
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (request, response) => {
      request.destroy();
      resolve({ status: response.statusCode ?? 0 });
    });
    setTimeout(() => reject(new Error('no answer to the handshake within 10 s')), 10_000).unref();
  });
}

// Account-level abuse needs one storage only: the defences sit above it (rate limits are stored through the same
// SQL on both, and the storage-specific cases live in apps/doable/src/api/auth-hardening.int.test.ts).
describe('account abuse on the embedded app', () => {
  let t: TestApp;
  let victim: { token: string; email: string };

  beforeAll(async () => {
    t = await startTestApp({ kind: 'embedded', postgresUrl: inject('postgresUrl') });
    victim = await signUp(t.api, 'Victim');
  });
  afterAll(() => t?.stop());

  it('stops password guessing from one address, says when to retry, and does not lock out other addresses', async () => {
    const attacker = aClientAddress();
    const signIn = (password: string, address: string) =>
      t.api.call('POST', '/api/auth/sign-in/email', { email: victim.email, password }, undefined, { 'x-forwarded-for': address });
    const answers = [];
    for (let attempt = 0; attempt < 10; attempt += 1) answers.push(await signIn(`guess ${attempt}`, attacker));
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    for (const answer of answers) expectCleanRefusal(answer, 'a wrong password');
    expect(Number(limited[0]?.headers.get('retry-after'))).toBeGreaterThan(0);
    // The right password from the guessing address waits too; from anywhere else it works.
    expect((await signIn(PASSWORD, attacker)).status).toBe(429);
    expect((await signIn(PASSWORD, aClientAddress())).status).toBe(200);
  });

  it('never lets an API key manage the account it belongs to', async () => {
    const key = (await t.api.post('/api/auth/api-key/create', { name: 'assistant' }, victim.token)).body.key as string;
    for (const [method, path, body] of [
      ['POST', '/api/auth/api-key/create', { name: 'second key' }],
      ['GET', '/api/auth/api-key/list', undefined],
      ['GET', '/api/auth/list-sessions', undefined],
      ['POST', '/api/auth/change-password', { currentPassword: PASSWORD, newPassword: 'owned by the attacker' }],
      ['POST', '/api/auth/update-user', { name: 'Owned' }],
    ] as const) {
      for (const credential of [{ 'x-api-key': key }, { authorization: `Bearer ${key}` }] as Record<string, string>[]) {
        const answer = await t.api.call(method, path, body, undefined, credential);
        expect(answer.status, `${method} ${path}`).toBe(403);
        expectCleanRefusal(answer, `${method} ${path} with a key`);
      }
    }
    const keys = await t.api.get('/api/auth/api-key/list', victim.token);
    expect(JSON.stringify(keys.body)).not.toContain('second key');
  });

  it('refuses a cookie-carrying write from another site, and creates nothing', async () => {
    const signedIn = await t.api.call('POST', '/api/auth/sign-in/email', { email: victim.email, password: PASSWORD }, undefined, {
      'x-forwarded-for': aClientAddress(),
    });
    const cookie = signedIn.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ');
    expect(cookie).toContain('session_token');
    const forged = await t.api.call('POST', '/api/v1/tasks', aTask({ title: 'Planted by another site' }), undefined, {
      cookie,
      origin: 'https://evil.example',
    });
    expect(forged.status).toBe(403);
    expectCleanRefusal(forged, 'a forged cross-site write');
    const search = await t.api.get('/api/v1/tasks?search=Planted', victim.token);
    expect(search.body.items).toEqual([]);
  });

  it('caps one user’s MCP batches and open sockets, with clear refusals, and keeps serving everyone else', async () => {
    const calls = Array.from({ length: 50 }, (_, id) => ({
      jsonrpc: '2.0',
      id,
      method: 'tools/call',
      params: { name: 'list_tasks', arguments: {} },
    }));
    const batch = await t.api.call('POST', '/mcp', calls, victim.token, {
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-03-26',
    });
    expect(batch.status).toBeGreaterThanOrEqual(400);
    expectCleanRefusal(batch, 'a batch of 50 tool calls');

    const origin = new URL(t.url).origin;
    const opened: WebSocket[] = [];
    const statuses: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      const { status, socket } = await handshake(t.url, victim.token, origin);
      statuses.push(status);
      if (socket) opened.push(socket);
    }
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.length).toBeLessThan(25);
    expect(statuses.slice(opened.length).every((status) => status === 429)).toBe(true);
    const other = await signUp(t.api, 'Neighbour');
    const neighbour = await handshake(t.url, other.token, origin);
    expect(neighbour.status).toBe(101);
    for (const socket of [...opened, neighbour.socket]) socket?.close();
  });
});

import { once } from 'node:events';
import type { UserAuthenticator } from '@doable/platform';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { type LiveServer, openClient, refusedHandshake, startLiveServer, testAuthenticator } from './testing/live-test-kit.ts';

/** How one handshake ends: `hello` (open and greeted), `refused <status>`, or `closed <code> <reason>` before hello. */
function handshakeOutcome(url: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.on('error', () => {});
    socket.once('unexpected-response', (request, response) => {
      request.destroy();
      resolve(`refused ${response.statusCode}`);
    });
    socket.once('message', () => resolve('hello'));
    socket.once('close', (code, reason) => resolve(`closed ${code} ${reason}`));
  });
}

describe('GET /ws', () => {
  let server: LiveServer;
  afterEach(async () => {
    vi.useRealTimers();
    await server.stop();
  });

  it('refuses a handshake without credentials with 401 problem details, and opens no socket', async () => {
    server = await startLiveServer();
    const refused = await refusedHandshake(server.url());
    expect(refused).toMatchObject({ status: 401, contentType: expect.stringContaining('application/problem+json') });
    expect(refused.body).toMatchObject({ status: 401, code: 'unauthorized', instance: '/ws' });
    expect(server.live.connectionCount()).toBe(0);
  });

  it('refuses an unknown token, in the query or in the header', async () => {
    server = await startLiveServer();
    expect((await refusedHandshake(server.url('token=token-x'))).status).toBe(401);
    expect((await refusedHandshake(server.url(), { headers: { authorization: 'Bearer token-x' } })).status).toBe(401);
    expect(server.live.connectionCount()).toBe(0);
  });

  it('accepts the token as a query parameter, a bearer header or the session cookie, and says hello', async () => {
    server = await startLiveServer({ heartbeatIntervalMs: 5_000 });
    const byQuery = await openClient(server.url('token=token-a'));
    const byHeader = await openClient(server.url(), { headers: { authorization: 'Bearer token-a' } });
    const byCookie = await openClient(server.url(), { headers: { cookie: 'theme=dark; session=token-b' } });
    expect(byQuery.hello).toEqual({ type: 'hello', user_id: 'user-a', heartbeat_interval_ms: 5_000 });
    expect(byHeader.hello).toMatchObject({ type: 'hello', user_id: 'user-a' });
    expect(byCookie.hello).toMatchObject({ type: 'hello', user_id: 'user-b' });
    expect(server.live.connectionCount('user-a')).toBe(2);
    expect(server.live.connectionCount('user-b')).toBe(1);
    expect(server.live.connectionCount()).toBe(3);
  });

  it('forgets a socket the client closed', async () => {
    server = await startLiveServer();
    const client = await openClient(server.url('token=token-a'));
    client.socket.close(1000);
    await client.closed();
    await expect.poll(() => server.live.connectionCount('user-a')).toBe(0);
  });

  it('closes a socket whose client sends an oversized frame', async () => {
    server = await startLiveServer();
    const client = await openClient(server.url('token=token-a'));
    client.socket.send('x'.repeat(5 * 1024));
    expect((await client.closed()).code).toBe(1009);
  });

  it('answers a signed-in plain HTTP request with 426', async () => {
    server = await startLiveServer();
    const response = await fetch(`http://${server.host}/ws?token=token-a`);
    expect(response.status).toBe(426);
    expect(response.headers.get('upgrade')).toBe('websocket');
    expect(await response.json()).toMatchObject({ code: 'upgrade_required' });
  });

  it('refuses a page from another origin, and accepts its own origin and the allowed ones', async () => {
    server = await startLiveServer({ allowedOrigins: ['https://app.example', 'https://*.preview.example'] });
    const fromEvil = await refusedHandshake(server.url(), { headers: { origin: 'https://evil.example', cookie: 'session=token-a' } });
    expect(fromEvil).toMatchObject({ status: 403, body: { code: 'origin_not_allowed' } });
    const lookalike = await refusedHandshake(server.url('token=token-a'), { origin: 'https://app.example.evil.example' });
    expect(lookalike.status).toBe(403);
    expect(server.live.connectionCount()).toBe(0);

    const own = await openClient(server.url(), { origin: `http://${server.host}`, headers: { cookie: 'session=token-a' } });
    const allowed = await openClient(server.url('token=token-a'), { origin: 'https://app.example' });
    const preview = await openClient(server.url('token=token-a'), { origin: 'https://pr-12.preview.example' });
    const noBrowser = await openClient(server.url('token=token-a'));
    for (const client of [own, allowed, preview, noBrowser]) expect(client.hello).toMatchObject({ type: 'hello' });
  });

  it('refuses every other origin when none is allowed', async () => {
    server = await startLiveServer();
    expect((await refusedHandshake(server.url('token=token-a'), { origin: 'https://app.example' })).status).toBe(403);
  });

  it('cuts a client that does not answer pings, and keeps one that does', async () => {
    // The heartbeat runs on these timers: the test decides when each beat comes, so a busy machine cannot make the
    // healthy client's answer miss the next one.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    server = await startLiveServer({ heartbeatIntervalMs: 30_000 });
    const silent = await openClient(server.url('token=token-a'), { autoPong: false });
    const healthy = await openClient(server.url('token=token-a'));
    /**
     * One heartbeat; resolves once the server has the healthy client's pong: the client pings after answering, and
     * the server's pong to that ping comes after it read everything the client sent before.
     */
    const beat = async () => {
      const pinged = once(healthy.socket, 'ping');
      vi.advanceTimersByTime(30_000);
      await pinged;
      const roundTrip = once(healthy.socket, 'pong');
      healthy.socket.ping();
      await roundTrip;
    };

    await beat();
    expect(silent.socket.readyState).toBe(silent.socket.OPEN);
    await beat();
    expect((await silent.closed()).code).toBe(1006);
    await beat();
    expect(healthy.socket.readyState).toBe(healthy.socket.OPEN);
    expect(server.live.connectionCount('user-a')).toBe(1);
  });

  it('close() closes every socket with 1001 and refuses new handshakes with 503', async () => {
    server = await startLiveServer();
    const tab = await openClient(server.url('token=token-a'));
    const other = await openClient(server.url('token=token-b'));
    await server.live.close();
    expect(await tab.closed()).toMatchObject({ code: 1001 });
    expect(await other.closed()).toMatchObject({ code: 1001 });
    expect(server.live.connectionCount()).toBe(0);
    expect(await refusedHandshake(server.url('token=token-a'))).toMatchObject({ status: 503, body: { code: 'shutting_down' } });
  });

  it('refuses a user’s socket past the limit with 429 problem details, and accepts one again when a tab closes', async () => {
    server = await startLiveServer({ maxConnectionsPerUser: 3 });
    const tabs = await Promise.all([1, 2, 3].map(() => openClient(server.url('token=token-a'))));
    const refused = await refusedHandshake(server.url('token=token-a'));
    expect(refused).toMatchObject({ status: 429, contentType: expect.stringContaining('application/problem+json') });
    expect(refused.body).toMatchObject({
      status: 429,
      code: 'too_many_connections',
      instance: '/ws',
      detail: expect.stringContaining('At most 3'),
    });
    // Another user is not affected.
    expect((await openClient(server.url('token=token-b'))).hello).toMatchObject({ user_id: 'user-b' });
    expect(server.live.connectionCount('user-a')).toBe(3);

    tabs[0]?.socket.close(1000);
    await tabs[0]?.closed();
    await expect.poll(() => server.live.connectionCount('user-a')).toBe(2);
    expect((await openClient(server.url('token=token-a'))).hello).toMatchObject({ user_id: 'user-a' });
  });

  it('holds the limit when handshakes pass the check together: the ones past it are closed with 1008', async () => {
    // Every handshake is held in authentication until all twelve have arrived, so all pass the count check at once.
    const waiting: (() => void)[] = [];
    const authenticate: UserAuthenticator = async (headers) => {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        if (waiting.length === 12) for (const release of waiting) release();
      });
      return testAuthenticator(headers);
    };
    server = await startLiveServer({ maxConnectionsPerUser: 3, authenticate });
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => handshakeOutcome(server.url('token=token-a'))));
    expect(outcomes.filter((o) => o === 'hello')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'closed 1008 too many connections for this user')).toHaveLength(9);
    expect(server.live.connectionCount('user-a')).toBe(3);
  });

  it('closing the host server closes the sockets with 1001', async () => {
    server = await startLiveServer();
    const tab = await openClient(server.url('token=token-a'));
    await server.app.close();
    expect(await tab.closed()).toMatchObject({ code: 1001 });
  });
});

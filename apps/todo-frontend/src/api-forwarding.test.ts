import type { DaprClient } from '@doable/platform';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerApiForwarding } from './api-forwarding.ts';

function fakeDapr(answer: () => Response) {
  const calls: { appId: string; method: string; headers: Headers; verb?: string; body?: string }[] = [];
  const dapr = {
    async invoke(appId: string, method: string, init: RequestInit = {}) {
      const body = init.body ? Buffer.from(init.body as Uint8Array).toString('utf8') : undefined;
      calls.push({
        appId,
        method,
        headers: new Headers(init.headers),
        ...(init.method ? { verb: init.method } : {}),
        ...(body ? { body } : {}),
      });
      return answer();
    },
  } as unknown as DaprClient;
  return { dapr, calls };
}

describe('API forwarding', () => {
  let app: FastifyInstance;
  beforeEach(() => {
    app = Fastify();
  });
  afterEach(() => app.close());

  it('passes X-Forwarded-For on with the address the request came from appended', async () => {
    const { dapr, calls } = fakeDapr(() => Response.json({ ok: true }));
    await registerApiForwarding(app, dapr);
    await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      remoteAddress: '10.42.0.7',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      payload: {},
    });
    await app.inject({ method: 'GET', url: '/api/v1/tasks', remoteAddress: '198.51.100.4' });
    expect(calls.map((call) => call.headers.get('x-forwarded-for'))).toEqual(['203.0.113.9, 10.42.0.7', '198.51.100.4']);
  });

  it('forwards OAuth discovery for MCP clients to the backend, and the challenge /mcp answers with', async () => {
    const { dapr, calls } = fakeDapr(
      () =>
        new Response('{}', {
          status: 401,
          headers: { 'content-type': 'application/json', 'www-authenticate': 'Bearer resource_metadata="x"' },
        }),
    );
    await registerApiForwarding(app, dapr);
    for (const url of ['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-authorization-server/api/auth']) {
      await app.inject({ method: 'GET', url });
    }
    const answer = await app.inject({ method: 'POST', url: '/mcp', payload: {} });
    expect(calls.map((call) => [call.appId, call.method])).toEqual([
      ['todo-backend', '/.well-known/oauth-protected-resource/mcp'],
      ['todo-backend', '/.well-known/oauth-authorization-server/api/auth'],
      ['todo-backend', '/mcp'],
    ]);
    expect(answer.headers['www-authenticate']).toBe('Bearer resource_metadata="x"');
  });

  it("passes a 429's Retry-After back to the client", async () => {
    const { dapr } = fakeDapr(
      () => new Response('{"status":429}', { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '7' } }),
    );
    await registerApiForwarding(app, dapr);
    const answer = await app.inject({ method: 'POST', url: '/api/auth/sign-up/email', payload: {} });
    expect(answer.statusCode).toBe(429);
    expect(answer.headers['retry-after']).toBe('7');
  });

  it('forwards CalDAV with its methods, headers and XML or iCalendar bodies untouched, and the discovery redirect unfollowed', async () => {
    const { dapr, calls } = fakeDapr(
      () =>
        new Response('<multistatus/>', {
          status: 207,
          headers: { 'content-type': 'application/xml; charset=utf-8', dav: '1, 3, calendar-access', etag: '"7"' },
        }),
    );
    await registerApiForwarding(app, dapr);
    const propfind = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>';
    const answer = await app.inject({
      method: 'PROPFIND',
      url: '/dav/',
      headers: { 'content-type': 'application/xml', depth: '0', authorization: 'Basic YTpi' },
      payload: propfind,
    });
    expect(answer.statusCode).toBe(207);
    expect(answer.headers).toMatchObject({ dav: '1, 3, calendar-access', etag: '"7"' });
    expect(answer.body).toBe('<multistatus/>');
    const vtodo = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    await app.inject({
      method: 'PUT',
      url: '/dav/calendars/3/a.ics',
      headers: { 'content-type': 'text/calendar', 'if-match': '"6"' },
      payload: vtodo,
    });
    for (const method of ['REPORT', 'PROPPATCH', 'MKCALENDAR'] as const) {
      await app.inject({ method, url: '/dav/calendars/3/', headers: { 'content-type': 'application/xml' }, payload: '<x/>' });
    }
    expect(calls.map((call) => [call.appId, call.verb, call.method, call.body])).toEqual([
      ['todo-backend', 'PROPFIND', '/dav/', propfind],
      ['todo-backend', 'PUT', '/dav/calendars/3/a.ics', vtodo],
      ['todo-backend', 'REPORT', '/dav/calendars/3/', '<x/>'],
      ['todo-backend', 'PROPPATCH', '/dav/calendars/3/', '<x/>'],
      ['todo-backend', 'MKCALENDAR', '/dav/calendars/3/', '<x/>'],
    ]);
    expect(calls[0]?.headers.get('depth')).toBe('0');
    expect(calls[0]?.headers.get('authorization')).toBe('Basic YTpi');
    expect(calls[1]?.headers.get('if-match')).toBe('"6"');
  });

  it('forwards /.well-known/caldav and its redirect as the backend answers it', async () => {
    const { dapr, calls } = fakeDapr(() => new Response(null, { status: 301, headers: { location: '/dav/' } }));
    await registerApiForwarding(app, dapr);
    for (const method of ['GET', 'PROPFIND'] as const) {
      const answer = await app.inject({ method, url: '/.well-known/caldav' });
      expect(answer.statusCode).toBe(301);
      expect(answer.headers.location).toBe('/dav/');
    }
    expect(calls.map((call) => call.method)).toEqual(['/.well-known/caldav', '/.well-known/caldav']);
  });

  it('forwards a feed with its query, and its conditional request and cache headers both ways', async () => {
    const { dapr, calls } = fakeDapr(
      () =>
        new Response(null, {
          status: 304,
          headers: { etag: '"abc"', 'last-modified': 'Tue, 01 Apr 2031 08:00:00 GMT', 'cache-control': 'private, no-cache' },
        }),
    );
    await registerApiForwarding(app, dapr);
    const answer = await app.inject({ method: 'GET', url: '/feeds/tok/projects/4.ics?view=events', headers: { 'if-none-match': '"abc"' } });
    expect(answer.statusCode).toBe(304);
    expect(answer.headers).toMatchObject({
      etag: '"abc"',
      'last-modified': 'Tue, 01 Apr 2031 08:00:00 GMT',
      'cache-control': 'private, no-cache',
    });
    expect(calls[0]?.method).toBe('/feeds/tok/projects/4.ics?view=events');
    expect(calls[0]?.headers.get('if-none-match')).toBe('"abc"');
  });

  it('leaves paths that only start like the CalDAV ones to the web app', async () => {
    const { dapr, calls } = fakeDapr(() => Response.json({}));
    await registerApiForwarding(app, dapr);
    for (const url of ['/davx', '/feedsy.ics', '/.well-known/caldavish']) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    expect(calls).toEqual([]);
  });
});

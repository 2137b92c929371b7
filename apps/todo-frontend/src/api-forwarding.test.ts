import type { DaprClient } from '@doable/platform';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerApiForwarding } from './api-forwarding.ts';

function fakeDapr(answer: () => Response) {
  const calls: { appId: string; method: string; headers: Headers }[] = [];
  const dapr = {
    async invoke(appId: string, method: string, init: RequestInit = {}) {
      calls.push({ appId, method, headers: new Headers(init.headers) });
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
});

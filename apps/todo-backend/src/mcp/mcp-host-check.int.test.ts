import { type Database, openDatabase } from '@doable/db';
import { createApiClient, createTestDatabase, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Backend, createBackend, migrateBackend } from '../backend.ts';
import { testBackendOptions } from '../testing/test-backend.ts';

describe('DNS-rebinding protection on /mcp', () => {
  let database: Database;
  let backend: Backend;
  let token: string;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    backend = await createBackend(
      testBackendOptions(database.db, {
        baseUrl: 'https://todo.example.com',
        trustedOrigins: ['https://*.apps.example.net', 'http://127.0.0.1:*'],
      }),
    );
    // Signing up goes through better-auth's own origin check, which the test client passes as 127.0.0.1.
    const url = await backend.app.listen({ port: 0, host: '127.0.0.1' });
    token = (await signUp(createApiClient(url), 'Alice')).token;
  });
  afterAll(async () => {
    await backend.stop();
    await database.close();
  });

  const initialize = (headers: Record<string, string>) =>
    backend.app.inject({
      method: 'POST',
      url: '/mcp',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        authorization: `Bearer ${token}`,
        ...headers,
      },
      payload: {
        jsonrpc: '2.0',
        id: 1,
        method: 'initialize',
        params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'test', version: '1.0.0' } },
      },
    });

  it('refuses a foreign Host with 403 problem details that name the settings, before authentication', async () => {
    for (const host of ['evil.example.com', 'evil.example.com:8080', 'todo.example.com.evil.example.com']) {
      const res = await initialize({ host });
      expect(res.statusCode, host).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json();
      expect(problem).toMatchObject({ status: 403, code: 'mcp_host_not_allowed' });
      expect(problem.detail).toContain(`Host "${host}"`);
      expect(problem.detail).toMatch(/PUBLIC_URL.*TRUSTED_ORIGINS/);
    }
    const anonymous = await backend.app.inject({ method: 'POST', url: '/mcp', headers: { host: 'evil.example.com' }, payload: {} });
    expect(anonymous.statusCode).toBe(403);
    expect((await backend.app.inject({ method: 'GET', url: '/mcp', headers: { host: 'evil.example.com' } })).statusCode).toBe(403);
  });

  it('refuses a foreign Origin even on an accepted Host', async () => {
    for (const origin of ['http://evil.example.com', 'https://todo.example.com.evil.example.com', 'null']) {
      const res = await initialize({ host: 'todo.example.com', origin });
      expect(res.statusCode, origin).toBe(403);
      expect(res.json()).toMatchObject({ code: 'mcp_host_not_allowed', detail: expect.stringContaining(`Origin "${origin}"`) });
    }
    expect((await initialize({ host: '127.0.0.1:3000', origin: 'http://evil.example.com' })).statusCode).toBe(403);
  });

  it('accepts the public host, trusted origins and loopback names on any port', async () => {
    const accepted: Record<string, string>[] = [
      { host: 'todo.example.com' },
      { host: 'todo.example.com', origin: 'https://todo.example.com' },
      { host: 'TODO.example.com:443' },
      { host: 'eu.apps.example.net', origin: 'https://eu.apps.example.net' },
      { host: 'localhost:3000', origin: 'http://localhost:5173' },
      { host: '127.0.0.1:8080' },
      { host: '[::1]:8080', origin: 'http://[::1]:8080' },
    ];
    for (const headers of accepted) {
      const res = await initialize(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(200);
      expect(res.json()).toMatchObject({ result: { serverInfo: { name: 'doable' } } });
    }
  });
});

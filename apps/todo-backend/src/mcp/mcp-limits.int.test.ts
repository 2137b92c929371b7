import { type Database, openDatabase } from '@doable/db';
import { type ApiClient, createApiClient, createTestDatabase, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Backend, createBackend, migrateBackend } from '../backend.ts';
import { testBackendOptions } from '../testing/test-backend.ts';

const PER_MINUTE = 3;

describe('MCP over plain HTTP: protocol versions and request limits', () => {
  let database: Database;
  let backend: Backend;
  let url: string;
  let api: ApiClient;
  let now = Date.parse('2031-01-01T00:00:00Z');

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    backend = await createBackend(testBackendOptions(database.db, { mcp: { toolCallsPerMinute: PER_MINUTE, clock: () => new Date(now) } }));
    url = await backend.app.listen({ port: 0, host: '127.0.0.1' });
    api = createApiClient(url);
  });
  afterAll(async () => {
    await backend.stop();
    await database.close();
  });

  const toolCall = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'list_tasks', arguments: {} } });
  const post = (credential: Record<string, string>, body: unknown, protocolVersion = '2025-06-18') =>
    fetch(new URL('/mcp', url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': protocolVersion,
        ...credential,
      },
      body: JSON.stringify(body),
    });

  it('answers initialize in each current protocol version a client asks for', async () => {
    const dana = await signUp(api, 'Dana');
    for (const version of ['2025-06-18', '2025-11-25']) {
      const res = await post(
        { authorization: `Bearer ${dana.token}` },
        {
          jsonrpc: '2.0',
          id: 1,
          method: 'initialize',
          params: { protocolVersion: version, capabilities: {}, clientInfo: { name: 't', version: '1' } },
        },
        version,
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as { result: { protocolVersion: string } }).result.protocolVersion).toBe(version);
    }
  });

  it("refuses tool calls past the user's budget with 429 problem details and Retry-After, until the clock moves on", async () => {
    const alice = await signUp(api, 'Alice');
    const key = (await api.post('/api/auth/api-key/create', { name: 'mcp' }, alice.token)).body.key as string;
    const bob = await signUp(api, 'Bob');
    // The session and the key are one user, so they share one budget.
    const asSession = { authorization: `Bearer ${alice.token}` };
    const asKey = { 'x-api-key': key };
    for (const [i, credential] of [asSession, asKey, asKey].entries()) {
      const res = await post(credential, toolCall(i));
      expect(res.status).toBe(200);
      expect(((await res.json()) as { result: { isError?: boolean } }).result.isError).toBeFalsy();
    }
    const refused = await post(asKey, toolCall(9));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(60 / PER_MINUTE));
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(await refused.json()).toMatchObject({ status: 429, code: 'tool_calls_rate_limited' });
    expect((await post(asSession, toolCall(10))).status).toBe(429);

    // Listing tools is not a tool call, and another user has a budget of their own.
    expect((await post(asKey, { jsonrpc: '2.0', id: 11, method: 'tools/list' })).status).toBe(200);
    expect((await post({ authorization: `Bearer ${bob.token}` }, toolCall(12))).status).toBe(200);

    now += (60 / PER_MINUTE) * 1000;
    expect((await post(asKey, toolCall(13))).status).toBe(200);
    expect((await post(asKey, toolCall(14))).status).toBe(429);
  });

  it('refuses batches under protocol versions without them, caps them under older ones, and counts every call in one', async () => {
    const carol = await signUp(api, 'Carol');
    const as = { authorization: `Bearer ${carol.token}` };
    for (const version of ['2025-06-18', '2025-11-25']) {
      const res = await post(as, [toolCall(1)], version);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ status: 400, code: 'batch_refused' });
    }
    const tooBig = await post(as, [toolCall(1), toolCall(2), toolCall(3), toolCall(4)], '2025-03-26');
    expect(tooBig.status).toBe(400);
    expect(((await tooBig.json()) as { detail: string }).detail).toBe(`A batch may hold at most ${PER_MINUTE} messages; this one has 4.`);

    const batch = await post(as, [toolCall(1), toolCall(2)], '2025-03-26');
    expect(batch.status).toBe(200);
    expect(((await batch.json()) as unknown[]).length).toBe(2);
    expect((await post(as, [toolCall(3), toolCall(4)], '2025-03-26')).status).toBe(429);
    expect((await post(as, toolCall(5))).status).toBe(200);
    expect((await post(as, toolCall(6))).status).toBe(429);
  });
});

import { TOOL_NAMES, type ToolName } from '@doable/contracts';
import { signUp } from '@doable/test-kit';
import { backendTables } from '@doable/todo-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callTool } from '../testing/mcp-tool-call.ts';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

async function connect(url: string, headers: Record<string, string>): Promise<Client> {
  const client = new Client({ name: 'doable-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers } }));
  return client;
}

const READ_ONLY_TOOLS = ['list_tasks', 'search_tasks', 'filter_tasks', 'sort_tasks', 'list_tags', 'list_projects'];

describe.each(STORAGE_KINDS)('MCP with API keys on %s', (kind) => {
  let t: TestApp;
  let alice: { token: string };

  const createKey = async (body: Record<string, unknown>) => {
    const res = await t.api.post('/api/auth/api-key/create', body, alice.token);
    expect(res.status).toBe(200);
    return res.body as { id: string; key: string };
  };
  const rawCall = (key: string, message: unknown) =>
    fetch(new URL('/mcp', t.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
        authorization: `Bearer ${key}`,
      },
      body: JSON.stringify(message),
    });

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = await signUp(t.api, 'Alice');
  });
  afterAll(() => t.stop());

  it('offers a read key only the read-only tools, runs them, and refuses a change with HTTP 403 insufficient_scope', async () => {
    const task = (await t.api.post('/api/v1/tasks', { title: 'Water plants', tags: ['home'] }, alice.token)).body;
    const { key } = await createKey({ name: 'reader', scope: 'read' });
    const client = await connect(t.url, { 'x-api-key': key });
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([...READ_ONLY_TOOLS].sort());
    expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);

    const call = <Name extends ToolName>(name: Name, args: Record<string, unknown> = {}) => callTool(client, name, args);
    expect((await call('list_tasks')).structuredContent.items.map((x: { id: number }) => x.id)).toEqual([task.id]);
    expect((await call('search_tasks', { query: 'plants' })).structuredContent.items).toHaveLength(1);
    expect((await call('filter_tasks', { tags: ['home'] })).structuredContent.items).toHaveLength(1);
    expect((await call('sort_tasks', { field: 'title' })).structuredContent.items).toHaveLength(1);
    expect((await call('list_tags')).structuredContent.items).toEqual([{ tag: 'home', count: 1 }]);

    const writes: [ToolName, Record<string, unknown>][] = [
      ['add_task', { title: 'Written by a read key' }],
      ['complete_task', { task_id: task.id }],
      ['delete_task', { task_id: task.id }],
      ['update_task', { task_id: task.id, title: 'changed' }],
      ['set_priority', { task_id: task.id, priority: 'high' }],
      ['create_recurring', { title: 'x', pattern: 'daily' }],
      ['quick_add', { text: 'Written by a read key tomorrow p1' }],
    ];
    for (const [name, args] of writes) {
      const refused = await rawCall(key, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });
      expect(refused.status, name).toBe(403);
      expect(refused.headers.get('www-authenticate'), name).toMatch(
        /^Bearer error="insufficient_scope", resource_metadata="[^"]+", scope="tasks:read tasks:write offline_access"$/,
      );
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(((await refused.json()) as { detail: string }).detail).toContain(`"read" scope, which cannot run ${name}`);
    }
    // The SDK's client sees the refusal as a failed request, not as a result.
    await expect(client.callTool({ name: 'add_task', arguments: { title: 'Through the SDK' } })).rejects.toThrow(/403/);
    await client.close();
    const after = await t.api.get('/api/v1/tasks', alice.token);
    expect(after.body.items).toEqual([
      expect.objectContaining({ id: task.id, title: 'Water plants', completed: false, priority: 'medium' }),
    ]);
  });

  it('offers a key with the write scope every tool', async () => {
    const { key } = await createKey({ name: 'writer', scope: 'write' });
    const client = await connect(t.url, { authorization: `Bearer ${key}` });
    expect((await client.listTools()).tools).toHaveLength(TOOL_NAMES.length);
    const added = await callTool(client, 'add_task', { title: 'By a writer' });
    expect(added.isError).toBeFalsy();
    await client.close();
  });

  it('answers a revoked or expired key with HTTP 401, also for a client that connected while the key was good', async () => {
    const revoked = await createKey({ name: 'revoked' });
    const expired = await createKey({ name: 'expired' });
    const connected = await connect(t.url, { 'x-api-key': revoked.key });
    expect((await connected.listTools()).tools).toHaveLength(TOOL_NAMES.length);

    expect((await t.api.post('/api/auth/api-key/delete', { keyId: revoked.id }, alice.token)).status).toBe(200);
    await backendTables(t.app.database.db)
      .updateTable('apikey')
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where('id', '=', expired.id)
      .execute();

    await expect(connected.callTool({ name: 'add_task', arguments: { title: 'after revocation' } })).rejects.toThrow(/401/);
    for (const { key } of [revoked, expired]) {
      const res = await rawCall(key, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_tasks', arguments: {} } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await t.api.get('/api/v1/tasks?search=revocation', alice.token)).body.items).toEqual([]);
    await connected.close();
  });
});

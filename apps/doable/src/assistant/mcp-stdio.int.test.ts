import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_NAMES, type ToolName } from '@doable/contracts';
import { signUp } from '@doable/test-kit';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callTool } from '../testing/mcp-tool-call.ts';
import { EVERY_STORAGE_KIND, STORAGE_KINDS, startTestApp } from '../testing/test-app.ts';

const ENTRY = join(import.meta.dirname, '..', 'mcp-stdio.ts');
const SECRET = 'test-secret-0123456789abcdef0123456789abcdef';

describe.each(EVERY_STORAGE_KIND)('MCP over stdio (doable mcp) on %s', (kind) => {
  const folder = mkdtempSync(join(tmpdir(), 'doable-mcp-stdio-'));
  let env: Record<string, string>;
  let client: Client;
  let transportErrors: Error[];
  let server: ReturnType<typeof startStdioServer>;

  beforeAll(async () => {
    // Sign up and make a key through the HTTP app, then stop it, so that doable mcp opens the database itself.
    const t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), dataDir: folder });
    const { token } = await signUp(t.api, 'Desktop');
    const key = (await t.api.post('/api/auth/api-key/create', { name: 'desktop' }, token)).body.key as string;
    await t.api.patch('/api/v1/me', { time_zone: 'Asia/Tokyo' }, token);
    await t.stop();
    env = {
      PATH: process.env.PATH ?? '',
      DOABLE_DATA_DIR: folder,
      BETTER_AUTH_SECRET: SECRET,
      DOABLE_API_KEY: key,
      LOG_LEVEL: 'info',
      ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}),
    };
    transportErrors = [];
    server = startStdioServer(env);
    client = server.client;
    client.onerror = (error) => transportErrors.push(error);
    await server.connect();
  });
  afterAll(async () => {
    await client?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists every tool and calls each one against the database', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
    const call = async <Name extends ToolName>(name: Name, args: Record<string, unknown>) => {
      const result = await callTool(client, name, args);
      expect(result.isError, `${name}: ${result.content[0]?.text}`).toBeFalsy();
      return result.structuredContent;
    };
    const task = await call('add_task', { title: 'Water plants', due_date: 'tomorrow 8am', tags: ['home'] });
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' }).format(new Date(task.due_date!)),
    ).toBe('08:00');
    const id = task.id as number;
    const titles = (result: { items: { title: string }[] }) => result.items.map((item) => item.title);
    const inTokyo = (iso: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(
        new Date(iso),
      );
    expect(titles(await call('list_tasks', {}))).toEqual(['Water plants']);
    expect(await call('update_task', { task_id: id, description: 'the ferns' })).toMatchObject({ id, description: 'the ferns' });
    expect((await call('search_tasks', { query: 'plants' })).items.map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await call('set_priority', { task_id: id, priority: 'high' })).priority).toBe('high');
    expect((await call('add_tag', { task_id: id, tag: 'weekly' })).tags).toEqual(['home', 'weekly']);
    expect((await call('remove_tag', { task_id: id, tag: 'home' })).tags).toEqual(['weekly']);
    const moved = await call('set_due_date', { task_id: id, date: 'next friday 6pm' });
    expect(inTokyo(moved.due_date!)).toBe('Fri 18:00');
    expect(Date.parse(moved.due_date!)).toBeGreaterThan(Date.now());
    const reminded = await call('set_reminder', { task_id: id, before: '2h' });
    expect(reminded).toMatchObject({ due_date: moved.due_date, remind_before: '2h' });
    expect(Date.parse(reminded.reminder_at!)).toBe(Date.parse(moved.due_date!) - 2 * 3600_000);
    expect((await call('filter_tasks', { priority: ['high'], tags: ['weekly'] })).items).toHaveLength(1);
    expect(titles(await call('sort_tasks', { field: 'due_date' }))).toEqual(['Water plants']);
    expect((await call('list_tags', {})).items).toEqual([{ tag: 'weekly', count: 1 }]);
    expect(await call('create_recurring', { title: 'Stretch', pattern: 'daily' })).toMatchObject({ title: 'Stretch', recurring: 'daily' });
    expect(await call('create_recurring_task', { title: 'Review week', pattern: 'weekly' })).toMatchObject({
      title: 'Review week',
      recurring: 'weekly',
    });
    expect(titles(await call('sort_tasks', { field: 'title' }))).toEqual(['Review week', 'Stretch', 'Water plants']);
    expect((await call('complete_task', { task_id: id })).completed).toBe(true);
    expect(await call('delete_task', { task_id: id })).toEqual({ deleted: id, title: 'Water plants' });
    expect(transportErrors).toEqual([]);
  });

  it('keeps stdout for the protocol: logs go to stderr', () => {
    expect(server.stderr()).toContain('Doable MCP server on stdio');
    expect(transportErrors).toEqual([]);
  });

  // Only an embedded folder is held by its `doable mcp`; with DATABASE_URL the folder holds no database.
  if (kind === 'embedded') {
    it('refuses a second doable mcp on a folder another one holds', async () => {
      const second = startStdioServer(env);
      await expect(second.connect()).rejects.toThrow();
      expect(second.stderr()).toContain('is open in another `doable mcp`');
    });
  }
});

describe.each(EVERY_STORAGE_KIND)('doable mcp with an API key that is not valid on %s', (kind) => {
  const folder = mkdtempSync(join(tmpdir(), 'doable-mcp-stdio-bad-key-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  // Three processes start on the folder in turn (the app, the refused and the accepted doable mcp).
  it('refuses to start and says the key was not accepted', { timeout: 240_000 }, async () => {
    // A real account with a real key exists, so only the key itself can be the reason for the refusal.
    const t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), dataDir: folder });
    const { token } = await signUp(t.api, 'Desktop');
    const key = (await t.api.post('/api/auth/api-key/create', { name: 'desktop' }, token)).body.key as string;
    await t.stop();
    const env = {
      PATH: process.env.PATH ?? '',
      DOABLE_DATA_DIR: folder,
      BETTER_AUTH_SECRET: SECRET,
      ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}),
    };
    const refused = startStdioServer({ ...env, DOABLE_API_KEY: `${key.slice(0, -4)}xxxx` });
    await expect(refused.connect()).rejects.toThrow();
    expect(refused.stderr()).toContain('DOABLE_API_KEY was not accepted');
    // The same folder and database with the right key start: the refusal above was the key's.
    const accepted = startStdioServer({ ...env, DOABLE_API_KEY: key });
    await accepted.connect();
    expect((await accepted.client.listTools()).tools.length).toBeGreaterThan(0);
    await accepted.client.close();
  });
});

/** A `doable mcp` child on stdio with `env`, its stderr collected. */
function startStdioServer(env: Record<string, string>) {
  const transport = new StdioClientTransport({ command: process.execPath, args: [ENTRY], env, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const client = new Client({ name: 'stdio-test', version: '1.0.0' });
  return { client, connect: () => client.connect(transport), stderr: () => stderr };
}

describe.each(STORAGE_KINDS)('doable mcp with a read-only API key on %s', (kind) => {
  const folder = mkdtempSync(join(tmpdir(), 'doable-mcp-stdio-read-'));
  let client: Client;

  beforeAll(async () => {
    const t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), dataDir: folder });
    const { token } = await signUp(t.api, 'Reader');
    await t.api.post('/api/v1/tasks', { title: 'Read me' }, token);
    const key = (await t.api.post('/api/auth/api-key/create', { name: 'reader', scope: 'read' }, token)).body.key as string;
    await t.stop();
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [ENTRY],
      env: {
        PATH: process.env.PATH ?? '',
        DOABLE_DATA_DIR: folder,
        BETTER_AUTH_SECRET: SECRET,
        DOABLE_API_KEY: key,
        ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}),
      },
    });
    client = new Client({ name: 'reader-test', version: '1.0.0' });
    await client.connect(transport);
  });
  afterAll(async () => {
    await client?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('offers only the read-only tools and refuses a change, naming the scope, as /mcp does', async () => {
    const { tools } = await client.listTools();
    expect(tools.every((tool) => tool.annotations?.readOnlyHint === true)).toBe(true);
    expect(tools.map((tool) => tool.name)).toContain('list_tasks');
    const listed = await callTool(client, 'list_tasks');
    expect(listed.structuredContent.items.map((task: { title: string }) => task.title)).toEqual(['Read me']);

    const refused = (await client.callTool({ name: 'add_task', arguments: { title: 'Sneaky' } })) as {
      isError?: boolean;
      content: { text?: string }[];
    };
    expect(refused.isError).toBe(true);
    expect(refused.content[0]?.text).toContain('"read" scope, which cannot run add_task');
  });
});

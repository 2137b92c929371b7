import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ToolName } from '@doable/contracts';
import { type ApiClient, createApiClient, signUp } from '@doable/test-kit';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DoableProcess, killAllDoables, runDoableToExit, startDoable } from '../testing/doable-process.ts';
import { callTool } from '../testing/mcp-tool-call.ts';

const ENTRY = join(import.meta.dirname, '..', 'mcp-stdio.ts');

/** `doable mcp` as a desktop assistant starts it, with its stderr kept. */
async function connectMcp(env: Record<string, string>) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [ENTRY],
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const client = new Client({ name: 'desktop-test', version: '1.0.0' });
  const connected = await client.connect(transport).then(
    () => true,
    () => false,
  );
  const call = async <Name extends ToolName>(name: Name, args: Record<string, unknown> = {}) => {
    const result = await callTool(client, name, args);
    expect(result.isError, `${name}: ${result.content[0]?.text}`).toBeFalsy();
    return result.structuredContent;
  };
  return { client, connected, call, pid: transport.pid, stderr: () => stderr };
}

describe.skipIf(process.platform === 'win32')('doable mcp beside npm start on one data folder', { timeout: 240_000 }, () => {
  const parent = mkdtempSync(join(tmpdir(), 'doable-mcp-beside-'));
  const dataDir = join(parent, 'data');
  let server: DoableProcess;
  let api: ApiClient;
  let token: string;
  let key: string;
  let bridged: Awaited<ReturnType<typeof connectMcp>>;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await startDoable(dataDir);
    api = createApiClient(server.url);
    ({ token } = await signUp(api, 'Desktop'));
    key = (await api.post('/api/auth/api-key/create', { name: 'desktop' }, token)).body.key;
  });
  afterAll(async () => {
    for (const client of clients) await client.close().catch(() => undefined);
    await killAllDoables();
    rmSync(parent, { recursive: true, force: true });
  });

  it('relays to the running server: what it creates is visible through REST, with ids that never collide', async () => {
    const before = await api.post('/api/v1/tasks', { title: 'Through REST, before' }, token);
    bridged = await connectMcp({ DOABLE_DATA_DIR: dataDir, DOABLE_API_KEY: key });
    clients.push(bridged.client);
    expect(bridged.connected, bridged.stderr()).toBe(true);

    const viaMcp = await bridged.call('add_task', { title: 'Through doable mcp', tags: ['desktop'] });
    const after = await api.post('/api/v1/tasks', { title: 'Through REST, after' }, token);

    const ids = [before.body.id, viaMcp.id, after.body.id];
    expect(new Set(ids).size).toBe(3);
    const listed = await api.get('/api/v1/tasks?sort=created_at&order=asc', token);
    expect(listed.body.items.map((task: { id: number; title: string }) => [task.id, task.title])).toEqual([
      [before.body.id, 'Through REST, before'],
      [viaMcp.id, 'Through doable mcp'],
      [after.body.id, 'Through REST, after'],
    ]);
    expect(bridged.stderr()).toContain(`relaying to the Doable server at ${server.url}`);
    // The server still holds the folder: doable mcp never opened it.
    expect(JSON.parse(readFileSync(join(dataDir, 'doable.lock.json'), 'utf8'))).toMatchObject({ pid: server.pid, role: 'server' });
  });

  it('relays to DOABLE_URL without touching its own data folder', async () => {
    const unused = join(parent, 'unused');
    const explicit = await connectMcp({ DOABLE_URL: server.url, DOABLE_DATA_DIR: unused, DOABLE_API_KEY: key });
    clients.push(explicit.client);
    expect(explicit.connected, explicit.stderr()).toBe(true);
    expect((await explicit.call('list_tasks')).items).toHaveLength(3);
    expect(existsSync(unused)).toBe(false);
  });

  it('refuses to start with a key the server does not accept', async () => {
    const refused = await connectMcp({ DOABLE_DATA_DIR: dataDir, DOABLE_API_KEY: 'doable_not-a-real-key' });
    clients.push(refused.client);
    expect(refused.connected).toBe(false);
    expect(refused.stderr()).toContain(`DOABLE_API_KEY was not accepted by the Doable server at ${server.url}`);
  });

  it('takes writes from the web app and the assistant at the same time, and loses none', async () => {
    const acknowledged: string[] = [];
    const throughRest = Array.from({ length: 3 }, async (_, writer) => {
      for (let i = 0; i < 15; i++) {
        const title = `REST ${writer}.${i}`;
        expect((await api.post('/api/v1/tasks', { title }, token)).status).toBe(201);
        acknowledged.push(title);
      }
    });
    const throughMcp = (async () => {
      for (let i = 0; i < 15; i++) {
        const title = `MCP ${i}`;
        await bridged.call('add_task', { title });
        acknowledged.push(title);
      }
    })();
    await Promise.all([...throughRest, throughMcp]);

    const listed = await api.get('/api/v1/tasks?limit=200', token);
    const titles = listed.body.items.map((task: { title: string }) => task.title);
    expect(acknowledged).toHaveLength(60);
    expect(titles).toEqual(expect.arrayContaining(acknowledged));
    expect(new Set(listed.body.items.map((task: { id: number }) => task.id)).size).toBe(listed.body.items.length);
  });

  it('answers with a clear error, also on stderr, when the server goes away', async () => {
    await server.stop();
    const failure = await bridged.client.callTool({ name: 'list_tasks', arguments: {} }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain(`The Doable server at ${server.url} does not answer`);
    // stderr and stdout are separate pipes: the log line may be read after the reply.
    await expect.poll(bridged.stderr, { timeout: 30_000 }).toContain(`The Doable server at ${server.url} does not answer`);
    expect(bridged.stderr()).toContain('Start it again (npm start)');
  });

  it('opens the folder itself when no server runs, and then a later npm start is refused, naming it', async () => {
    const direct = await connectMcp({ DOABLE_DATA_DIR: dataDir, DOABLE_API_KEY: key });
    clients.push(direct.client);
    expect(direct.connected, direct.stderr()).toBe(true);
    expect(direct.stderr()).toContain('Doable MCP server on stdio');
    const task = await direct.call('add_task', { title: 'With the server stopped' });
    expect(task.id).toBeGreaterThan(3);

    const start = await runDoableToExit(dataDir);
    expect(start.code).toBe(1);
    expect(start.output).toContain(`The data folder ${dataDir} is open in \`doable mcp\` (pid ${direct.pid})`);
    expect(start.output).toContain('then run `npm start` first');
    // The three tasks of the first case, the sixty written side by side, and this one.
    expect((await direct.call('list_tasks', { limit: 200 })).items).toHaveLength(64);
  });
});

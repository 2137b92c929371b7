import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TOOL_NAMES } from '@doable/contracts';
import { runCommand, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';

// A third-party client: the MCP Inspector's CLI mode, installed once into the cache from npm.
const INSPECTOR_VERSION = '2.12.0';
const folder = join(process.env.DOABLE_CACHE_DIR ?? join(homedir(), '.cache', 'doable'), `mcp-inspector-${INSPECTOR_VERSION}`);
const launcher = join(folder, 'node_modules', '@modelcontextprotocol', 'inspector', 'clients', 'launcher', 'build', 'index.js');

async function ensureInspector(): Promise<void> {
  if (existsSync(launcher)) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), '{"private":true}\n');
  const npm = join(dirname(process.execPath), 'npm');
  const result = await runCommand(
    existsSync(npm) ? npm : 'npm',
    ['install', '--no-audit', '--no-fund', `@modelcontextprotocol/inspector@${INSPECTOR_VERSION}`],
    { cwd: folder },
  );
  if (result.status !== 0 || !existsSync(launcher)) throw new Error(`Installing the MCP Inspector failed:\n${result.stderr.slice(-2000)}`);
}

describe('MCP Inspector CLI against /mcp', () => {
  let t: TestApp;
  let token: string;
  const inspector = (...args: string[]) =>
    runCommand(
      process.execPath,
      [launcher, '--cli', `${t.url}/mcp`, '--transport', 'http', '--header', `Authorization: Bearer ${token}`, ...args],
      { cwd: tmpdir() },
    );

  beforeAll(async () => {
    await ensureInspector();
    t = await startTestApp({ kind: 'embedded', postgresUrl: inject('postgresUrl') });
    token = (await signUp(t.api, 'Inspector')).token;
  }, 300_000);
  afterAll(() => t?.stop());

  it('lists every tool, with input schemas free of portability errors (--strict)', async () => {
    const result = await inspector('--method', 'tools/list', '--strict');
    expect(result.status, result.stderr.slice(-2000)).toBe(0);
    const { tools } = JSON.parse(result.stdout) as { tools: { name: string; inputSchema: { type: string } }[] };
    expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
    // Only warnings, and only about nullable output fields; the input schemas (what a model fills in) are clean.
    expect(result.stderr).not.toMatch(/Path: inputSchema/);
  });

  it('calls tools and gets structured results and readable errors', async () => {
    const added = await inspector(
      '--method',
      'tools/call',
      '--tool-name',
      'add_task',
      '--tool-arg',
      'title=Inspect the MCP server',
      'priority=high',
    );
    expect(added.status, added.stderr.slice(-2000)).toBe(0);
    const body = JSON.parse(added.stdout);
    expect(body.structuredContent).toMatchObject({ title: 'Inspect the MCP server', priority: 'high' });
    expect(body.content[0].text).toMatch(/^Added: #\d+ "Inspect the MCP server", high priority\.$/);
    const listed = JSON.parse(
      (await inspector('--method', 'tools/call', '--tool-name', 'search_tasks', '--tool-arg', 'query=inspect')).stdout,
    );
    expect(listed.structuredContent.items).toHaveLength(1);
    const missing = JSON.parse(
      (await inspector('--method', 'tools/call', '--tool-name', 'delete_task', '--tool-arg', 'task_id=99999')).stdout,
    );
    expect(missing).toMatchObject({ isError: true, content: [{ type: 'text', text: 'There is no task #99999.' }] });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_MAIN, buildServerIfStale } from '../scripts/build-server-if-stale.ts';
import { type DoableProcess, killAllDoables, startDoable } from './testing/doable-process.ts';

// The other suites run the server from its sources; `npm start` runs their bundle. This checks that what the bundle
// changes (one file per chunk, each module's files found from its own source) serves as the sources do.
describe('the bundle npm start runs', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'doable-bundled-'));
  let doable: DoableProcess;

  beforeAll(async () => {
    await buildServerIfStale();
    doable = await startDoable(dataDir, {}, { entry: BUNDLED_MAIN });
  }, 300_000);
  afterAll(async () => {
    await killAllDoables();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the web app and the API reference, which it reads from files beside their modules', async () => {
    const page = await fetch(`${doable.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    const reference = await fetch(`${doable.url}/docs`);
    expect(reference.status).toBe(200);
    expect(reference.headers.get('content-type')).toMatch(/text\/html/);
    const openapi = await fetch(`${doable.url}/openapi.json`);
    expect(((await openapi.json()) as { paths: Record<string, unknown> }).paths).toHaveProperty('/api/v1/tasks');
  });

  it('signs up, makes a task, and understands a chat message (the interpreter loads on first use)', async () => {
    const api = createApiClient(doable.url);
    const { token } = await signUp(api, 'Bundled');
    const created = await api.post('/api/v1/tasks', { title: 'Water the plants', priority: 'high' }, token);
    expect(created.status).toBe(201);
    const chat = await api.post('/api/v1/chat', { message: 'add renew the passport on friday' }, token);
    expect(chat.status).toBe(200);
    expect(chat.body.tool_calls).toEqual([expect.objectContaining({ name: 'add_task', ok: true })]);
    const tasks = await api.get('/api/v1/tasks', token);
    const titles = (tasks.body.items as { title: string; due_date: string | null }[]).map((t) => [t.title, t.due_date !== null]);
    expect(titles).toEqual(
      expect.arrayContaining([
        ['Water the plants', false],
        ['renew the passport', true],
      ]),
    );
  });
});

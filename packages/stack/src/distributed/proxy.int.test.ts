import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../chromium.ts';
import { stackInfo } from '../test-stack.ts';

// A change reaches another page this fast only over /ws: the web app's fallback refresh waits 30 s, and runs only
// while its socket is down. Generous, for a machine busy with fourteen other processes.
const LIVE_WITHIN_MS = 15_000;

const proxyUrl = () => {
  const url = stackInfo().publicUrl;
  if (!url) throw new Error('the stack has no public URL: it started no proxy');
  return url;
};

describe('the proxy in front of the stack, as the Ingress in production', () => {
  it('routes each path of the route table to its service: the web app, /docs, /ws, push, and the API through the frontend', async () => {
    const get = (path: string) => fetch(`${proxyUrl()}${path}`, { redirect: 'manual' });
    const page = await get('/?status=pending');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await get('/docs/')).headers.get('content-type')).toContain('text/html');
    expect((await get('/api/v1/push/public-key')).status).toBe(200);
    // /ws reaches the WebSocket service, which wants a signed-in user; the API reaches the backend through the frontend.
    expect((await get('/ws')).status).toBe(401);
    expect((await get('/api/v1/tasks')).status).toBe(401);
  });

  describe('in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("signs up, adds a task, and the user's second page shows it live over /ws without a reload", async () => {
      const context = await browser.newContext({ baseURL: proxyUrl(), viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
      const first = await context.newPage();
      await first.goto('/');
      await first.getByRole('button', { name: 'Create an account' }).click();
      await first.getByLabel('Name').fill('Proxy User');
      await first.getByLabel('Email').fill(`proxy.${Date.now()}@example.test`);
      await first.getByLabel('Password').fill('correct horse battery');
      await first.getByRole('button', { name: 'Create account' }).click();
      await first.getByText('Nothing to do').waitFor();

      // The same session in a second page: what reaches it over its socket, and how often it loads.
      const second = await context.newPage();
      const sockets: string[] = [];
      const frames: { type: string; event?: { event_type?: string } }[] = [];
      second.on('websocket', (socket) => {
        sockets.push(socket.url());
        socket.on('framereceived', (frame) => {
          if (typeof frame.payload === 'string') frames.push(JSON.parse(frame.payload));
        });
      });
      let loads = 0;
      second.on('load', () => {
        loads += 1;
      });
      await second.goto('/');
      await second.getByText('Nothing to do').waitFor();
      for (const page of [first, second]) await page.locator('.live-status[data-live="live"]').waitFor({ state: 'attached' });

      await first.getByLabel('Quick add').fill('water the plants');
      await first.getByRole('button', { name: 'Add', exact: true }).click();
      await expect.poll(() => second.locator('.task-title').allTextContents(), { timeout: LIVE_WITHIN_MS }).toEqual(['water the plants']);

      expect(loads).toBe(1);
      expect(sockets.map((url) => new URL(url).origin.replace(/^ws/, 'http') + new URL(url).pathname)).toEqual([`${proxyUrl()}/ws`]);
      // Playwright reports a frame to the test a moment after the page has drawn what it carried: wait for it.
      await expect
        .poll(() => frames.map((frame) => [frame.type, frame.event?.event_type]), { timeout: LIVE_WITHIN_MS })
        .toEqual([
          ['hello', undefined],
          ['task.updated', 'created'],
        ]);
      await screenshot(second, 'distributed-live-through-proxy');
      await context.close();
    });
  });
});

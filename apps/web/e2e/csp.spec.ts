import { CONTENT_SECURITY_POLICY } from '@doable/platform';
import { FUTURE_YEAR } from '@doable/test-kit';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askAssistant, expectTitles, openPage, PASSWORD, screenshot, startBrowserStack, waitUntilLive } from './harness.ts';

/** The policy the server sends with the app's page: nothing inline, no eval, nothing from elsewhere. */
const POLICY = CONTENT_SECURITY_POLICY;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Serves every page of the app under POLICY, on top of any policy the server already sends (a browser enforces
 * each), and records every violation the page reports, from the first script on.
 */
async function enforcePolicy(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/assets/'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const served = response.headers()['content-security-policy'];
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': served ? `${served}, ${POLICY}` : POLICY },
      });
    },
  );
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample }),
      true,
    );
  });
}

const violationsIn = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);

describe('the app under a strict Content-Security-Policy', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  beforeAll(async () => {
    // A page Playwright fulfils did not come from a loopback address, so Chromium's Local Network Access checks
    // would refuse its WebSocket to 127.0.0.1; the policy under test is the page's CSP, not that.
    stack = await startBrowserStack(['--disable-features=LocalNetworkAccessChecks']);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('signs up, lists, edits, completes, chats and goes live with no violation', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, 'about:blank', { timezoneId: 'UTC' });
    await enforcePolicy(context);
    const consoleReports: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) consoleReports.push(message.text());
    });
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    const documentPolicies: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') documentPolicies.push(response.headers()['content-security-policy'] ?? '');
    });

    await page.goto('/');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Csp');
    await page.getByLabel('Email').fill(`csp.${Date.now()}@example.test`);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Nothing to do').waitFor();
    await waitUntilLive(page);

    await page.getByLabel('Quick add').fill('water the plants');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('Call the plumber');
    await dialog.getByLabel('High').check();
    await dialog.getByLabel('Due', { exact: true }).fill(`${FUTURE_YEAR}-06-01T09:00`);
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expectTitles(page, ['Call the plumber', 'water the plants']);
    await page.getByRole('checkbox', { name: 'Complete “water the plants”' }).click();
    await expectTitles(page, ['Call the plumber']);

    await page.getByRole('button', { name: 'Assistant' }).click();
    await askAssistant(page, 'add buy milk tomorrow #errands');
    await expect
      .poll(async () => (await page.locator('.task-title').allTextContents()).map((title) => title.toLowerCase()))
      .toContain('buy milk');
    await page.getByRole('button', { name: 'Close the assistant' }).click();
    // The service worker (worker-src) registers once signed in.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);

    // A reload comes back signed in, by the cookie alone.
    await page.reload();
    await page.locator('li.task').first().waitFor();
    await waitUntilLive(page);
    await page.screenshot({ path: '/tmp/doable-task-list.png' });
    await screenshot(page, 'tasks-under-csp-desktop-light', false);

    expect(documentPolicies.length).toBeGreaterThan(0);
    expect(documentPolicies.every((policy) => policy.includes(POLICY))).toBe(true);
    expect(sockets.length).toBeGreaterThan(0);
    for (const url of sockets) expect(url).toBe(`${stack.app.url.replace('http:', 'ws:')}/ws`);
    expect(await violationsIn(page)).toEqual([]);
    expect(consoleReports).toEqual([]);

    // The check sees a violation when there is one: an inline style is refused and reported.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    // One report per policy in force: the server's, when it sends one, and this test's.
    await expect.poll(async () => (await violationsIn(page)).length).toBeGreaterThan(0);
    for (const violation of await violationsIn(page)) expect(violation).toMatchObject({ directive: 'style-src-elem', blocked: 'inline' });
    await context.close();
  });
});

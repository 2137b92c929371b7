import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, newUser, openPage, PASSWORD, screenshot, startBrowserStack } from './harness.ts';

describe('signing up, in and out', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('serves the app for deep links, and a 404 for files that do not exist', async () => {
    const deepLink = await stack.app.api.get('/some/bookmarked/view?status=pending');
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-type')).toContain('text/html');
    expect((await stack.app.api.get('/assets/index-0000.js')).status).toBe(404);
    expect((await stack.app.api.get('/favicon.ico')).status).toBe(404);
    expect((await stack.app.api.get('/api/v1/nope')).headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs up, saves the browser time zone, signs out and back in, with the session in an httpOnly cookie only', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { timezoneId: 'America/New_York' });
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Grace');
    await page.getByLabel('Email').fill('grace@example.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'To do' }).waitFor();
    await page.getByText('Nothing to do. Add your first task').waitFor();

    // Nothing a script in the page could read: no token in storage, the session cookie hidden from document.cookie.
    const session = await sessionCookieOf(context);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => ({ storage: { ...localStorage, ...sessionStorage }, cookie: document.cookie }))).toEqual({
      storage: expect.not.objectContaining({ 'doable.token': expect.anything() }),
      cookie: '',
    });
    const cookieHeader = { cookie: `${session!.name}=${session!.value}` };
    const me = () => stack.app.api.call('GET', '/api/v1/me', undefined, undefined, cookieHeader);
    await expect.poll(async () => (await me()).body.time_zone).toBe('America/New_York');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await sessionCookieOf(context)).toBeUndefined();
    expect((await me()).status).toBe(401);
    // Still signed out after a reload: the server, not the page, says who is signed in.
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    await page.getByLabel('Email').fill('grace@example.test');
    await page.getByLabel('Password').fill('wrong password!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Invalid email or password');

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'To do' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'To do' }).waitFor();
    await context.close();
  });

  it('signs out when the session ends elsewhere', async () => {
    const user = await newUser(stack.app, 'Lin');
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await page.getByText('Nothing to do').waitFor();
    // The session the page holds, ended through the API (as signing out in another tab would).
    expect((await stack.app.api.post('/api/auth/sign-out', {}, user.token)).status).toBe(200);
    // The next thing the page asks the server finds the session gone (the page may have asked already).
    await page
      .getByLabel('Quick add')
      .fill('one more thing', { timeout: 2000 })
      .then(() => page.getByRole('button', { name: 'Add', exact: true }).click({ timeout: 2000 }))
      .catch(() => {});
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('stays signed in, and says so, when the sign-out does not reach the server', async () => {
    const user = await newUser(stack.app, 'Kim');
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await page.getByText('Nothing to do').waitFor();
    await page.route('**/api/auth/sign-out', (route) => route.abort('connectionfailed'));
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Could not sign out: Doable did not answer. Check your connection and try again.',
    );
    expect((await stack.app.api.get('/api/v1/me', user.token)).status).toBe(200);

    await page.unroute('**/api/auth/sign-out');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await stack.app.api.get('/api/v1/me', user.token)).status).toBe(401);
    await context.close();
  });

  it('forgets a bearer token an earlier version left in localStorage, and ends its session', async () => {
    const user = await newUser(stack.app, 'Old');
    const context = await stack.browser.newContext({ baseURL: stack.app.url });
    await context.addInitScript((token) => {
      if (!sessionStorage.getItem('seeded')) localStorage.setItem('doable.token', token);
      sessionStorage.setItem('seeded', '1');
    }, user.token);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('doable.token'))).toBeNull();
    await expect.poll(async () => (await stack.app.api.get('/api/v1/me', user.token)).status).toBe(401);
    await context.close();
  });

  it('tells the user which setting to change when Doable is opened at an address it is not configured for', async () => {
    // The test server trusts http://127.0.0.1:*; the same server at localhost is another origin to the browser.
    const elsewhere = stack.app.url.replace('127.0.0.1', 'localhost');
    const origin = new URL(elsewhere).origin;
    const context = await stack.browser.newContext({ baseURL: elsewhere, viewport: DESKTOP, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Ines');
    await page.getByLabel('Email').fill('ines@example.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    const advice = `To use it at ${origin}, set PUBLIC_URL=${origin} (or add it to TRUSTED_ORIGINS) and restart Doable.`;
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Doable is configured for /);
    expect(await alert.textContent()).toContain(advice);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('Email').fill('ines@example.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await alert.waitFor();
    expect(await alert.textContent()).toContain(advice);
    await page.screenshot({ path: '/tmp/doable-sign-in-origin-error.png' });
    await screenshot(page, 'sign-in-untrusted-origin-desktop-light', false);
    await context.close();
  });

  it('says how long to wait when there were too many attempts', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/');
    await page.route('**/api/auth/sign-in/email', (route) =>
      route.fulfill({
        status: 429,
        headers: { 'content-type': 'application/problem+json', 'retry-after': '42' },
        body: JSON.stringify({ type: 'about:blank', title: 'Too many requests', status: 429 }),
      }),
    );
    await page.getByLabel('Email').fill('grace@example.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Too many attempts; try again in 42 seconds.');
    await context.close();
  });
});

async function sessionCookieOf(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name.endsWith('session_token'));
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, startBrowserStack } from './harness.ts';

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

  it('signs up, saves the browser time zone, signs out and back in', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { timezoneId: 'America/New_York' });
    await page.getByRole('button', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Grace');
    await page.getByLabel('Email').fill('grace@example.test');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'To do' }).waitFor();
    await page.getByText('Nothing to do. Add your first task').waitFor();

    const token = await page.evaluate(() => localStorage.getItem('doable.token'));
    expect(token).toBeTruthy();
    await expect.poll(async () => (await stack.app.api.get('/api/v1/me', token!)).body.time_zone).toBe('America/New_York');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('doable.token'))).toBeNull();
    expect((await stack.app.api.get('/api/v1/me', token!)).status).toBe(401);

    await page.getByLabel('Email').fill('grace@example.test');
    await page.getByLabel('Password').fill('wrong password!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();

    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'To do' }).waitFor();
    await context.close();
  });
});

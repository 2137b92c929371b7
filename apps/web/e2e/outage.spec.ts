import { startTestApp, type TestApp } from '@doable/doable/testing';
import { type KillablePostgres, startKillablePostgres } from '@doable/stack/testing';
import { freePort } from '@doable/test-kit';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean, expectTitles, launchChromium, newUser, openPage, PHONE, screenshot, waitUntilLive } from './harness.ts';

// The server asks for Retry-After: 5; the page's first retry comes then, later ones back off up to 30 s.
const RECOVERS_WITHIN_MS = 45_000;
const OUTAGE_TEXT = /Doable can’t reach its database — retrying/;

/** Marks the page, so a test can tell it was never reloaded (a reload starts a new document without the mark). */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { keptSince?: boolean }).keptSince = true;
  });
}
const stillSameDocument = (page: Page) => page.evaluate(() => (window as unknown as { keptSince?: boolean }).keptSince === true);

describe('the web app when its server loses the database, or goes away itself', () => {
  let pg: KillablePostgres;
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    pg = await startKillablePostgres();
    // A fixed port, so the server can come back where the page expects it.
    app = await startTestApp({ kind: 'postgres', postgresUrl: pg.url, port: await freePort() });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await pg?.remove();
  });

  it('says calmly that it cannot reach the database while retrying, then refreshes by itself without a reload', async () => {
    const user = await newUser(app);
    const done = await app.api.post('/api/v1/tasks', { title: 'Done before' }, user.token);
    await app.api.patch(`/api/v1/tasks/${done.body.id}/complete`, {}, user.token);
    await app.api.post('/api/v1/tasks', { title: 'Open before' }, user.token);
    const { context, page } = await openPage(browser, app, '/', { signedInAs: user });
    await expectTitles(page, ['Open before']);
    await waitUntilLive(page);
    await markDocument(page);
    const banner = page.getByRole('status').filter({ hasText: OUTAGE_TEXT });

    await pg.kill();
    // The next thing the page asks for needs the database: the list of all tasks.
    await page.getByLabel('Status').selectOption('all');
    await banner.waitFor({ timeout: 15_000 });
    // A note, not an error: no alert, and the list keeps what it showed.
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.task-title').allTextContents()).toEqual(['Open before']);
    await screenshot(page, 'database-outage-desktop-light', false);
    await expectAxeClean(page);

    await pg.restart();
    await banner.waitFor({ state: 'detached', timeout: RECOVERS_WITHIN_MS });
    // The view chosen during the outage, fetched once the database answered again.
    await expectTitles(page, ['Open before', 'Done before']);

    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('Written after the outage');
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expectTitles(page, ['Written after the outage', 'Open before', 'Done before']);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await stillSameDocument(page)).toBe(true);
    await context.close();
  }, 180_000);

  it('opened while the database is away, says so (not that Doable is unreachable) and signs in by itself once it is back', async () => {
    const user = await newUser(app);
    await app.api.post('/api/v1/tasks', { title: 'Waiting for the database' }, user.token);
    await pg.kill();

    const { context, page } = await openPage(browser, app, '/', { signedInAs: user, viewport: PHONE, colorScheme: 'dark' });
    await page.getByRole('status').filter({ hasText: OUTAGE_TEXT }).waitFor({ timeout: 15_000 });
    expect(await page.getByText('Could not reach Doable').count()).toBe(0);
    await screenshot(page, 'database-outage-signed-in-phone-dark', false);
    await expectAxeClean(page);
    await markDocument(page);

    await pg.restart();
    await expectTitles(page, ['Waiting for the database'], RECOVERS_WITHIN_MS);
    expect(await page.getByRole('status').filter({ hasText: OUTAGE_TEXT }).count()).toBe(0);
    expect(await stillSameDocument(page)).toBe(true);
    await context.close();
  }, 180_000);

  it('reconnects its live connection after the server goes away and comes back, and shows what changed meanwhile', async () => {
    const user = await newUser(app);
    const { context, page } = await openPage(browser, app, '/', { signedInAs: user });
    await page.getByText('Nothing to do').waitFor();
    await waitUntilLive(page);
    await markDocument(page);

    await app.stop();
    await page.getByRole('status').filter({ hasText: 'Reconnecting…' }).waitFor({ timeout: 10_000 });
    // Written while this page's server is away, through another server on the same database: its live update
    // reaches no socket of this page, so only a refetch after reconnecting can show it.
    const elsewhere = await startTestApp({ kind: 'postgres', postgresUrl: pg.url, databaseUrl: app.databaseUrl });
    expect((await elsewhere.api.post('/api/v1/tasks', { title: 'Made while cut off' }, user.token)).status).toBe(201);
    await elsewhere.settle();
    await elsewhere.stop();

    app = await app.restart();
    app.app.start();
    await waitUntilLive(page, RECOVERS_WITHIN_MS);
    expect(await page.locator('.live-status').textContent()).toBe('');
    await expectTitles(page, ['Made while cut off']);
    expect(await stillSameDocument(page)).toBe(true);
    await context.close();
  }, 180_000);
});

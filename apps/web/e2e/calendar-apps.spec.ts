import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProject,
  DESKTOP,
  expectAxeClean,
  newUser,
  openPage,
  PHONE,
  screenshot,
  startBrowserStack,
  type TestUser,
} from './harness.ts';

describe('Settings → Calendar apps in the browser', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  let user: TestUser;
  const saved: string[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack();
    user = await newUser(stack.app, 'Ada Lovelace');
    await createProject(stack.app, user, 'Garden');
    await stack.app.api.post('/api/v1/tasks', { title: 'Water roses', due_date: '2031-04-01T08:00:00.000Z' }, user.token);
  });
  afterAll(async () => {
    await stack?.stop();
    console.log(`screenshots:\n${saved.join('\n')}`);
  });

  /** The feed URLs name the public base URL; the test fetches them from the listening address. */
  const local = (url: string) => url.replace(/^http:\/\/127\.0\.0\.1(:\d+)?/, stack.app.url);

  it('shows the server and username, makes an app password shown once, and revokes it after confirming', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Calendar apps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Calendar apps' });
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Server URL', exact: true }).inputValue()).toBe(`${stack.app.url}/dav/`);
    expect(await dialog.getByRole('textbox', { name: 'Username', exact: true }).inputValue()).toBe(user.email);
    await dialog.getByRole('button', { name: 'Copy Server URL' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${stack.app.url}/dav/`);

    await dialog.getByLabel('Device or app').fill('Phone');
    await dialog.getByLabel('Access').selectOption('read');
    await dialog.getByRole('button', { name: 'Create app password' }).click();
    const password = dialog.getByRole('textbox', { name: 'App password for Phone', exact: true });
    await expect.poll(() => password.inputValue()).toMatch(/^doable_/);
    const key = await password.inputValue();
    expect(await dialog.textContent()).toContain("You won't see it again");
    await dialog.getByRole('button', { name: 'Copy App password for Phone' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    // The password works as the key it is, with the scope asked for.
    const read = await stack.app.api.call('GET', '/api/v1/tasks', undefined, undefined, { 'x-api-key': key });
    expect(read.status).toBe(200);
    const list = dialog.getByRole('list', { name: 'App passwords' });
    await expect.poll(() => list.textContent()).toContain('Read only');
    await expectAxeClean(page);
    saved.push(await screenshot(page, 'calendar-apps-desktop'));

    await dialog.getByRole('button', { name: 'Done, I copied it' }).click();
    expect(await dialog.getByRole('textbox', { name: 'App password for Phone', exact: true }).count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Calendar apps' }).click();
    await expect.poll(() => list.textContent()).toContain('Phone');
    expect(await dialog.textContent()).not.toContain(key);

    await list.getByRole('button', { name: 'Revoke Phone…' }).click();
    await list.getByRole('button', { name: 'Keep' }).click();
    expect(await list.textContent()).toContain('Phone');
    await list.getByRole('button', { name: 'Revoke Phone…' }).click();
    await list.getByRole('button', { name: 'Revoke Phone' }).click();
    await expect.poll(() => dialog.textContent()).toContain('No app passwords yet.');
    const refused = await stack.app.api.call('GET', '/api/v1/tasks', undefined, undefined, { 'x-api-key': key });
    expect(refused.status).toBe(401);
    await context.close();
  });

  it('copies a feed link that serves the tasks, and makes new links that retire the old ones (phone)', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, viewport: PHONE, colorScheme: 'dark' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Calendar apps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Calendar apps' });
    const allTasks = dialog.getByRole('textbox', { name: 'All tasks with due dates', exact: true });
    await expect.poll(() => allTasks.inputValue()).toMatch(/\/feeds\/[\w-]{43}\.ics\?view=events$/);
    expect(await dialog.getByRole('textbox', { name: 'Project Garden', exact: true }).inputValue()).toMatch(
      /\/projects\/\d+\.ics\?view=events$/,
    );
    await dialog.getByRole('button', { name: 'Copy All tasks with due dates' }).click();
    const events = await page.evaluate(() => navigator.clipboard.readText());
    const served = await fetch(local(events));
    expect(served.status).toBe(200);
    const text = await served.text();
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('SUMMARY:Water roses');

    await dialog.getByRole('radio', { name: /Tasks \(VTODO/ }).check();
    expect(await allTasks.inputValue()).toBe(events.replace('?view=events', ''));
    expect(await (await fetch(local(await allTasks.inputValue()))).text()).toContain('BEGIN:VTODO');
    await expectAxeClean(page);
    saved.push(await screenshot(page, 'calendar-apps-phone'));

    await dialog.getByRole('button', { name: 'Make new links…' }).click();
    await dialog.getByRole('button', { name: 'Make new links', exact: true }).click();
    await expect.poll(() => allTasks.inputValue()).not.toBe(events.replace('?view=events', ''));
    expect((await fetch(local(events))).status).toBe(404);
    expect((await fetch(local(await allTasks.inputValue()))).status).toBe(200);
    await context.close();
  });

  it('reaches the dialog by keyboard and closes it with Escape', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, viewport: DESKTOP });
    await page.getByRole('button', { name: 'Calendar apps' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Calendar apps' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await context.close();
  });
});

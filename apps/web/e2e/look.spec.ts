import type { Task } from '@doable/contracts';
import { FUTURE_YEAR } from '@doable/test-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  askAssistant,
  DESKTOP,
  expectAxeClean,
  expectTitles,
  newUser,
  openPage,
  PHONE,
  screenshot,
  startBrowserStack,
  type TestUser,
} from './harness.ts';

const VARIANTS = [
  { name: 'desktop-light', viewport: DESKTOP, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: DESKTOP, colorScheme: 'dark' },
  { name: 'phone-light', viewport: PHONE, colorScheme: 'light' },
  { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
] as const;

describe('main views: accessibility and screenshots', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  let user: TestUser;
  const saved: string[] = [];

  beforeAll(async () => {
    stack = await startBrowserStack();
    user = await newUser(stack.app, 'Ada Lovelace');
    const add = (body: object, path = '/api/v1/tasks') => stack.app.api.post<Task>(path, body, user.token);
    const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    await add({
      title: 'Renew passport',
      description: 'Photos are in the desk drawer',
      priority: 'high',
      tags: ['admin'],
      due_date: inHours(-30),
    });
    await add({ title: 'Buy groceries', priority: 'medium', tags: ['home', 'errands'], due_date: inHours(1), remind_before: '10m' });
    await add(
      { title: 'Team stand-up', pattern: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', priority: 'medium', tags: ['work'], due_date: inHours(26) },
      '/api/v1/tasks/recurring',
    );
    await add(
      { title: 'Pay rent', pattern: 'monthly', priority: 'high', tags: ['home', 'money'], due_date: inHours(24 * 9), remind_before: '1d' },
      '/api/v1/tasks/recurring',
    );
    await add({ title: 'Read “The Dispossessed”', priority: 'low', tags: ['books'] });
  });
  afterAll(async () => {
    await stack?.stop();
    console.log(`screenshots:\n${saved.join('\n')}`);
  });

  async function check(page: Page, name: string, fullPage = true) {
    await expectAxeClean(page);
    saved.push(await screenshot(page, name, fullPage));
  }

  for (const variant of VARIANTS) {
    it(`sign-in, task list, form, empty state and assistant (${variant.name})`, async () => {
      // What an earlier variant's assistant added is removed first, so each starts from the same list.
      const earlier = (await stack.app.api.get<{ items: Task[] }>('/api/v1/tasks?search=call%20mum', user.token)).body.items;
      for (const task of earlier) await stack.app.api.delete(`/api/v1/tasks/${task.id}`, user.token);

      const signedOut = await openPage(stack.browser, stack.app, '/', variant);
      await signedOut.page.getByRole('heading', { name: 'Sign in' }).waitFor();
      await check(signedOut.page, `sign-in-${variant.name}`);
      await signedOut.context.close();

      const { context, page } = await openPage(stack.browser, stack.app, '/', { ...variant, signedInAs: user });
      await expectTitles(page, ['Read “The Dispossessed”', 'Pay rent', 'Team stand-up', 'Buy groceries', 'Renew passport']);
      await check(page, `tasks-${variant.name}`);

      if (variant.viewport === PHONE) {
        await page.getByRole('button', { name: /Filters and sort/ }).click();
        await page.getByLabel('Status').waitFor();
        await check(page, `filters-open-${variant.name}`);
        await page.getByRole('button', { name: /Filters and sort/ }).click();
      }

      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await check(page, `keyboard-help-${variant.name}`, false);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'detached' });

      await page.getByRole('button', { name: '+ New task' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New task' });
      await dialog.getByLabel('Title').fill('Plan the trip');
      await dialog.getByLabel('Due', { exact: true }).fill(`${FUTURE_YEAR}-06-01T09:00`);
      await dialog.getByLabel('Repeat').selectOption('custom');
      await dialog.getByLabel('Every').fill('2');
      await dialog.getByLabel('Wednesday', { exact: true }).check();
      await check(page, `task-form-${variant.name}`, false);
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      await page.getByLabel('Search tasks').fill('nothing like this');
      await page.getByText('No tasks match this view.').waitFor();
      await check(page, `no-match-${variant.name}`);
      await page.getByRole('button', { name: 'Clear search and filters' }).click();

      await page.getByRole('button', { name: 'Assistant' }).click();
      await askAssistant(page, 'add call mum tomorrow at 6pm #family');
      await expect
        .poll(async () => (await page.locator('.task-title').allTextContents()).map((title) => title.toLowerCase()))
        .toContain('call mum');
      await check(page, `assistant-${variant.name}`);
      await context.close();
    });
  }

  it('empty list for a new user', async () => {
    const fresh = await newUser(stack.app, 'Newcomer');
    for (const variant of [VARIANTS[0], VARIANTS[3]]) {
      const { context, page } = await openPage(stack.browser, stack.app, '/', { ...variant, signedInAs: fresh });
      await page.getByText('Nothing to do').waitFor();
      await check(page, `empty-${variant.name}`);
      await context.close();
    }
  });
});

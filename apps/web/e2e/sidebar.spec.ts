import type { Project, Task } from '@doable/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countResponses,
  createProject,
  DESKTOP,
  expectAxeClean,
  expectTitles,
  newUser,
  openPage,
  PHONE,
  screenshot,
  startBrowserStack,
  type TestUser,
  waitUntilLive,
} from './harness.ts';

describe('the sidebar of projects in the browser', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  const saved: string[] = [];
  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.stop();
    console.log(`screenshots:\n${saved.join('\n')}`);
  });

  const api = () => stack.app.api;
  const serverOrder = async (user: TestUser) =>
    (await api().get<{ items: Project[] }>('/api/v1/projects', user.token)).body.items.map((project) => project.name);
  const sidebarOf = (page: Page) => page.getByRole('navigation', { name: 'Projects and views' });
  const projectNames = (page: Page) => sidebarOf(page).getByRole('list', { name: 'Projects' }).locator('.sidebar-name').allTextContents();
  const projectRow = (page: Page, name: string) =>
    sidebarOf(page).locator('li.sidebar-project', { has: page.locator('.sidebar-name', { hasText: new RegExp(`^${name}$`) }) });

  it('reorders projects by dragging one by its handle; the order is saved, stays after a reload, and the Inbox stays first', async () => {
    const ada = await newUser(stack.app, 'Ada');
    for (const name of ['Home', 'Work', 'Errands', 'Garden']) await createProject(stack.app, ada, name);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: ada });
    await expect.poll(() => projectNames(page)).toEqual(['Home', 'Work', 'Errands', 'Garden']);

    // The top half of a row drops before it, the bottom half after it.
    await projectRow(page, 'Garden')
      .locator('.drag-handle')
      .dragTo(projectRow(page, 'Home'), { targetPosition: { x: 60, y: 3 } });
    await expect.poll(() => projectNames(page)).toEqual(['Garden', 'Home', 'Work', 'Errands']);
    await projectRow(page, 'Home')
      .locator('.drag-handle')
      .dragTo(projectRow(page, 'Errands'), { targetPosition: { x: 60, y: 30 } });
    await expect.poll(() => projectNames(page)).toEqual(['Garden', 'Work', 'Errands', 'Home']);
    await expect.poll(() => serverOrder(ada)).toEqual(['Inbox', 'Garden', 'Work', 'Errands', 'Home']);

    await page.reload();
    await expect.poll(() => projectNames(page)).toEqual(['Garden', 'Work', 'Errands', 'Home']);
    // The Inbox is not among the projects one drags: it stays first, above the smart views.
    const firstItems = await sidebarOf(page).locator('.sidebar-list').first().locator('.sidebar-name').allTextContents();
    expect(firstItems.slice(0, 2)).toEqual(['All tasks', 'Inbox']);
    expect(await sidebarOf(page).locator('.sidebar-list').first().locator('.drag-handle').count()).toBe(0);
    // The keyboard's buttons are still there and agree with the drag.
    expect(await sidebarOf(page).getByRole('button', { name: 'Move Garden up' }).isDisabled()).toBe(true);
    await sidebarOf(page).getByRole('button', { name: 'Move Home up' }).click();
    await expect.poll(() => serverOrder(ada)).toEqual(['Inbox', 'Garden', 'Work', 'Home', 'Errands']);
    await context.close();
  });

  it('refetches the projects for a live change that alters the counts, not for every task message', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const home = await createProject(stack.app, ada, 'Home');
    const tap = (await api().post<Task>('/api/v1/tasks', { title: 'Fix the tap', project_id: home.id }, ada.token)).body;
    await api().post('/api/v1/tasks', { title: 'Buy a washer', parent_id: tap.id }, ada.token);
    await api().post('/api/v1/tasks', { title: 'Paint the door', project_id: home.id }, ada.token);
    // Counted from the page's start: the first load, then one more when /ws says hello (anything may have changed).
    const { context, page } = await openPage(stack.browser, stack.app, 'about:blank', { signedInAs: ada });
    const projectLists = countResponses(page, '/api/v1/projects');
    await page.goto(`/?project=${home.id}`);
    await expectTitles(page, ['Fix the tap', 'Buy a washer', 'Paint the door']);
    await waitUntilLive(page);
    await expect.poll(() => projectLists.count).toBe(2);
    // Every open task counts, subtasks included, and the count says so.
    const count = projectRow(page, 'Home').locator('.sidebar-count');
    await expect.poll(() => count.getAttribute('title')).toBe('3 open tasks, subtasks included');

    for (const title of ['Fix the kitchen tap', 'Fix the tap at last', 'Fix the tap today']) {
      await api().patch(`/api/v1/tasks/${tap.id}`, { title }, ada.token);
    }
    await expectTitles(page, ['Fix the tap today', 'Buy a washer', 'Paint the door']);
    // The renames caused none.
    expect(projectLists.count).toBe(2);
    // A completion changes the count: refetched. It closes the tap and its washer, one message each, which the page
    // joins into one refetch when they come together and reads once each when the machine spaces them out.
    await api().patch(`/api/v1/tasks/${tap.id}/complete`, { completed: true }, ada.token);
    await expect.poll(() => count.getAttribute('title')).toBe('1 open task, subtasks included');
    expect(projectLists.count).toBeGreaterThanOrEqual(3);
    expect(projectLists.count).toBeLessThanOrEqual(4);
    await context.close();
  });

  it('fills the height of the window on a page longer than the window', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const titles = Array.from({ length: 30 }, (_, index) => `Chore ${String(index + 1).padStart(2, '0')}`);
    for (const title of titles) await api().post('/api/v1/tasks', { title }, ada.token);
    const { context, page } = await openPage(stack.browser, stack.app, '/?sort=title&order=asc', { signedInAs: ada });
    await expectTitles(page, titles);
    const edges = () =>
      page.evaluate(() => {
        const sidebar = (document.querySelector('.sidebar') as HTMLElement).getBoundingClientRect();
        const topbar = (document.querySelector('.topbar') as HTMLElement).getBoundingClientRect();
        // The column's background, behind the nav: down to the page's end (also in a full-page screenshot).
        const column = (document.querySelector('.sidebar-column') as HTMLElement).getBoundingClientRect();
        // "+ 0": a fraction of a pixel above rounds to -0, which is no gap either.
        return {
          top: Math.round(sidebar.top - topbar.bottom) + 0,
          bottom: Math.round(window.innerHeight - sidebar.bottom) + 0,
          columnShort: Math.max(0, Math.round(document.documentElement.scrollHeight - (column.bottom + window.scrollY))),
        };
      });
    expect(await edges()).toEqual({ top: 0, bottom: 0, columnShort: 0 });
    saved.push(await screenshot(page, 'sidebar-tall-page-full-desktop-light'));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY > 0)).toBe(true);
    expect(await edges()).toEqual({ top: 0, bottom: 0, columnShort: 0 });
    saved.push(await screenshot(page, 'sidebar-tall-page-desktop-light', false));
    await context.close();
  });

  it('looks right with several projects and in the New task dialog, on desktop and phone, light and dark (axe clean)', async () => {
    const ada = await newUser(stack.app, 'Ada Lovelace');
    const groceries = await createProject(stack.app, ada, 'Groceries', { color: '#2e9e50', emoji: '🛒' });
    await createProject(stack.app, ada, 'Work', { color: '#2f5bd3' });
    await createProject(stack.app, ada, 'Trip to Lisbon', { color: '#d9822b', emoji: '✈️' });
    await createProject(stack.app, ada, 'A project with a rather long name that does not fit', { color: '#8e44ad' });
    const milk = (await api().post<Task>('/api/v1/tasks', { title: 'Oat milk', project_id: groceries.id }, ada.token)).body;
    await api().post('/api/v1/tasks', { title: 'Barista edition', parent_id: milk.id }, ada.token);
    await api().post('/api/v1/tasks', { title: 'Bread', project_id: groceries.id }, ada.token);

    const variants = [
      { name: 'desktop-light', viewport: DESKTOP, colorScheme: 'light' },
      { name: 'desktop-dark', viewport: DESKTOP, colorScheme: 'dark' },
      { name: 'phone-light', viewport: PHONE, colorScheme: 'light' },
      { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
    ] as const;
    for (const variant of variants) {
      const { context, page } = await openPage(stack.browser, stack.app, `/?project=${groceries.id}`, { ...variant, signedInAs: ada });
      await expectTitles(page, ['Oat milk', 'Barista edition', 'Bread']);
      if (variant.viewport === PHONE) {
        await page.getByRole('button', { name: 'Projects and views' }).click();
        await page.locator('.sidebar.open').waitFor();
      }
      await projectRow(page, 'Work').hover();
      await expectAxeClean(page);
      saved.push(await screenshot(page, `sidebar-projects-${variant.name}`, false));
      if (variant.viewport === PHONE) {
        await page.getByRole('button', { name: 'Projects and views' }).click();
        await page.locator('.sidebar.open').waitFor({ state: 'detached' });
      }

      await page.getByRole('button', { name: '+ New task' }).click();
      const dialog = page.getByRole('dialog', { name: 'New task' });
      await dialog.getByLabel('Title').fill('Oat milk, unsweetened');
      await dialog.getByLabel('Subtask of').selectOption(String(milk.id));
      await expectAxeClean(page);
      saved.push(await screenshot(page, `task-dialog-parent-${variant.name}`, false));
      await context.close();
    }
  });
});

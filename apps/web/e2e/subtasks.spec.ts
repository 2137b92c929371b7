import type { CreatedInviteLink, Task } from '@doable/contracts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
} from './harness.ts';

const SUBTASKS = ['Book hotel', 'Buy tickets', 'Pack bags', 'Renew passport', 'Print maps'];

describe('subtasks and manual order in the browser', () => {
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
  const childrenOf = async (user: TestUser, parentId: number, status = 'all') =>
    (await api().get<{ items: Task[] }>(`/api/v1/tasks?parent=${parentId}&sort=position&status=${status}`, user.token)).body.items;
  const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

  /** Presses Enter on a button reached by the keyboard's focus, as a keyboard user would. */
  async function press(page: Page, name: string) {
    await page.getByRole('button', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
  }

  it('adds subtasks, shows progress, collapses, reorders and nests by keyboard, and completes the parent with them', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const trip = await createProject(stack.app, ada, 'Trip');
    const plan = (await api().post<Task>('/api/v1/tasks', { title: 'Plan trip', project_id: trip.id }, ada.token)).body;
    await api().post('/api/v1/tasks', { title: 'Water the plants', project_id: trip.id }, ada.token);

    const { context, page } = await openPage(stack.browser, stack.app, `/?project=${trip.id}`, { signedInAs: ada });
    await expectTitles(page, ['Plan trip', 'Water the plants']);

    // Add subtask opens a line under the task; it stays open for the next one.
    await page.getByRole('button', { name: 'Add subtask to “Plan trip”' }).click();
    const draft = page.getByLabel('New subtask of “Plan trip”');
    for (const title of SUBTASKS) {
      await draft.fill(title);
      await draft.press('Enter');
      await expect.poll(() => draft.inputValue()).toBe('');
    }
    await expectTitles(page, ['Plan trip', ...SUBTASKS, 'Water the plants']);
    await draft.press('Escape');
    await expect.poll(() => focusedLabel(page)).toBe('Add subtask to “Plan trip”');
    expect((await childrenOf(ada, plan.id)).map((task) => task.title)).toEqual(SUBTASKS);
    const row = (title: string) => page.locator('li.task', { has: page.getByRole('heading', { name: title, exact: true }) });
    expect(await row('Book hotel').getAttribute('class')).toContain('depth-2');
    await row('Plan trip').getByText('0 of 5 subtasks done').waitFor({ state: 'attached' });

    // Two done: the parent says 2/5 (done ones leave the pending list).
    await page.getByRole('checkbox', { name: 'Complete “Book hotel”' }).click();
    await expectTitles(page, ['Plan trip', ...SUBTASKS.slice(1), 'Water the plants']);
    await page.getByRole('checkbox', { name: 'Complete “Buy tickets”' }).click();
    await expectTitles(page, ['Plan trip', 'Pack bags', 'Renew passport', 'Print maps', 'Water the plants']);
    await row('Plan trip').getByText('2 of 5 subtasks done').waitFor({ state: 'attached' });
    expect(await row('Plan trip').locator('.subtask-progress').textContent()).toContain('2/5');

    // Collapse and expand.
    const toggle = page.getByRole('button', { name: 'Subtasks of “Plan trip”' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.click();
    await expectTitles(page, ['Plan trip', 'Water the plants']);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.press('Enter');
    await expectTitles(page, ['Plan trip', 'Pack bags', 'Renew passport', 'Print maps', 'Water the plants']);

    // Reorder by keyboard: focus stays on the control, and the server keeps the order.
    await press(page, 'Move up “Print maps”');
    await expectTitles(page, ['Plan trip', 'Pack bags', 'Print maps', 'Renew passport', 'Water the plants']);
    await expect.poll(() => focusedLabel(page)).toBe('Move up “Print maps”');
    await page.keyboard.press('Enter');
    await expectTitles(page, ['Plan trip', 'Print maps', 'Pack bags', 'Renew passport', 'Water the plants']);
    // At the top Move up is no longer possible: focus moves on to Move down.
    await expect.poll(() => focusedLabel(page)).toBe('Move down “Print maps”');
    expect(await page.getByRole('button', { name: 'Move up “Print maps”' }).isDisabled()).toBe(true);
    await page.getByRole('status').getByText('Moved up “Print maps”.').waitFor();
    expect((await childrenOf(ada, plan.id, 'pending')).map((task) => task.title)).toEqual(['Print maps', 'Pack bags', 'Renew passport']);
    // A top task moves among top tasks, its subtasks with it.
    await press(page, 'Move up “Water the plants”');
    await expectTitles(page, ['Water the plants', 'Plan trip', 'Print maps', 'Pack bags', 'Renew passport']);

    // Indent under the sibling above, outdent back to right after the parent.
    await press(page, 'Indent “Pack bags”');
    await expect.poll(async () => (await row('Pack bags').getAttribute('class')) ?? '').toContain('depth-3');
    await expect.poll(() => focusedLabel(page)).toBe('Outdent “Pack bags”');
    const maps = (await childrenOf(ada, plan.id)).find((task) => task.title === 'Print maps') as Task;
    expect((await childrenOf(ada, maps.id)).map((task) => task.title)).toEqual(['Pack bags']);
    await row('Print maps').getByText('0 of 1 subtask done').waitFor({ state: 'attached' });
    await press(page, 'Outdent “Pack bags”');
    await expect.poll(async () => (await row('Pack bags').getAttribute('class')) ?? '').toContain('depth-2');
    await expectTitles(page, ['Water the plants', 'Plan trip', 'Print maps', 'Pack bags', 'Renew passport']);
    await expectAxeClean(page);

    // Completing the parent completes its subtasks: in the "All" view they show ticked, 5/5.
    await page.goto(`/?project=${trip.id}&status=all`);
    await expectTitles(page, ['Water the plants', 'Plan trip', 'Book hotel', 'Buy tickets', 'Print maps', 'Pack bags', 'Renew passport']);
    await page.getByRole('checkbox', { name: 'Complete “Plan trip”' }).click();
    for (const title of SUBTASKS) {
      await expect.poll(() => page.getByRole('checkbox', { name: `Reopen “${title}”` }).isChecked()).toBe(true);
    }
    await row('Plan trip').getByText('5 of 5 subtasks done').waitFor({ state: 'attached' });
    expect((await childrenOf(ada, plan.id)).every((task) => task.completed)).toBe(true);
    await context.close();
  });

  it('nests and reorders by dragging a row by its handle', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const home = await createProject(stack.app, ada, 'Home');
    for (const title of ['Clean the kitchen', 'Wipe the counters', 'Buy soap']) {
      await api().post('/api/v1/tasks', { title, project_id: home.id }, ada.token);
    }
    const { context, page } = await openPage(stack.browser, stack.app, `/?project=${home.id}`, { signedInAs: ada });
    await expectTitles(page, ['Clean the kitchen', 'Wipe the counters', 'Buy soap']);
    const row = (title: string) => page.locator('li.task', { has: page.getByRole('heading', { name: title, exact: true }) });

    // The middle of a row: a subtask of it.
    await row('Wipe the counters').locator('.drag-handle').dragTo(row('Clean the kitchen'));
    await expect.poll(async () => (await row('Wipe the counters').getAttribute('class')) ?? '').toContain('depth-2');
    // The top edge of a row: right before it.
    await row('Buy soap')
      .locator('.drag-handle')
      .dragTo(row('Clean the kitchen'), { targetPosition: { x: 200, y: 2 } });
    await expectTitles(page, ['Buy soap', 'Clean the kitchen', 'Wipe the counters']);
    const top = (await api().get<{ items: Task[] }>(`/api/v1/tasks?project=${home.id}&parent=none&sort=position`, ada.token)).body.items;
    expect(top.map((task) => task.title)).toEqual(['Buy soap', 'Clean the kitchen']);
    await context.close();
  });

  it('adds a subtask from the New task dialog, and shows the API’s refusal under a parent four levels deep', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const trip = await createProject(stack.app, ada, 'Trip');
    const plan = (await api().post<Task>('/api/v1/tasks', { title: 'Plan trip', project_id: trip.id }, ada.token)).body;
    const hotel = (await api().post<Task>('/api/v1/tasks', { title: 'Book hotel', parent_id: plan.id }, ada.token)).body;
    const prices = (await api().post<Task>('/api/v1/tasks', { title: 'Compare prices', parent_id: hotel.id }, ada.token)).body;
    const reviews = (await api().post<Task>('/api/v1/tasks', { title: 'Read reviews', parent_id: prices.id }, ada.token)).body;
    await api().post('/api/v1/tasks', { title: 'Water the plants', project_id: trip.id }, ada.token);
    const { context, page } = await openPage(stack.browser, stack.app, `/?project=${trip.id}`, { signedInAs: ada });
    await expectTitles(page, ['Plan trip', 'Book hotel', 'Compare prices', 'Read reviews', 'Water the plants']);

    // The dialog offers the project's open tasks as parents; the new task goes last under the one chosen, as with
    // "+ Subtask" on its row.
    await page.getByRole('button', { name: '+ New task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('Pack bags');
    const parent = dialog.getByLabel('Subtask of');
    await expect.poll(() => parent.locator('option').count()).toBe(6);
    await parent.selectOption(String(plan.id));
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').getByText('Added “Pack bags” under “Plan trip”.').waitFor();
    await expectTitles(page, ['Plan trip', 'Book hotel', 'Compare prices', 'Read reviews', 'Pack bags', 'Water the plants']);
    expect((await childrenOf(ada, plan.id)).map((task) => task.title)).toEqual(['Book hotel', 'Pack bags']);
    const row = (title: string) => page.locator('li.task', { has: page.getByRole('heading', { name: title, exact: true }) });
    expect(await row('Pack bags').getAttribute('class')).toContain('depth-2');

    // Under a task four levels deep: the API's 422 shows in the dialog, which stays open with what was typed.
    await page.getByRole('button', { name: '+ New task' }).click();
    await dialog.getByLabel('Title').fill('Check the ratings');
    await expect.poll(() => parent.locator('option').count()).toBe(7);
    await parent.selectOption(String(reviews.id));
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await dialog.getByRole('alert').getByText('at most 4 levels').waitFor();
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Check the ratings');
    expect(await childrenOf(ada, reviews.id)).toEqual([]);
    // Choosing another parent then works from the same dialog.
    await parent.selectOption(String(prices.id));
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await childrenOf(ada, prices.id)).map((task) => task.title))
      .toEqual(['Read reviews', 'Check the ratings']);
    await context.close();
  });

  it('gives a viewer the tree without move controls', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const vic = await newUser(stack.app, 'Vic');
    const plans = await createProject(stack.app, ada, 'Plans');
    const venue = (await api().post<Task>('/api/v1/tasks', { title: 'Book the venue', project_id: plans.id }, ada.token)).body;
    await api().post('/api/v1/tasks', { title: 'Call the caterer', parent_id: venue.id }, ada.token);
    const link = (await api().post<CreatedInviteLink>(`/api/v1/projects/${plans.id}/invite-links`, { role: 'viewer' }, ada.token)).body;
    expect((await api().post(`/api/v1/invites/${new URL(link.url).pathname.split('/').at(-1)}/accept`, {}, vic.token)).status).toBe(200);

    const { context, page } = await openPage(stack.browser, stack.app, `/?project=${plans.id}`, { signedInAs: vic });
    await expectTitles(page, ['Book the venue', 'Call the caterer']);
    expect(await page.locator('[data-control="up"], [data-control="indent"], [data-control="outdent"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Add subtask to “Book the venue”' }).isDisabled()).toBe(true);
    // The task rows have no drag handle (the sidebar's, for the viewer's own order of projects, stays).
    expect(await page.locator('li.task .drag-handle').count()).toBe(0);
    // Collapsing is only looking: a viewer may.
    await page.getByRole('button', { name: 'Subtasks of “Book the venue”' }).click();
    await expectTitles(page, ['Book the venue']);
    await expectAxeClean(page);
    await context.close();
  });

  it('looks right on desktop and phone, light and dark', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const trip = await createProject(stack.app, ada, 'Trip');
    const post = async (title: string, extra: object = {}) =>
      (await api().post<Task>('/api/v1/tasks', { title, project_id: trip.id, ...extra }, ada.token)).body;
    const plan = await post('Plan the trip to Lisbon', { priority: 'high' });
    const hotel = (await api().post<Task>('/api/v1/tasks', { title: 'Book hotel', parent_id: plan.id }, ada.token)).body;
    await api().post('/api/v1/tasks', { title: 'Compare prices near Alfama', parent_id: hotel.id }, ada.token);
    const tickets = (await api().post<Task>('/api/v1/tasks', { title: 'Buy tickets', parent_id: plan.id }, ada.token)).body;
    await api().patch(`/api/v1/tasks/${tickets.id}/complete`, { completed: true }, ada.token);
    await api().post('/api/v1/tasks', { title: 'Pack bags', parent_id: plan.id, priority: 'low' }, ada.token);
    await post('Water the plants');

    const variants = [
      { name: 'desktop-light', viewport: DESKTOP, colorScheme: 'light' },
      { name: 'desktop-dark', viewport: DESKTOP, colorScheme: 'dark' },
      { name: 'phone-light', viewport: PHONE, colorScheme: 'light' },
      { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
    ] as const;
    for (const variant of variants) {
      const { context, page } = await openPage(stack.browser, stack.app, `/?project=${trip.id}`, { ...variant, signedInAs: ada });
      await expectTitles(page, ['Plan the trip to Lisbon', 'Book hotel', 'Compare prices near Alfama', 'Pack bags', 'Water the plants']);
      await page.getByRole('button', { name: 'Add subtask to “Pack bags”' }).click();
      await page.getByLabel('New subtask of “Pack bags”').fill('Charger');
      await expectAxeClean(page);
      // On a phone the page is longer than the screen: the tree as it looks when scrolled to, under the sticky top bar.
      if (variant.viewport === PHONE)
        await page.locator('.task-tree').evaluate((list) => window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY - 70));
      saved.push(await screenshot(page, `subtasks-${variant.name}`, variant.viewport !== PHONE));
      await context.close();
    }
  });
});

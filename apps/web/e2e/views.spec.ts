import type { Task } from '@doable/contracts';
import { FUTURE_YEAR } from '@doable/test-kit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectTitles, newUser, openPage, screenshot, startBrowserStack, type TestUser } from './harness.ts';

describe('search, filters, sort and the URL', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  let ada: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    stack = await startBrowserStack();
    ada = await newUser(stack.app, 'Ada');
    bob = await newUser(stack.app, 'Bob');
    const add = (token: string, body: object) => stack.app.api.post<Task>('/api/v1/tasks', body, token);
    await add(ada.token, { title: 'Call plumber', priority: 'high', tags: ['home', 'urgent'], due_date: '2020-01-01T10:00:00Z' });
    await add(ada.token, {
      title: 'Buy groceries',
      priority: 'medium',
      tags: ['home', 'errands'],
      due_date: `${FUTURE_YEAR}-01-20T18:00:00Z`,
    });
    await add(ada.token, { title: 'Write report', priority: 'high', tags: ['work'], due_date: `${FUTURE_YEAR}-01-10T09:00:00Z` });
    await add(ada.token, { title: 'Read a book', priority: 'low' });
    const paid = await add(ada.token, {
      title: 'Pay groceries bill',
      priority: 'low',
      tags: ['errands'],
      due_date: `${FUTURE_YEAR}-02-01T09:00:00Z`,
    });
    await stack.app.api.patch(`/api/v1/tasks/${paid.body.id}/complete`, {}, ada.token);
    await add(bob.token, { title: 'Bob’s secret groceries', priority: 'high', tags: ['home'] });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  /** What the API lists for Ada with this query: the list in the browser must match it, in order. */
  const apiTitles = async (query: string, token = ada.token) =>
    (await stack.app.api.get<{ items: Task[] }>(`/api/v1/tasks?${query}`, token)).body.items.map((task) => task.title);
  const query = (page: Page) => new URL(page.url()).searchParams;

  it('searches (debounced), highlights matches and keeps the search in the URL', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: ada });
    await expectTitles(page, await apiTitles('status=pending'));
    await page.getByLabel('Search tasks').fill('grocer');
    await expectTitles(page, await apiTitles('status=pending&search=grocer'));
    expect(await apiTitles('status=pending&search=grocer')).toEqual(['Buy groceries']);
    expect(query(page).get('q')).toBe('grocer');
    expect(await page.locator('.task-title mark').first().textContent()).toBe('grocer');

    await page.getByLabel('Status').selectOption('all');
    await expectTitles(page, await apiTitles('status=all&search=grocer'));
    expect(await page.locator('.task-title').allTextContents()).toHaveLength(2);
    await context.close();
  });

  it('filters by priority, tags (all and any), overdue and status, alone and combined', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: ada });
    await expectTitles(page, await apiTitles('status=pending'));

    await page.getByRole('button', { name: 'High', exact: true }).click();
    await expectTitles(page, await apiTitles('status=pending&priority=high'));
    expect(query(page).get('priority')).toBe('high');

    await page.getByRole('button', { name: 'Low', exact: true }).click();
    await expectTitles(page, await apiTitles('status=pending&priority=high,low'));

    await page.getByRole('button', { name: '#home', exact: true }).click();
    await expectTitles(page, await apiTitles('status=pending&priority=high,low&tags=home'));
    expect(await apiTitles('status=pending&priority=high,low&tags=home')).toEqual(['Call plumber']);

    await page.getByRole('button', { name: 'Low', exact: true }).click();
    await page.getByRole('button', { name: 'High', exact: true }).click();
    await page.getByRole('button', { name: '#work', exact: true }).click();
    await expectTitles(page, []);
    await page.getByText('No tasks match this view.').waitFor();
    await page.getByLabel('Tag match').selectOption('any');
    await expectTitles(page, await apiTitles('status=pending&tags=home,work&tags_match=any'));
    expect(query(page).get('match')).toBe('any');

    await page.getByLabel('Overdue').check();
    await expectTitles(page, await apiTitles('status=pending&tags=home,work&tags_match=any&overdue=true'));
    expect(await apiTitles('status=pending&tags=home,work&tags_match=any&overdue=true')).toEqual(['Call plumber']);
    expect(await page.locator('.due-overdue').first().textContent()).toContain('Overdue');

    await page.getByLabel('Overdue').uncheck();
    await page.getByRole('button', { name: '#home', exact: true }).click();
    await page.getByRole('button', { name: '#work', exact: true }).click();
    await page.getByLabel('Due this week').check();
    expect(query(page).get('week')).toBe('1');
    // Everything due before the end of this week, overdue included; the seeded future dates are years away.
    await expectTitles(page, ['Call plumber']);
    await page.getByLabel('Due this week').uncheck();
    await page.getByRole('button', { name: '#home', exact: true }).click();
    await page.getByRole('button', { name: '#work', exact: true }).click();
    await page.getByRole('button', { name: '#home', exact: true }).click();
    await page.getByRole('button', { name: '#work', exact: true }).click();
    await page.getByLabel('Status').selectOption('completed');
    await expectTitles(page, await apiTitles('status=completed'));
    expect(await apiTitles('status=completed')).toEqual(['Pay groceries bill']);
    await context.close();
  });

  it('sorts by each field in both directions as the API does', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/?status=all', { signedInAs: ada });
    await expectTitles(page, await apiTitles('status=all'));
    for (const [field, label, firstOrder] of [
      ['due_date', 'Due date', 'asc'],
      ['priority', 'Priority', 'desc'],
      ['title', 'Title', 'asc'],
      ['created_at', 'Created', 'desc'],
    ] as const) {
      await page.getByLabel('Sort by').selectOption({ label });
      await expectTitles(page, await apiTitles(`status=all&sort=${field}&order=${firstOrder}`));
      const other = firstOrder === 'asc' ? 'desc' : 'asc';
      await page.getByRole('button', { name: firstOrder === 'asc' ? '↑ Ascending' : '↓ Descending' }).click();
      await expectTitles(page, await apiTitles(`status=all&sort=${field}&order=${other}`));
      expect(query(page).get('sort')).toBe(field);
      expect(query(page).get('order')).toBe(other);
    }
    await context.close();
  });

  it('keeps the view in the URL: reload, a bookmark in a new tab, and back', async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: ada });
    await page.getByRole('button', { name: 'High', exact: true }).click();
    await page.getByLabel('Sort by').selectOption({ label: 'Title' });
    await expect.poll(() => query(page).get('sort')).toBe('title');
    // Last, so that its debounced step is the newest in the history whatever the machine's speed.
    await page.getByLabel('Search tasks').fill('r');
    const expected = await apiTitles('status=pending&search=r&priority=high&sort=title&order=asc');
    await expectTitles(page, expected);
    expect(expected).toEqual(['Call plumber', 'Write report']);
    // page.url() follows the page's history changes a moment later: wait for the whole view, not its first part.
    await expect.poll(() => Object.fromEntries(query(page))).toEqual({ q: 'r', priority: 'high', sort: 'title', order: 'asc' });
    const bookmark = page.url();

    await page.reload();
    await expectTitles(page, expected);
    expect(await page.getByLabel('Search tasks').inputValue()).toBe('r');
    expect(await page.getByRole('button', { name: 'High', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('title');

    const other = await openPage(stack.browser, stack.app, new URL(bookmark).pathname + new URL(bookmark).search, { signedInAs: ada });
    await expectTitles(other.page, expected);
    await other.context.close();

    // The search came last (after its debounce): one step back is the same view without it.
    await page.goBack();
    expect(Object.fromEntries(query(page))).toEqual({ priority: 'high', sort: 'title', order: 'asc' });
    await expectTitles(page, await apiTitles('status=pending&priority=high&sort=title&order=asc'));
    await expect.poll(() => page.getByLabel('Search tasks').inputValue()).toBe('');
    await context.close();
  });

  it('filters tasks without a due date, repeating or one-off tasks, and completions by when they happened', async () => {
    await stack.app.api.post<Task>(
      '/api/v1/tasks',
      { title: 'Water the plants', recurring: 'FREQ=WEEKLY', due_date: `${FUTURE_YEAR}-03-01T08:00:00Z` },
      ada.token,
    );
    // The browser's day is the completion's day: "Today" holds it and "Yesterday" does not, whatever the hour.
    const completed = await stack.app.api.get<{ items: Task[] }>('/api/v1/tasks?status=completed', ada.token);
    const completedAt = completed.body.items[0]?.completed_at;
    expect(completedAt).toBeTruthy();
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: ada, now: new Date(completedAt as string) });
    await expectTitles(page, await apiTitles('status=pending'));

    await page.getByLabel('No due date').check();
    await expectTitles(page, await apiTitles('status=pending&has_due_date=false'));
    expect(await apiTitles('status=pending&has_due_date=false')).toEqual(['Read a book']);
    expect(query(page).get('nodate')).toBe('1');
    // Overdue and "no due date" exclude each other: choosing one clears the other.
    await page.getByLabel('Overdue').check();
    expect(await page.getByLabel('No due date').isChecked()).toBe(false);
    await expectTitles(page, ['Call plumber']);
    await page.getByLabel('Overdue').uncheck();

    await page.getByLabel('Repeats').selectOption({ label: 'Repeating only' });
    await expectTitles(page, ['Water the plants']);
    expect(query(page).get('repeats')).toBe('yes');
    await page.getByLabel('Repeats').selectOption({ label: 'One-off only' });
    await expectTitles(page, await apiTitles('status=pending&recurring=false'));
    expect(await page.locator('.task-title').allTextContents()).not.toContain('Water the plants');
    await page.getByLabel('Repeats').selectOption({ label: 'Repeating or not' });

    expect(await page.getByLabel('Completed', { exact: true }).count()).toBe(0);
    await page.getByLabel('Status').selectOption('completed');
    await page.getByLabel('Completed', { exact: true }).selectOption({ label: 'Today' });
    await expectTitles(page, ['Pay groceries bill']);
    expect(query(page).get('done')).toBe('today');
    await page.getByLabel('Completed', { exact: true }).selectOption({ label: 'Yesterday' });
    await page.getByText('No tasks match this view.').waitFor();
    await expectTitles(page, []);
    await page.getByLabel('Completed', { exact: true }).selectOption({ label: 'This week' });
    await expectTitles(page, ['Pay groceries bill']);
    await screenshot(page, 'filters-completed-this-week-desktop', false);

    // Back to pending tasks: they have no completion time, so the window goes with the status.
    await page.getByLabel('Status').selectOption('pending');
    await expect.poll(() => query(page).get('done')).toBe(null);
    expect(await page.getByLabel('Completed', { exact: true }).count()).toBe(0);
    await expectTitles(page, await apiTitles('status=pending'));
    await context.close();
  });

  it("never shows another user's tasks", async () => {
    const { context, page } = await openPage(stack.browser, stack.app, '/?status=all&q=groceries', { signedInAs: ada });
    await expectTitles(page, await apiTitles('status=all&search=groceries'));
    expect(await page.locator('.task-title').allTextContents()).not.toContain('Bob’s secret groceries');
    await page.getByLabel('Search tasks').fill('');
    await page.getByRole('button', { name: 'High', exact: true }).click();
    await expectTitles(page, await apiTitles('status=all&priority=high'));
    expect(await page.locator('.task-title').allTextContents()).not.toContain('Bob’s secret groceries');
    await context.close();

    const bobs = await openPage(stack.browser, stack.app, '/?status=all', { signedInAs: bob });
    await expectTitles(bobs.page, ['Bob’s secret groceries']);
    await bobs.context.close();
  });
});

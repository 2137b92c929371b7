import type { Task } from '@doable/contracts';
import { FUTURE_YEAR } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askAssistant, expectTitles, newUser, openPage, startBrowserStack, tasksOf } from './harness.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

describe('tasks in the browser', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('creates a task with every field, shows it at a glance, and edits it', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'Europe/Paris' });
    await page.getByText('Nothing to do').waitFor();

    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('Water the garden');
    await dialog.getByLabel('Description').fill('Front beds and the tomatoes');
    await dialog.getByLabel('High').check();
    const tagInput = dialog.getByLabel('Tags', { exact: true });
    await tagInput.fill('Home');
    await tagInput.press('Enter');
    await tagInput.fill('errands');
    await tagInput.press('Enter');
    await dialog.getByLabel('Due', { exact: true }).fill(`${FUTURE_YEAR}-01-20T18:30`);
    await dialog.getByLabel('Reminder').selectOption('1h');
    await dialog.getByLabel('Repeat').selectOption('custom');
    await dialog.getByLabel('Every').fill('2');
    for (const day of WEEKDAYS) await dialog.getByLabel(day, { exact: true }).setChecked(day === 'Monday' || day === 'Wednesday');
    await dialog.getByText('Repeats every 2 weeks on Mon, Wed.').waitFor();
    await dialog.getByLabel('completion').check();
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await dialog.waitFor({ state: 'detached' });

    const [created] = await tasksOf(stack.app, user.token);
    expect(created).toMatchObject({
      title: 'Water the garden',
      description: 'Front beds and the tomatoes',
      priority: 'high',
      tags: ['home', 'errands'],
      recurring: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
      recurrence_basis: 'completion',
      remind_before: '1h',
      completed: false,
    });
    // 18:30 in Paris in January is 17:30 UTC.
    expect(new Date(created!.due_date!).toISOString()).toBe(`${FUTURE_YEAR}-01-20T17:30:00.000Z`);

    const item = page.locator(`li[data-task-id="${created!.id}"]`);
    await expect.poll(() => item.locator('.priority-badge').textContent()).toContain('High');
    expect(await item.getAttribute('class')).toContain('priority-high');
    expect(await item.locator('.chips .chip').allTextContents()).toEqual(['#home', '#errands']);
    expect(await item.locator('.recurrence').textContent()).toContain('every 2 weeks on Mon, Wed');
    expect(await item.locator('.reminder').textContent()).toContain('1 hour before');
    expect(await item.locator('.due').textContent()).toMatch(new RegExp(`20 Jan ${FUTURE_YEAR}.*18:30`));

    await item.getByRole('button', { name: 'Edit “Water the garden”' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit task' });
    expect(await edit.getByLabel('Title').inputValue()).toBe('Water the garden');
    expect(await edit.getByLabel('Due', { exact: true }).inputValue()).toBe(`${FUTURE_YEAR}-01-20T18:30`);
    await edit.getByLabel('Low').check();
    await edit.getByRole('button', { name: 'Remove tag errands' }).click();
    await edit.getByLabel('Reminder').selectOption('');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    const [edited] = await tasksOf(stack.app, user.token);
    expect(edited).toMatchObject({ id: created!.id, priority: 'low', tags: ['home'], remind_before: null, reminder_at: null });
    await expect.poll(() => item.locator('.priority-badge').textContent()).toContain('Low');

    // Inline rename: click the title, type, Enter.
    await item.getByRole('button', { name: 'Water the garden', exact: true }).click();
    const rename = item.getByLabel('Rename “Water the garden”');
    await rename.fill('Water the vegetable garden');
    await rename.press('Enter');
    await expect.poll(async () => (await tasksOf(stack.app, user.token))[0]?.title).toBe('Water the vegetable garden');

    await stack.app.settle();
    await item.getByRole('button', { name: 'History of “Water the vegetable garden”' }).click();
    const history = page.getByRole('dialog', { name: 'History of “Water the vegetable garden”' });
    await history.getByText('Created').waitFor();
    expect(await history.locator('li').count()).toBe(3);
    expect(await history.locator('li').nth(2).textContent()).toContain('Changed title');
    expect(await history.locator('li').nth(2).textContent()).not.toMatch(/ · (via|from) /); // the web app's own change
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('builds a monthly rule from the repeat controls and keeps a rule it cannot show as it is', async () => {
    const user = await newUser(stack.app);
    const lastWeekday = 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1';
    await stack.app.api.post(
      '/api/v1/tasks/recurring',
      { title: 'Pay rent', pattern: lastWeekday, due_date: `${FUTURE_YEAR}-01-31T09:00:00Z` },
      user.token,
    );
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'UTC' });
    await expectTitles(page, ['Pay rent']);

    // A rule from the API that the controls cannot show: shown with its summary, saved back unchanged.
    await page.getByRole('button', { name: 'Edit “Pay rent”' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit task' });
    expect(await edit.getByLabel('Repeat').inputValue()).toBe('kept');
    await edit.getByText('Repeats every month on the last weekday.').waitFor();
    await edit.getByLabel('Title').fill('Pay the rent');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    expect((await tasksOf(stack.app, user.token))[0]).toMatchObject({ title: 'Pay the rent', recurring: lastWeekday });

    // Built from the controls: every 3 months on the last Friday, 4 times.
    await page.keyboard.press('n');
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('Review the budget');
    await dialog.getByLabel('Due', { exact: true }).fill(`${FUTURE_YEAR}-01-31T17:00`);
    await dialog.getByLabel('Repeat').selectOption('custom');
    await dialog.getByLabel('Every').fill('3');
    await dialog.getByLabel('Unit').selectOption('MONTHLY');
    await dialog.getByLabel('A weekday of the month').check();
    await dialog.getByLabel('Which one').selectOption('last');
    await dialog.getByLabel('Weekday', { exact: true }).selectOption('Friday');
    await dialog.getByLabel('after').check();
    await dialog.getByLabel('Number of times').fill('4');
    await dialog.getByText('Repeats every 3 months on the last Fri, 4 times.').waitFor();
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await dialog.waitFor({ state: 'detached' });
    const created = (await tasksOf(stack.app, user.token)).find((task) => task.title === 'Review the budget');
    expect(created?.recurring).toBe('FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR;COUNT=4');

    // Opened again, the controls show the same rule.
    await page.getByRole('button', { name: 'Edit “Review the budget”' }).click();
    const again = page.getByRole('dialog', { name: 'Edit task' });
    expect(await again.getByLabel('Repeat').inputValue()).toBe('custom');
    expect(await again.getByLabel('Every').inputValue()).toBe('3');
    expect(await again.getByLabel('Which one').inputValue()).toBe('-1');
    expect(await again.getByLabel('Number of times').inputValue()).toBe('4');
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('deletes with undo', async () => {
    const user = await newUser(stack.app);
    await stack.app.api.post('/api/v1/tasks', { title: 'Keep me' }, user.token);
    await stack.app.api.post('/api/v1/tasks', { title: 'Throw me away' }, user.token);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await expectTitles(page, ['Throw me away', 'Keep me']);

    await page.getByRole('button', { name: 'Delete “Keep me”' }).click();
    await expectTitles(page, ['Throw me away']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expectTitles(page, ['Throw me away', 'Keep me']);

    await page.getByRole('button', { name: 'Delete “Throw me away”' }).click();
    await expectTitles(page, ['Keep me']);
    await expect
      .poll(async () => (await tasksOf(stack.app, user.token)).map((task) => task.title), { timeout: 10_000 })
      .toEqual(['Keep me']);
    await context.close();
  });

  it('after a delete is sent, refreshes the view now on screen, not the one the delete was made in', async () => {
    const user = await newUser(stack.app);
    const done = await stack.app.api.post<Task>('/api/v1/tasks', { title: 'Done already' }, user.token);
    await stack.app.api.patch(`/api/v1/tasks/${done.body.id}/complete`, {}, user.token);
    await stack.app.api.post('/api/v1/tasks', { title: 'Still open' }, user.token);
    const doomed = await stack.app.api.post<Task>('/api/v1/tasks', { title: 'Delete me' }, user.token);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await expectTitles(page, ['Delete me', 'Still open']);

    await page.getByRole('button', { name: 'Delete “Delete me”' }).click();
    await expectTitles(page, ['Still open']);
    const deleted = page.waitForResponse(
      (response) => response.request().method() === 'DELETE' && response.url().endsWith(`/api/v1/tasks/${doomed.body.id}`),
      { timeout: 15_000 },
    );
    // Another view chosen within the undo window: the delete is sent later, from the timer set in the first view.
    await page.getByLabel('Status').selectOption('completed');
    await expectTitles(page, ['Done already']);
    await deleted;
    const refetch = await page.waitForResponse(
      (response) => response.request().method() === 'GET' && new URL(response.url()).pathname === '/api/v1/tasks',
    );
    expect(new URL(refetch.url()).searchParams.get('status')).toBe('completed');
    await expectTitles(page, ['Done already']);
    expect(await page.getByLabel('Status').inputValue()).toBe('completed');
    await context.close();
  });

  it('completing a recurring task shows the next occurrence', async () => {
    const user = await newUser(stack.app);
    const first = (
      await stack.app.api.post<Task>(
        '/api/v1/tasks/recurring',
        { title: 'Stand-up', pattern: 'daily', due_date: `${FUTURE_YEAR}-03-10T08:00:00Z` },
        user.token,
      )
    ).body;
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'UTC' });
    await expectTitles(page, ['Stand-up']);
    expect(await page.locator('.recurrence').textContent()).toContain('every day');

    // One click, not check(): check() re-verifies the box and would tick the next occurrence, which has the same name.
    await page.getByRole('checkbox', { name: 'Complete “Stand-up”' }).click();
    await expectTitles(page, ['Stand-up']);
    const next = page.locator('li.task').first();
    await expect.poll(() => next.getAttribute('data-task-id'), { timeout: 10_000 }).not.toBe(String(first.id));
    expect(await next.locator('.due').textContent()).toMatch(new RegExp(`11 Mar ${FUTURE_YEAR}`));

    const pending = await tasksOf(stack.app, user.token, 'status=pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ recurring_parent_id: first.id, recurring: 'daily' });
    expect(String(pending[0]!.id)).toBe(await next.getAttribute('data-task-id'));

    // Both views list one "Stand-up", so the titles alone cannot tell the new list from the old one: wait for the id.
    await page.getByLabel('Status').selectOption('completed');
    const completedIds = () =>
      page.locator('li.task.completed').evaluateAll((items) => items.map((item) => item.getAttribute('data-task-id')));
    await expect.poll(completedIds, { timeout: 10_000 }).toEqual([String(first.id)]);
    await expectTitles(page, ['Stand-up']);
    await context.close();
  });
  it('quick add reads plain English, and the assistant keeps its history', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'UTC' });
    await page.getByText('Nothing to do').waitFor();
    await page.getByLabel('Quick add').fill('buy milk tomorrow at 5pm #errands high priority');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expectTitles(page, ['buy milk']);
    const [milk] = await tasksOf(stack.app, user.token);
    expect(milk).toMatchObject({ title: 'buy milk', priority: 'high', tags: ['errands'] });
    expect(new Date(milk!.due_date!).getUTCHours()).toBe(17);
    expect(await page.locator('.due').textContent()).toContain('Tomorrow 17:00');

    await page.getByRole('button', { name: 'Assistant' }).click();
    expect(await askAssistant(page, 'set buy milk to low priority')).toContain('Priority set to low');
    await expect.poll(() => page.locator('li.task .priority-badge').textContent()).toContain('Low');

    await page.reload();
    await page.getByRole('button', { name: 'Assistant' }).click();
    await page.locator('.bubble.user', { hasText: 'set buy milk to low priority' }).waitFor();
    await page.locator('.bubble.assistant', { hasText: 'Priority set to low' }).waitFor();
    await context.close();
  });
});

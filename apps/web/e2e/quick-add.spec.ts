import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean, expectTitles, newUser, openPage, PHONE, screenshot, startBrowserStack, tasksOf } from './harness.ts';

describe('quick add in the browser', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('shows what it reads as chips, keeps a rejected chip as title text, and saves the task', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'Europe/Paris' });
    await page.getByText('Nothing to do').waitFor();

    const input = page.getByLabel('Quick add');
    await input.fill('pay rent tomorrow 6pm p1 #home remind me 1h before //by transfer');
    const chips = page.getByRole('list', { name: 'Read from your line' }).getByRole('button');
    await expect.poll(() => chips.allTextContents()).toHaveLength(5);
    // Each chip is a button named by what it shows, then what choosing it does.
    for (const name of [
      /^tomorrow 6pm Due Tomorrow .*18:00.* \(keep as title text\)$/,
      'p1 Priority high (keep as title text)',
      '#home Tag #home (keep as title text)',
      'remind me 1h before Reminder 1 hour before (keep as title text)',
      '//by transfer Description (keep as title text)',
    ]) {
      await page.getByRole('button', { name, exact: true }).waitFor();
    }
    await expectAxeClean(page);
    await screenshot(page, 'quick-add-chips-desktop-light');

    // Reject #home, bring it back with Esc, then reject p1 instead.
    await page.getByRole('button', { name: /^#home Tag/ }).click();
    await expect.poll(() => chips.count()).toBe(4);
    await page.getByText('1 chip kept as text · Esc to undo').waitFor();
    await input.press('Escape');
    await expect.poll(() => chips.count()).toBe(5);
    await page.getByRole('button', { name: /^p1 Priority/ }).click();
    await expect.poll(() => chips.count()).toBe(4);
    await input.press('Enter');

    await expectTitles(page, ['pay rent p1']);
    expect(await input.inputValue()).toBe('');
    const [task] = await tasksOf(stack.app, user.token);
    expect(task).toMatchObject({
      title: 'pay rent p1',
      priority: 'medium',
      tags: ['home'],
      description: 'by transfer',
      remind_before: '1h',
    });
    const due = new Date(task!.due_date!);
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(due)).toBe('18:00');
    // Quick add is no chat: no conversation was started.
    expect((await stack.app.api.get('/api/v1/conversations', user.token)).body.items).toEqual([]);
    await context.close();
  });

  it('adds a line to the project on screen in one request, with what the line says', async () => {
    const user = await newUser(stack.app);
    const project = (await stack.app.api.post('/api/v1/projects', { name: 'Garden' }, user.token)).body as { id: number };
    const { context, page } = await openPage(stack.browser, stack.app, `/?project=${project.id}`, { signedInAs: user });
    await page.getByRole('heading', { name: /Garden/ }).waitFor();
    const writes: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/v1/tasks')) writes.push(new URL(request.url()).pathname);
    });
    // `#garden` names the project on screen (no tag); `@outdoors` is a tag.
    await page.getByLabel('Quick add').fill('water plants every sunday evening p1 @outdoors #garden');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expectTitles(page, ['water plants']);
    expect(writes.filter((path) => path !== '/api/v1/tasks/quick/parse')).toEqual(['/api/v1/tasks/quick']);
    const tasks = (await stack.app.api.get(`/api/v1/tasks?project=${project.id}`, user.token)).body.items;
    expect(tasks).toMatchObject([
      { title: 'water plants', project_id: project.id, priority: 'high', tags: ['outdoors'], recurring: 'FREQ=WEEKLY;BYDAY=SU' },
    ]);
    // Nothing went to the Inbox.
    expect(await tasksOf(stack.app, user.token)).toHaveLength(1);
    await context.close();
  });

  it('shows the chips on a phone in dark mode', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', {
      signedInAs: user,
      viewport: PHONE,
      colorScheme: 'dark',
    });
    await page.getByText('Nothing to do').waitFor();
    await page.getByLabel('Quick add').fill('water plants every sunday evening @garden !2');
    const chips = page.getByRole('list', { name: 'Read from your line' }).getByRole('button');
    await expect.poll(() => chips.count()).toBe(3);
    await page.getByRole('button', { name: 'every sunday evening Repeats every week on Sun (keep as title text)', exact: true }).waitFor();
    await expectAxeClean(page);
    await screenshot(page, 'quick-add-chips-phone-dark');
    await context.close();
  });
});

import type { Task } from '@doable/contracts';
import { FUTURE_YEAR, manualClock } from '@doable/test-kit';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean, newUser, openPage, PHONE, screenshot, startBrowserStack, waitUntilLive } from './harness.ts';

describe('reminders in the browser', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  // The app's reminders come due when a test moves this clock (`stack.app.passTime`), not when the machine gets there.
  const clock = manualClock();
  beforeAll(async () => {
    stack = await startBrowserStack([], { clock });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const inMs = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
  const addTask = async (token: string, body: object) => (await stack.app.api.post<Task>('/api/v1/tasks', body, token)).body;
  const subscriptionsOf = async (token: string) =>
    (await stack.app.api.get<{ items: unknown[] }>('/api/v1/push/subscriptions', token)).body.items;
  const expectNoSeriousAxeViolations = async (page: Page) => await expectAxeClean(page);

  it('shows a reminder that comes due as a toast in the open tab, once, and opens the task from it', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await page.getByText('Nothing to do').waitFor();
    await waitUntilLive(page);

    const task = await addTask(user.token, { title: 'Take the cake out', due_date: inMs(3_600_000), reminder_at: inMs(60_000) });
    const toast = page.locator('.reminder-toast');
    await stack.app.passTime(59_999);
    // Nothing yet: a change made after that pass reaches the tab after anything the pass sent it.
    await addTask(user.token, { title: 'Preheat the oven' });
    await page.getByText('Preheat the oven').waitFor();
    expect(await toast.count()).toBe(0);
    await stack.app.passTime(1);
    await toast.waitFor();
    expect(await toast.getAttribute('data-task-id')).toBe(String(task.id));
    expect(await toast.textContent()).toMatch(/Take the cake out.*Due (Today|Tomorrow) \d\d:\d\d/);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'reminder-toast-desktop-light', false);
    await stack.app.settle();
    expect(await toast.count()).toBe(1);

    await toast.getByRole('button', { name: /Reminder: Take the cake out/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Take the cake out');
    expect(await toast.count()).toBe(0);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await addTask(user.token, { title: 'Leave for the station', reminder_at: inMs(60_000) });
    await stack.app.passTime(60_000);
    const second = page.locator('.reminder-toast', { hasText: 'Leave for the station' });
    await second.waitFor();
    await second.getByRole('button', { name: 'Dismiss reminder “Leave for the station”' }).click();
    await second.waitFor({ state: 'detached' });
    await context.close();
  });

  it('fits a phone in the dark', async () => {
    const user = await newUser(stack.app);
    await addTask(user.token, { title: 'Water the tomatoes', priority: 'high', due_date: inMs(7_200_000) });
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, viewport: PHONE, colorScheme: 'dark' });
    await page.locator('li.task').waitFor();
    await waitUntilLive(page);
    await addTask(user.token, { title: 'Call the vet before they close', due_date: inMs(1_800_000), reminder_at: inMs(60_000) });
    await stack.app.passTime(60_000);
    await page.locator('.reminder-toast').waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'reminder-toast-phone-dark', false);
    await context.close();
  });

  it('does not ask on first load; the bell asks, registers the service worker, and says when this browser cannot subscribe', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await page.getByText('Nothing to do').waitFor();
    const bell = page.getByRole('button', { name: 'Reminder notifications' });
    await expect.poll(() => bell.getAttribute('data-state')).toBe('off');
    expect(await bell.getAttribute('aria-pressed')).toBe('false');
    expect(await page.evaluate(() => Notification.permission)).toBe('default');

    const worker = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      return { scope: registration.scope, script: registration.active?.scriptURL };
    });
    expect(worker).toEqual({ scope: `${stack.app.url}/`, script: `${stack.app.url}/sw.js` });

    await context.grantPermissions(['notifications'], { origin: stack.app.url });
    await bell.click();
    // Playwright's browser contexts are incognito profiles, where Chromium refuses PushManager.subscribe (and a
    // normal headless profile would wait for Google's push service, unreachable here): the app must say so.
    await expect.poll(() => bell.getAttribute('data-state'), { timeout: 30_000 }).toBe('unavailable');
    const note = page.locator('.bell-note');
    expect(await note.textContent()).toContain('could not subscribe to push notifications');
    expect(await note.textContent()).toContain('Reminders still show here while Doable is open');
    expect(await bell.getAttribute('aria-describedby')).toBe(await note.getAttribute('id'));
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'notifications-unavailable-desktop-light', false);
    expect(await subscriptionsOf(user.token)).toEqual([]);

    // With the permission already given, a new visit subscribes on its own instead of asking again.
    await page.reload();
    await expect.poll(() => bell.getAttribute('data-state'), { timeout: 30_000 }).toBe('unavailable');
    await note.getByRole('button', { name: 'Dismiss' }).click();
    await note.waitFor({ state: 'detached' });
    await context.close();
  });

  it('asks for notifications when the user sets a reminder, not when saving a task without one', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await page.getByText('Nothing to do').waitFor();
    const bell = page.getByRole('button', { name: 'Reminder notifications' });
    const save = async (title: string, reminder: string) => {
      await page.keyboard.press('n');
      const dialog = page.getByRole('dialog', { name: 'New task' });
      await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel('Due', { exact: true }).fill(`${FUTURE_YEAR}-06-01T09:00`);
      await dialog.getByLabel('Reminder').selectOption(reminder);
      await dialog.getByRole('button', { name: 'Add task' }).click();
      await dialog.waitFor({ state: 'detached' });
    };

    await save('No reminder here', '');
    // Saving runs the offer, if any, before the note that it saved shows.
    await page.getByText('Saved “No reminder here”.').waitFor();
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    expect(await bell.getAttribute('data-state')).toBe('off');

    // Asked while the prompt is up; headless Chromium, told nothing, answers "denied" after a moment, as a user could.
    await save('Dentist', '1h');
    await expect.poll(() => bell.getAttribute('data-state'), { timeout: 10_000 }).toBe('denied');
    expect(await page.evaluate(() => Notification.permission)).toBe('denied');
    expect(await page.locator('.bell-note').textContent()).toContain('blocked for Doable');
    expect(await bell.locator('.bell-state').textContent()).toBe('Blocked');
    await context.close();
  });

  /** Hands a push to the page's service worker, as the browser does when its push service delivers one. */
  async function deliverPush(context: BrowserContext, page: Page, payload: object): Promise<void> {
    const cdp = await context.newCDPSession(page);
    const registrationId = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((registration) => registration.scopeURL === `${stack.app.url}/` && !registration.isDeleted);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: stack.app.url,
      registrationId: await registrationId,
      data: JSON.stringify(payload),
    });
    await cdp.detach();
  }

  it('the service worker hands a push to the tab in front as a toast, else shows a system notification', async () => {
    const user = await newUser(stack.app);
    const task = await addTask(user.token, { title: 'Renew the car insurance', due_date: `${FUTURE_YEAR}-05-02T16:00:00Z` });
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'UTC' });
    await context.grantPermissions(['notifications'], { origin: stack.app.url });
    await page.locator('li.task').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const reminder = {
      type: 'reminder',
      task_id: task.id,
      title: task.title,
      due_at: task.due_date,
      remind_at: `${FUTURE_YEAR}-05-02T15:00:00.000Z`,
      url: '/',
    };

    await deliverPush(context, page, reminder);
    const toast = page.locator('.reminder-toast');
    await toast.waitFor();
    expect(await toast.textContent()).toContain('Renew the car insurance');
    const shown = () =>
      page.evaluate(async () =>
        (await (await navigator.serviceWorker.ready).getNotifications()).map((notification) => ({
          title: notification.title,
          body: notification.body,
          tag: notification.tag,
          data: notification.data,
        })),
      );
    expect(await shown()).toEqual([]);
    // The same reminder again (a redelivered push, or the one over /ws): still one toast, once a later push showed.
    await deliverPush(context, page, reminder);
    const later = await addTask(user.token, { title: 'Book the MOT', due_date: `${FUTURE_YEAR}-05-09T16:00:00Z` });
    await deliverPush(context, page, { ...reminder, task_id: later.id, title: later.title, due_at: later.due_date });
    await page.locator('.reminder-toast', { hasText: 'Book the MOT' }).waitFor();
    expect(await toast.filter({ hasText: 'Renew the car insurance' }).count()).toBe(1);

    // No tab of Doable open: a system notification, which opens the task.
    await page.goto('about:blank');
    await deliverPush(context, page, { ...reminder, remind_at: `${FUTURE_YEAR}-05-02T15:50:00.000Z` });
    await page.goto('/');
    await expect.poll(shown).toEqual([
      {
        title: 'Renew the car insurance',
        body: expect.stringMatching(/^Due .*2 May.*16:00/),
        tag: `task-${task.id}`,
        data: { task_id: task.id, url: `${stack.app.url}/?task=${task.id}` },
      },
    ]);
    await page.goto(`/?task=${task.id}`);
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    expect(await dialog.getByLabel('Title').inputValue()).toBe('Renew the car insurance');
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });
});

import type { Task } from '@doable/contracts';
import { FUTURE_YEAR } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countResponses,
  expectTitles,
  newUser,
  openPage,
  PHONE,
  recordLiveMessages,
  screenshot,
  startBrowserStack,
  tasksOf,
  waitUntilLive,
} from './harness.ts';

// Without polling, a change can only reach another tab this fast over /ws (the fallback refresh waits 30 s, and
// runs only while the socket is down). Generous, for a machine busy with other test projects.
const LIVE_WITHIN_MS = 10_000;

describe('live sync between browsers', () => {
  let stack: Awaited<ReturnType<typeof startBrowserStack>>;
  beforeAll(async () => {
    stack = await startBrowserStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("shows one tab's changes in the user's other browser without a reload, and nothing to another user", async () => {
    const ada = await newUser(stack.app, 'Ada');
    const eve = await newUser(stack.app, 'Eve');
    const first = await openPage(stack.browser, stack.app, '/', { signedInAs: ada });
    const second = await openPage(stack.browser, stack.app, '/', { signedInAs: ada });
    const other = await openPage(stack.browser, stack.app, '/', { signedInAs: eve });
    const secondMessages = await recordLiveMessages(second.page);
    const otherMessages = await recordLiveMessages(other.page);
    for (const { page } of [first, second, other]) {
      await page.getByText('Nothing to do').waitFor();
      await waitUntilLive(page);
    }

    await first.page.getByLabel('Quick add').fill('water the plants');
    await first.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expectTitles(first.page, ['water the plants']);
    await expectTitles(second.page, ['water the plants'], LIVE_WITHIN_MS);

    await first.page.keyboard.press('n');
    const dialog = first.page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('Call the plumber');
    await dialog.getByLabel('High').check();
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expectTitles(second.page, ['Call the plumber', 'water the plants'], LIVE_WITHIN_MS);
    expect(await second.page.locator('li.task').first().locator('.priority-badge').textContent()).toContain('High');

    await first.page.getByRole('checkbox', { name: 'Complete “water the plants”' }).click();
    await expectTitles(second.page, ['Call the plumber'], LIVE_WITHIN_MS);

    // The other direction, and a change made outside any browser (the API, as an MCP client or the chat would).
    await second.page.getByRole('button', { name: 'Delete “Call the plumber”' }).click();
    await expect.poll(async () => (await tasksOf(stack.app, ada.token, 'status=pending')).length, { timeout: 10_000 }).toBe(0);
    await expectTitles(first.page, [], LIVE_WITHIN_MS);
    await stack.app.api.post('/api/v1/tasks', { title: 'Added by the API' }, ada.token);
    await expectTitles(first.page, ['Added by the API'], LIVE_WITHIN_MS);
    await expectTitles(second.page, ['Added by the API'], LIVE_WITHIN_MS);

    // Eve saw none of it: her socket carried her hello and then only her own change, made after all of Ada's had
    // reached Ada's tabs, so anything of Ada's sent to Eve would have come down her socket before it.
    const evesOwn = await stack.app.api.post<Task>('/api/v1/tasks', { title: 'Feed the cat' }, eve.token);
    await expectTitles(other.page, ['Feed the cat'], LIVE_WITHIN_MS);
    expect(otherMessages.filter((message) => message.type !== 'hello').map((message) => message.event?.task_id)).toEqual([evesOwn.body.id]);
    expect(otherMessages.map((message) => message.type)).toContain('hello');
    // Ada's second tab got each of her five changes once, in order, and nothing else.
    const updates = secondMessages.filter((message) => message.type !== 'hello');
    expect(updates.map((message) => [message.type, message.event?.event_type])).toEqual([
      ['task.updated', 'created'],
      ['task.updated', 'created'],
      ['task.updated', 'completed'],
      ['task.updated', 'deleted'],
      ['task.updated', 'created'],
    ]);
    expect(new Set(updates.map((message) => message.event?.user_id)).size).toBe(1);

    for (const { context } of [first, second, other]) await context.close();
  });

  it('shows the next occurrence of a completed recurring task live, in the tab that completed it and in another', async () => {
    const user = await newUser(stack.app);
    const first = (
      await stack.app.api.post<Task>(
        '/api/v1/tasks/recurring',
        { title: 'Stand-up', pattern: 'daily', due_date: `${FUTURE_YEAR}-03-10T08:00:00Z` },
        user.token,
      )
    ).body;
    const here = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'UTC' });
    const there = await openPage(stack.browser, stack.app, '/', { signedInAs: user, timezoneId: 'UTC' });
    for (const { page } of [here, there]) {
      await expectTitles(page, ['Stand-up']);
      await waitUntilLive(page);
    }

    await here.page.getByRole('checkbox', { name: 'Complete “Stand-up”' }).click();
    for (const { page } of [here, there]) {
      const next = page.locator('li.task').first();
      await expect.poll(() => next.getAttribute('data-task-id'), { timeout: LIVE_WITHIN_MS }).not.toBe(String(first.id));
      expect(await next.locator('.due').textContent()).toMatch(new RegExp(`11 Mar ${FUTURE_YEAR}`));
      await expect.poll(() => page.locator('li.task').count(), { timeout: LIVE_WITHIN_MS }).toBe(1);
    }
    const [pending] = await tasksOf(stack.app, user.token, 'status=pending');
    expect(pending).toMatchObject({ recurring_parent_id: first.id });
    expect(await there.page.locator('li.task').first().getAttribute('data-task-id')).toBe(String(pending!.id));
    for (const { context } of [here, there]) await context.close();
  });

  it('says when it is offline, and catches up on what changed meanwhile once back', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user });
    await page.getByText('Nothing to do').waitFor();
    // Let the refetch that follows every hello finish first, so it is not the one that meets the offline network: the
    // list is fetched on load and again after the hello, so two answers from a fresh load.
    const listAnswers = countResponses(page, '/api/v1/tasks');
    await page.reload();
    await waitUntilLive(page);
    await expect.poll(() => listAnswers.count).toBeGreaterThanOrEqual(2);
    const status = page.getByRole('status').filter({ hasText: /Offline|Reconnecting/ });

    await context.setOffline(true);
    await status.waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await status.textContent()).toContain('Offline');
    await screenshot(page, 'live-offline-desktop-light', false);
    // Published while this browser is cut off: the server does not replay it, the app must refetch.
    await stack.app.api.post('/api/v1/tasks', { title: 'Made while you were away' }, user.token);
    // Everything the server will send for it has gone out; whatever reached the page could only make it refetch, and
    // the network is off.
    await stack.app.settle();
    expect(await page.locator('.task-title').count()).toBe(0);

    await context.setOffline(false);
    await waitUntilLive(page, 10_000);
    expect(await page.locator('.live-status').textContent()).toBe('');
    await expectTitles(page, ['Made while you were away'], LIVE_WITHIN_MS);
    await context.close();
  });

  // Last in this file: the live module stays closed, as it would on a replica that is shutting down.
  it('shows that it is reconnecting when the server closes the socket', async () => {
    const user = await newUser(stack.app);
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: user, viewport: PHONE, colorScheme: 'dark' });
    await page.getByText('Nothing to do').waitFor();
    await waitUntilLive(page);

    await stack.app.app.live.close();
    const status = page.getByRole('status').filter({ hasText: 'Reconnecting…' });
    await status.waitFor({ timeout: LIVE_WITHIN_MS });
    expect(await page.locator('.live-status').getAttribute('data-live')).toBe('reconnecting');
    await screenshot(page, 'live-reconnecting-phone-dark', false);
    await context.close();
  });
});

import type { CreatedInviteLink, Project, Task } from '@doable/contracts';
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
  waitUntilLive,
} from './harness.ts';

// A change reaches another member's tab over /ws; generous, for a machine busy with other test projects.
const LIVE_WITHIN_MS = 10_000;

describe('projects and sharing in the browser', () => {
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
  const shareLink = async (owner: TestUser, projectId: number, role: 'editor' | 'viewer', extra: object = {}) =>
    (await api().post<CreatedInviteLink>(`/api/v1/projects/${projectId}/invite-links`, { role, ...extra }, owner.token)).body;
  const tokenOf = (url: string) => new URL(url).pathname.split('/').at(-1) as string;

  it('two people share a project through an invite link and see each other’s changes live, with who made them', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const sam = await newUser(stack.app, 'Sam');
    const groceries = await createProject(stack.app, ada, 'Groceries', { color: '#2e9e50', emoji: '🛒' });

    const adas = await openPage(stack.browser, stack.app, `/?project=${groceries.id}`, { signedInAs: ada });
    await adas.page.getByRole('heading', { name: /Groceries/ }).waitFor();
    await adas.page.getByRole('button', { name: 'Share', exact: true }).click();
    const share = adas.page.getByRole('dialog', { name: 'Share “Groceries”' });
    await share.getByText('Invite links').waitFor();
    await share.getByRole('button', { name: 'Create link' }).click();
    const linkField = share.getByLabel(/New link/);
    await expect.poll(() => linkField.inputValue()).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    const url = await linkField.inputValue();
    await share.getByRole('button', { name: 'Close' }).click();

    // Sam follows the link: the page says what it offers, and Accept opens the project.
    const sams = await openPage(stack.browser, stack.app, new URL(url).pathname, { signedInAs: sam });
    await sams.page.getByRole('heading', { name: /Groceries/ }).waitFor();
    await sams.page.getByText('Ada invites you to join as an editor').waitFor();
    await sams.page.getByRole('button', { name: 'Accept and join' }).click();
    await sams.page.waitForURL(`**/?project=${groceries.id}`);
    await sams.page
      .locator('.project-header')
      .getByRole('heading', { name: /Groceries/ })
      .waitFor();
    await waitUntilLive(adas.page);
    await waitUntilLive(sams.page);

    // Ada adds; Sam's list shows it without a reload, and says who did it.
    await adas.page.getByLabel('Quick add').fill('oat milk');
    await adas.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expectTitles(adas.page, ['oat milk']);
    await expectTitles(sams.page, ['oat milk'], LIVE_WITHIN_MS);
    await sams.page.getByRole('status').getByText('Ada added “oat milk”.').waitFor({ timeout: LIVE_WITHIN_MS });

    // And the other way round.
    await sams.page.getByLabel('Quick add').fill('bread');
    await sams.page.getByRole('button', { name: 'Add', exact: true }).click();
    // A project lists in its manual order: a new task goes last.
    await expectTitles(adas.page, ['oat milk', 'bread'], LIVE_WITHIN_MS);
    await adas.page.getByRole('status').getByText('Sam added “bread”.').waitFor({ timeout: LIVE_WITHIN_MS });
    const tasks = (await api().get<{ items: Task[] }>(`/api/v1/tasks?project=${groceries.id}`, ada.token)).body.items;
    expect(tasks.map((task) => task.project_id)).toEqual([groceries.id, groceries.id]);

    // Ada removes Sam: his view leaves the project and says why.
    const sharing = adas.page;
    await sharing.getByRole('button', { name: 'Share', exact: true }).click();
    await sharing.getByRole('button', { name: 'Remove Sam' }).click();
    await sharing.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await sams.page.getByText('That project is no longer shared with you').waitFor({ timeout: LIVE_WITHIN_MS });
    expect(new URL(sams.page.url()).searchParams.get('project')).toBeNull();
    await adas.context.close();
    await sams.context.close();
  });

  it('a viewer sees the project with its write controls disabled, and the API refuses their writes', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const vic = await newUser(stack.app, 'Vic');
    const plans = await createProject(stack.app, ada, 'Plans');
    const task = (await api().post<Task>('/api/v1/tasks', { title: 'Book the venue', project_id: plans.id }, ada.token)).body;
    const link = await shareLink(ada, plans.id, 'viewer');
    expect((await api().post(`/api/v1/invites/${tokenOf(link.url)}/accept`, {}, vic.token)).status).toBe(200);

    const { context, page } = await openPage(stack.browser, stack.app, `/?project=${plans.id}`, { signedInAs: vic });
    await expectTitles(page, ['Book the venue']);
    await page.getByText('You can view this project; ask the owner for edit access.').waitFor();
    expect(await page.getByRole('button', { name: '+ New task' }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Complete “Book the venue”' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Edit “Book the venue”' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Delete “Book the venue”' }).isDisabled()).toBe(true);
    expect(await page.getByLabel('Quick add').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Share', exact: true }).count()).toBe(0);
    await page.getByRole('button', { name: 'Leave…' }).waitFor();

    const refused = await api().patch(`/api/v1/tasks/${task.id}/complete`, { completed: true }, vic.token);
    expect(refused.status).toBe(403);
    await expectAxeClean(page);
    await context.close();
  });

  it('the sidebar lists the projects with their counts, reorders them from the keyboard, and opens a project', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const home = await createProject(stack.app, ada, 'Home', { emoji: '🏠' });
    const work = await createProject(stack.app, ada, 'Work', { color: '#2f5bd3' });
    await api().post('/api/v1/tasks', { title: 'Fix the tap', project_id: home.id }, ada.token);
    await api().post('/api/v1/tasks', { title: 'Write the report', project_id: work.id }, ada.token);
    await api().post('/api/v1/tasks', { title: 'Water the plants' }, ada.token);

    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: ada });
    const sidebar = page.getByRole('navigation', { name: 'Projects and views' });
    const names = () => sidebar.getByRole('list', { name: 'Projects' }).locator('.sidebar-name').allTextContents();
    await expect.poll(names).toEqual(['Home', 'Work']);
    await expectTitles(page, ['Water the plants', 'Write the report', 'Fix the tap']);

    await sidebar.getByRole('button', { name: 'Move Work up' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(names).toEqual(['Work', 'Home']);
    await expect
      .poll(async () => (await api().get<{ items: Project[] }>('/api/v1/projects', ada.token)).body.items.map((project) => project.name))
      .toEqual(['Inbox', 'Work', 'Home']);

    await sidebar.getByRole('button', { name: /^Home/ }).click();
    await page.waitForURL(`**/?project=${home.id}`);
    await expectTitles(page, ['Fix the tap']);
    // A new task goes into the project shown.
    await page.getByRole('button', { name: '+ New task' }).click();
    const dialog = page.getByRole('dialog', { name: 'New task' });
    await dialog.getByLabel('Title').fill('Paint the door');
    await dialog.getByRole('button', { name: 'Add task' }).click();
    await expectTitles(page, ['Fix the tap', 'Paint the door']);

    // Move a task to another project from its form.
    await page.getByRole('button', { name: 'Edit “Fix the tap”' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit task' });
    await edit.getByLabel('Project').selectOption({ label: 'Work' });
    await edit.getByRole('button', { name: 'Save' }).click();
    await expectTitles(page, ['Paint the door']);
    await sidebar.getByRole('button', { name: /^Work/ }).click();
    await expectTitles(page, ['Write the report', 'Fix the tap']);
    await expectAxeClean(page);

    // A new project opens at once, and stays open once the sidebar has it.
    await sidebar.getByRole('button', { name: '+ New project' }).click();
    const create = page.getByRole('dialog', { name: 'New project' });
    await create.getByLabel('Name').fill('Errands');
    await create.getByRole('button', { name: 'Create project' }).click();
    await page
      .locator('.project-header')
      .getByRole('heading', { name: /Errands/ })
      .waitFor();
    await expect.poll(names).toEqual(['Work', 'Home', 'Errands']);
    expect(await page.getByText('no longer shared with you').count()).toBe(0);
    expect(
      await page
        .locator('.project-header')
        .getByRole('heading', { name: /Errands/ })
        .count(),
    ).toBe(1);
    await context.close();
  });

  it('lists more than 200 tasks a page at a time with Load more', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const many = await createProject(stack.app, ada, 'Many');
    for (let start = 0; start < 205; start += 15) {
      await Promise.all(
        Array.from({ length: Math.min(15, 205 - start) }, (_, offset) =>
          api().post('/api/v1/tasks', { title: `Task ${String(start + offset + 1).padStart(3, '0')}`, project_id: many.id }, ada.token),
        ),
      );
    }
    const { context, page } = await openPage(stack.browser, stack.app, `/?project=${many.id}&sort=title&order=asc`, { signedInAs: ada });
    await expect.poll(() => page.locator('li.task').count(), { timeout: 10_000 }).toBe(200);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => page.locator('li.task').count(), { timeout: 10_000 }).toBe(205);
    expect(await page.locator('.task-title').last().textContent()).toBe('Task 205');
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    await context.close();
  });

  it('shows invitations by email with a badge; accepting opens the project, declining drops the invitation', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const bob = await newUser(stack.app, 'Bob');
    const garden = await createProject(stack.app, ada, 'Garden');
    const attic = await createProject(stack.app, ada, 'Attic');
    for (const project of [garden, attic]) {
      expect((await api().post(`/api/v1/projects/${project.id}/invitations`, { email: bob.email, role: 'editor' }, ada.token)).status).toBe(
        201,
      );
    }
    const { context, page } = await openPage(stack.browser, stack.app, '/', { signedInAs: bob });
    await page.getByRole('button', { name: 'Invitations 2' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invitations' });
    await dialog.getByText('Ada invites you as an editor').first().waitFor();
    await dialog.getByRole('button', { name: 'Decline the invitation to Attic' }).click();
    await dialog.getByRole('button', { name: 'Decline the invitation to Attic' }).waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Accept the invitation to Garden' }).click();
    await page.waitForURL(`**/?project=${garden.id}`);
    await page
      .locator('.project-header')
      .getByRole('heading', { name: /Garden/ })
      .waitFor();
    expect(await page.getByRole('button', { name: /^Invitations/ }).count()).toBe(0);
    const mine = (await api().get<{ items: Project[] }>('/api/v1/projects', bob.token)).body.items.map((project) => project.name);
    expect(mine).toEqual(['Inbox', 'Garden']);
    await context.close();
  });

  it('tells the user plainly when an invite link was revoked or is used up', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const bob = await newUser(stack.app, 'Bob');
    const cat = await newUser(stack.app, 'Cat');
    const club = await createProject(stack.app, ada, 'Book club');
    const revoked = await shareLink(ada, club.id, 'editor');
    await api().delete(`/api/v1/projects/${club.id}/invite-links/${revoked.id}`, ada.token);
    const once = await shareLink(ada, club.id, 'editor', { max_uses: 1 });
    expect((await api().post(`/api/v1/invites/${tokenOf(once.url)}/accept`, {}, bob.token)).status).toBe(200);

    const { context, page } = await openPage(stack.browser, stack.app, `/invite/${tokenOf(revoked.url)}`, { signedInAs: cat });
    await page.getByRole('heading', { name: 'This invite link does not work' }).waitFor();
    await page.goto(`/invite/${tokenOf(once.url)}`);
    await page.getByRole('heading', { name: 'This invite link has expired or been used up' }).waitFor();
    await page.getByRole('alert').waitFor();
    await context.close();
  });

  it('signs in first when needed, then comes back to the invitation', async () => {
    const ada = await newUser(stack.app, 'Ada');
    const dan = await newUser(stack.app, 'Dan');
    const trip = await createProject(stack.app, ada, 'Trip');
    const link = await shareLink(ada, trip.id, 'editor');
    const { context, page } = await openPage(stack.browser, stack.app, new URL(link.url).pathname);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(dan.email);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Accept and join' }).click();
    await page.locator('.project-header').getByRole('heading', { name: /Trip/ }).waitFor();
    await context.close();
  });

  const VARIANTS = [
    { name: 'desktop-light', viewport: DESKTOP, colorScheme: 'light' },
    { name: 'desktop-dark', viewport: DESKTOP, colorScheme: 'dark' },
    { name: 'phone-light', viewport: PHONE, colorScheme: 'light' },
    { name: 'phone-dark', viewport: PHONE, colorScheme: 'dark' },
  ] as const;

  it('looks right: sidebar, project view, share dialog and invite page, on desktop and phone, light and dark (axe clean)', async () => {
    const ada = await newUser(stack.app, 'Ada Lovelace');
    const sam = await newUser(stack.app, 'Sam Jones');
    const groceries = await createProject(stack.app, ada, 'Groceries', { color: '#2e9e50', emoji: '🛒' });
    await createProject(stack.app, ada, 'Work', { color: '#2f5bd3' });
    const old = await createProject(stack.app, ada, 'Old stuff');
    await api().patch(`/api/v1/projects/${old.id}`, { archived: true }, ada.token);
    const link = await shareLink(ada, groceries.id, 'editor');
    await api().post(`/api/v1/invites/${tokenOf(link.url)}/accept`, {}, sam.token);
    const milk = (await api().post<Task>('/api/v1/tasks', { title: 'Oat milk', project_id: groceries.id, priority: 'high' }, ada.token))
      .body;
    await api().patch(
      `/api/v1/tasks/${milk.id}`,
      { assignee_id: (await api().get<{ id: string }>('/api/v1/me', sam.token)).body.id },
      ada.token,
    );
    await api().post('/api/v1/tasks', { title: 'Bread', project_id: groceries.id, tags: ['bakery'] }, ada.token);
    await api().post(`/api/v1/projects/${groceries.id}/invitations`, { email: 'someone@example.test', role: 'viewer' }, ada.token);
    const preview = await shareLink(ada, groceries.id, 'viewer', { max_uses: 5 });

    for (const variant of VARIANTS) {
      const { context, page } = await openPage(stack.browser, stack.app, `/?project=${groceries.id}`, { ...variant, signedInAs: ada });
      await expectTitles(page, ['Oat milk', 'Bread']);
      await page.locator('.task-assignee .avatar').waitFor();
      if (variant.viewport === PHONE) {
        await page.getByRole('button', { name: 'Projects and views' }).click();
        await page.locator('.sidebar.open').waitFor();
        await expectAxeClean(page);
        saved.push(await screenshot(page, `projects-sidebar-${variant.name}`, false));
        await page
          .getByRole('navigation')
          .getByRole('button', { name: /^Groceries/ })
          .click();
        await page.locator('.sidebar.open').waitFor({ state: 'detached' });
      } else {
        await page.getByRole('button', { name: 'Show archived (1)' }).click();
      }
      await expectAxeClean(page);
      saved.push(await screenshot(page, `projects-view-${variant.name}`));

      await page.getByRole('button', { name: 'Share', exact: true }).click();
      const share = page.getByRole('dialog', { name: 'Share “Groceries”' });
      await share.getByText('someone@example.test').waitFor();
      await share.getByRole('button', { name: 'Create link' }).click();
      await share.getByLabel(/New link/).waitFor();
      await expectAxeClean(page);
      saved.push(await screenshot(page, `projects-share-${variant.name}`, false));
      await context.close();

      const invited = await newUser(stack.app, 'Eve');
      const invitePage = await openPage(stack.browser, stack.app, new URL(preview.url).pathname, { ...variant, signedInAs: invited });
      await invitePage.page.getByRole('button', { name: 'Accept and join' }).waitFor();
      await expectAxeClean(invitePage.page);
      saved.push(await screenshot(invitePage.page, `projects-invite-${variant.name}`));
      await invitePage.context.close();
    }
  });
});

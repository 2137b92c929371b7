import type { ProjectEvent, ReminderEvent, TaskEvent } from '@doable/contracts';
import { aTask, manualClock, signUp } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type User = { token: string; userId: string; email: string };

describe.each(STORAGE_KINDS)('projects and sharing on %s', (kind) => {
  let t: TestApp;
  const clock = manualClock();
  const taskEvents: TaskEvent[] = [];
  const projectEvents: ProjectEvent[] = [];
  const reminders: ReminderEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
    for (const [topic, into] of [
      ['task-events', taskEvents],
      ['project-events', projectEvents],
      ['reminders', reminders],
    ] as const) {
      t.app.bus.subscribe({ consumer: `test-${topic}`, topic, handle: async (message) => void (into as unknown[]).push(message.payload) });
    }
  });
  afterAll(() => t?.stop());

  const put = (path: string, body: unknown, token: string) => t.api.call('PUT', path, body, token);

  async function aProject(owner: User, name = 'Groceries') {
    const res = await t.api.post('/api/v1/projects', { name }, owner.token);
    expect(res.status).toBe(201);
    return res.body as { id: number; name: string };
  }

  /** Owner shares the project with `member` as `role` through an invite link. */
  async function share(owner: User, projectId: number, member: User, role: 'editor' | 'viewer') {
    const link = await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role }, owner.token);
    expect(link.status).toBe(201);
    expect((await t.api.post(`/api/v1/invites/${link.body.token}/accept`, {}, member.token)).status).toBe(200);
  }

  it('gives each new account an Inbox that cannot be deleted, archived, renamed or shared', async () => {
    const ada = await signUp(t.api, 'Ada');
    const list = await t.api.get('/api/v1/projects', ada.token);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([
      expect.objectContaining({ name: 'Inbox', is_inbox: true, role: 'owner', owner_id: ada.userId, member_count: 1, open_task_count: 0 }),
    ]);
    const inbox = list.body.items[0].id;
    const task = await t.api.post('/api/v1/tasks', aTask(), ada.token);
    expect(task.body).toMatchObject({ project_id: inbox, created_by: ada.userId, assignee_id: null });

    expect((await t.api.delete(`/api/v1/projects/${inbox}`, ada.token)).status).toBe(409);
    expect((await t.api.patch(`/api/v1/projects/${inbox}`, { archived: true }, ada.token)).status).toBe(409);
    expect((await t.api.patch(`/api/v1/projects/${inbox}`, { name: 'Stuff' }, ada.token)).status).toBe(409);
    expect((await t.api.post(`/api/v1/projects/${inbox}/invitations`, { email: 'x@example.com' }, ada.token)).status).toBe(409);
    expect((await t.api.post(`/api/v1/projects/${inbox}/invite-links`, {}, ada.token)).status).toBe(409);
    const recoloured = await t.api.patch(`/api/v1/projects/${inbox}`, { color: '#FF0000' }, ada.token);
    expect(recoloured.body).toMatchObject({ name: 'Inbox', color: '#ff0000' });
  });

  it('makes the Inbox with the account, announcing it and its owner on project-events', async () => {
    const ada = await signUp(t.api, 'Ada');
    await t.settle();
    const mine = projectEvents.filter((e) => e.actor_id === ada.userId);
    expect(mine.map((e) => [e.event_type, e.project.name, e.member])).toEqual([
      ['project_created', 'Inbox', undefined],
      ['member_added', 'Inbox', { user_id: ada.userId, role: 'owner' }],
    ]);
    // Asking again (listing, creating a task) makes no second Inbox.
    await t.api.post('/api/v1/tasks', aTask(), ada.token);
    expect((await t.api.get('/api/v1/projects', ada.token)).body.items).toHaveLength(1);
    expect((await t.api.get('/api/v1/projects', ada.token)).body.items[0].id).toBe(mine[0]?.project_id);
  });

  it('makes an Inbox the account lacks when its projects are listed, and delivers its events without waiting for a poll', async () => {
    const ada = await signUp(t.api, 'Ada');
    await t.settle();
    // As for an account whose Inbox could not be made at sign-up.
    await sql`delete from backend.projects where inbox_of = ${ada.userId}`.execute(t.app.database.db);
    const list = await t.api.get('/api/v1/projects', ada.token);
    expect(list.body.items.map((p: { name: string }) => p.name)).toEqual(['Inbox']);
    await t.settle();
    const made = projectEvents.filter((e) => e.project_id === list.body.items[0].id);
    expect(made.map((e) => e.event_type)).toEqual(['project_created', 'member_added']);
  });

  it('creates, renames, archives and deletes a project, deleting its tasks with an event each', async () => {
    const ada = await signUp(t.api, 'Ada');
    const project = await aProject(ada, 'Work');
    const task = (await t.api.post('/api/v1/tasks', aTask({ project_id: project.id }), ada.token)).body;
    const renamed = await t.api.patch(`/api/v1/projects/${project.id}`, { name: 'Job', emoji: '💼' }, ada.token);
    expect(renamed.body).toMatchObject({ name: 'Job', emoji: '💼', open_task_count: 1, is_inbox: false });
    await t.api.patch(`/api/v1/projects/${project.id}`, { archived: true }, ada.token);
    expect((await t.api.get('/api/v1/projects', ada.token)).body.items.map((p: { name: string }) => p.name)).toEqual(['Inbox']);
    expect((await t.api.get('/api/v1/projects?archived=true', ada.token)).body.items.map((p: { name: string }) => p.name)).toEqual(['Job']);
    expect((await t.api.delete(`/api/v1/projects/${project.id}`, ada.token)).status).toBe(204);
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, ada.token)).status).toBe(404);
    await t.settle();
    expect(taskEvents.filter((e) => e.task_id === task.id).map((e) => e.event_type)).toEqual(['created', 'deleted']);
    expect(projectEvents.filter((e) => e.project_id === project.id).map((e) => e.event_type)).toEqual([
      'project_created',
      'member_added',
      'project_updated',
      'project_updated',
      'project_deleted',
    ]);
  });

  it('keeps each member’s own sidebar order, the Inbox first, and refuses an id that is not theirs with 422', async () => {
    const ada = await signUp(t.api, 'Ada');
    const a = await aProject(ada, 'A');
    const b = await aProject(ada, 'B');
    const c = await aProject(ada, 'C');
    expect((await put('/api/v1/projects/order', { project_ids: [c.id, a.id] }, ada.token)).status).toBe(204);
    const names = async () => (await t.api.get('/api/v1/projects', ada.token)).body.items.map((p: { name: string }) => p.name);
    expect(await names()).toEqual(['Inbox', 'C', 'A', 'B']);
    const sam = await signUp(t.api, 'Sam');
    const foreign = await aProject(sam, 'Secret');
    const refused = await put('/api/v1/projects/order', { project_ids: [b.id, foreign.id] }, ada.token);
    const missing = await put('/api/v1/projects/order', { project_ids: [b.id, 999_999_999] }, ada.token);
    expect(refused.status).toBe(422);
    expect(missing.status).toBe(422);
    expect(refused.body.detail).toBe(`Project ${foreign.id} is not one of your projects.`);
    expect(missing.body.detail).toBe('Project 999999999 is not one of your projects.');
    expect(await names()).toEqual(['Inbox', 'C', 'A', 'B']);
  });

  it('answers 404 outside the caller’s projects, the same as for a project that does not exist', async () => {
    const ada = await signUp(t.api, 'Ada');
    const eve = await signUp(t.api, 'Eve');
    const project = await aProject(ada);
    const task = (await t.api.post('/api/v1/tasks', aTask({ project_id: project.id }), ada.token)).body;
    const foreign = await t.api.get(`/api/v1/projects/${project.id}`, eve.token);
    const absent = await t.api.get('/api/v1/projects/999999999', eve.token);
    expect(foreign.status).toBe(404);
    expect(foreign.body.detail).toBe(`Project ${project.id} was not found.`);
    expect(absent.body.detail).toBe('Project 999999999 was not found.');
    expect((await t.api.get(`/api/v1/tasks?project=${project.id}`, eve.token)).status).toBe(404);
    expect((await t.api.post('/api/v1/tasks', aTask({ project_id: project.id }), eve.token)).status).toBe(404);
    const foreignTask = await t.api.get(`/api/v1/tasks/${task.id}`, eve.token);
    expect(foreignTask.body).toMatchObject({ status: 404, detail: `Task ${task.id} was not found.` });
  });

  it('lets a viewer read but refuses every write with 403 naming the role needed', async () => {
    const ada = await signUp(t.api, 'Ada');
    const vic = await signUp(t.api, 'Vic');
    const project = await aProject(ada);
    const task = (await t.api.post('/api/v1/tasks', aTask({ project_id: project.id }), ada.token)).body;
    await share(ada, project.id, vic, 'viewer');
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, vic.token)).status).toBe(200);
    expect((await t.api.get(`/api/v1/tasks?project=${project.id}`, vic.token)).body.items.map((x: { id: number }) => x.id)).toEqual([
      task.id,
    ]);
    expect((await t.api.get(`/api/v1/projects/${project.id}/members`, vic.token)).status).toBe(200);
    const writes: [string, string, unknown][] = [
      ['POST', '/api/v1/tasks', aTask({ project_id: project.id })],
      ['PATCH', `/api/v1/tasks/${task.id}`, { title: 'x' }],
      ['PATCH', `/api/v1/tasks/${task.id}/complete`, {}],
      ['PATCH', `/api/v1/tasks/${task.id}/priority`, { priority: 'low' }],
      ['PATCH', `/api/v1/tasks/${task.id}/tags`, { add: ['x'] }],
      ['PATCH', `/api/v1/tasks/${task.id}/due-date`, { due_date: null }],
      ['PATCH', `/api/v1/tasks/${task.id}/move`, { project_id: project.id }],
      ['DELETE', `/api/v1/tasks/${task.id}`, undefined],
    ];
    for (const [method, path, body] of writes) {
      const res = await t.api.call(method, path, body, vic.token);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.detail).toContain('an editor or the owner');
    }
    for (const [method, path, body] of [
      ['PATCH', `/api/v1/projects/${project.id}`, { name: 'x' }],
      ['DELETE', `/api/v1/projects/${project.id}`, undefined],
      ['POST', `/api/v1/projects/${project.id}/invite-links`, {}],
      ['GET', `/api/v1/projects/${project.id}/invitations`, undefined],
    ] as const) {
      const res = await t.api.call(method, path, body, vic.token);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.detail).toContain("the project's owner");
    }
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, ada.token)).body.title).toBe(task.title);
  });

  it('lets editors of a shared project edit the same task, the last write winning', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const project = await aProject(ada);
    await share(ada, project.id, sam, 'editor');
    const task = (await t.api.post('/api/v1/tasks', aTask({ project_id: project.id }), sam.token)).body;
    expect(task.created_by).toBe(sam.userId);
    await Promise.all([
      t.api.patch(`/api/v1/tasks/${task.id}`, { title: 'From Ada', priority: 'high' }, ada.token),
      t.api.patch(`/api/v1/tasks/${task.id}`, { title: 'From Sam' }, sam.token),
    ]);
    const after = (await t.api.get(`/api/v1/tasks/${task.id}`, ada.token)).body;
    expect(['From Ada', 'From Sam']).toContain(after.title);
    expect(after.priority).toBe('high');
    await t.settle();
    const events = taskEvents.filter((e) => e.task_id === task.id);
    expect(events.map((e) => e.actor_id).sort()).toEqual([ada.userId, sam.userId, sam.userId].sort());
    for (const event of events) {
      expect(event).toMatchObject({ project_id: project.id, user_id: event.actor_id });
      expect(event.task_data).toMatchObject({ project_id: project.id, created_by: sam.userId });
    }
    // Both members list it among all their tasks; the owner's own Inbox tasks stay hers alone.
    expect((await t.api.get('/api/v1/tasks?status=all', sam.token)).body.items.map((x: { id: number }) => x.id)).toContain(task.id);
  });

  it('assigns only members, filters by assignee, and unassigns a member who is removed', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const eve = await signUp(t.api, 'Eve');
    const project = await aProject(ada);
    await share(ada, project.id, sam, 'editor');
    const refused = await t.api.post('/api/v1/tasks', aTask({ project_id: project.id, assignee_id: eve.userId }), ada.token);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ field: 'assignee_id', message: 'Not a member of this project.' }]);
    const task = (await t.api.post('/api/v1/tasks', aTask({ project_id: project.id, assignee_id: sam.userId }), ada.token)).body;
    const other = (await t.api.post('/api/v1/tasks', aTask({ project_id: project.id }), ada.token)).body;
    expect((await t.api.patch(`/api/v1/tasks/${other.id}`, { assignee_id: eve.userId }, ada.token)).status).toBe(422);
    const ids = async (query: string, user: User) =>
      (await t.api.get(`/api/v1/tasks?status=all&${query}`, user.token)).body.items.map((x: { id: number }) => x.id);
    expect(await ids('assignee=me', sam)).toEqual([task.id]);
    expect(await ids(`project=${project.id}&assignee=none`, ada)).toEqual([other.id]);
    expect(await ids(`assignee=${sam.userId}`, ada)).toEqual([task.id]);

    expect((await t.api.delete(`/api/v1/projects/${project.id}/members/${sam.userId}`, ada.token)).status).toBe(204);
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, ada.token)).body.assignee_id).toBeNull();
    // Removal takes effect at once: the next request is a 404.
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, sam.token)).status).toBe(404);
    expect((await t.api.get(`/api/v1/projects/${project.id}`, sam.token)).status).toBe(404);
    expect(await ids('assignee=me', sam)).toEqual([]);
  });

  it('lets a member leave but not the owner, who transfers ownership first', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const project = await aProject(ada);
    await share(ada, project.id, sam, 'viewer');
    const stay = await t.api.delete(`/api/v1/projects/${project.id}/members/${ada.userId}`, ada.token);
    expect(stay.status).toBe(409);
    expect(stay.body.detail).toContain('transfer ownership first');
    // A viewer cannot remove anyone else.
    expect((await t.api.delete(`/api/v1/projects/${project.id}/members/${ada.userId}`, sam.token)).status).toBe(403);
    const outsider = await signUp(t.api, 'Out');
    expect((await t.api.post(`/api/v1/projects/${project.id}/transfer`, { user_id: outsider.userId }, ada.token)).status).toBe(422);
    const transferred = await t.api.post(`/api/v1/projects/${project.id}/transfer`, { user_id: sam.userId }, ada.token);
    expect(transferred.status).toBe(200);
    expect(transferred.body).toMatchObject({ owner_id: sam.userId, role: 'editor' });
    const members = (await t.api.get(`/api/v1/projects/${project.id}/members`, sam.token)).body.items;
    expect(members.map((m: { user_id: string; role: string }) => [m.user_id, m.role])).toEqual([
      [sam.userId, 'owner'],
      [ada.userId, 'editor'],
    ]);
    expect((await t.api.patch(`/api/v1/projects/${project.id}`, { name: 'Mine' }, ada.token)).status).toBe(403);
    expect((await t.api.delete(`/api/v1/projects/${project.id}/members/${ada.userId}`, ada.token)).status).toBe(204);
    expect((await t.api.get(`/api/v1/projects/${project.id}`, ada.token)).status).toBe(404);
  });

  it('changes a member’s role, never the owner’s', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const project = await aProject(ada);
    await share(ada, project.id, sam, 'viewer');
    const changed = await t.api.patch(`/api/v1/projects/${project.id}/members/${sam.userId}`, { role: 'editor' }, ada.token);
    expect(changed.body).toMatchObject({ user_id: sam.userId, role: 'editor', name: 'Sam' });
    expect((await t.api.post('/api/v1/tasks', aTask({ project_id: project.id }), sam.token)).status).toBe(201);
    expect((await t.api.patch(`/api/v1/projects/${project.id}/members/${ada.userId}`, { role: 'viewer' }, ada.token)).status).toBe(409);
    expect((await t.api.patch(`/api/v1/projects/${project.id}/members/${sam.userId}`, { role: 'owner' }, ada.token)).status).toBe(400);
  });

  it('invites by email without telling whether an account has it; the invitee accepts or declines', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const project = await aProject(ada);
    const toAccount = await t.api.post(
      `/api/v1/projects/${project.id}/invitations`,
      { email: sam.email.toUpperCase(), role: 'viewer' },
      ada.token,
    );
    const toNobody = await t.api.post(`/api/v1/projects/${project.id}/invitations`, { email: 'nobody.here@example.com' }, ada.token);
    expect(toAccount.status).toBe(201);
    expect(toNobody.status).toBe(201);
    expect(Object.keys(toAccount.body).sort()).toEqual(Object.keys(toNobody.body).sort());
    expect(toAccount.body).toMatchObject({
      email: sam.email,
      role: 'viewer',
      project_name: 'Groceries',
      invited_by: { user_id: ada.userId, name: 'Ada' },
    });
    expect((await t.api.get(`/api/v1/projects/${project.id}/invitations`, ada.token)).body.items).toHaveLength(2);
    const mine = (await t.api.get('/api/v1/invitations', sam.token)).body.items;
    expect(mine.map((i: { id: number }) => i.id)).toEqual([toAccount.body.id]);
    // Someone else's invitation is not there for another account to take.
    const eve = await signUp(t.api, 'Eve');
    expect((await t.api.post(`/api/v1/invitations/${toAccount.body.id}/accept`, {}, eve.token)).status).toBe(404);
    const accepted = await t.api.post(`/api/v1/invitations/${toAccount.body.id}/accept`, {}, sam.token);
    expect(accepted.body).toMatchObject({ id: project.id, role: 'viewer', member_count: 2 });
    expect((await t.api.get('/api/v1/invitations', sam.token)).body.items).toEqual([]);
    await t.settle();
    const events = projectEvents.filter((e) => e.project_id === project.id).map((e) => [e.event_type, e.member?.user_id]);
    expect(events).toEqual([
      ['project_created', undefined],
      ['member_added', ada.userId],
      ['invitation_created', sam.userId],
      ['member_added', sam.userId],
    ]);
    // Declining removes it; withdrawing one the owner made, too.
    const again = await t.api.post(`/api/v1/projects/${project.id}/invitations`, { email: eve.email }, ada.token);
    expect((await t.api.post(`/api/v1/invitations/${again.body.id}/decline`, {}, eve.token)).status).toBe(204);
    expect((await t.api.delete(`/api/v1/projects/${project.id}/invitations/${toNobody.body.id}`, ada.token)).status).toBe(204);
    expect((await t.api.get(`/api/v1/projects/${project.id}/invitations`, ada.token)).body.items).toEqual([]);
  });

  it('shows an invitation to an account made later with that email', async () => {
    const ada = await signUp(t.api, 'Ada');
    const project = await aProject(ada);
    const email = `later.${Date.now()}@example.test`;
    await t.api.post(`/api/v1/projects/${project.id}/invitations`, { email }, ada.token);
    const res = await t.api.call(
      'POST',
      '/api/auth/sign-up/email',
      { name: 'Later', email, password: 'correct horse battery staple' },
      undefined,
      {
        'x-forwarded-for': '198.19.250.1',
      },
    );
    expect((await t.api.get('/api/v1/invitations', res.body.token)).body.items).toHaveLength(1);
  });

  it('shows an invite link’s token once; the link works until it expires, is used up or revoked', async () => {
    const ada = await signUp(t.api, 'Ada');
    const project = await aProject(ada);
    const link = (
      await t.api.post(`/api/v1/projects/${project.id}/invite-links`, { role: 'viewer', expires_in: '1h', max_uses: 2 }, ada.token)
    ).body;
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.url).toBe(`http://127.0.0.1/invite/${link.token}`);
    expect(link.expires_at).toBe(new Date(clock.now().getTime() + 3_600_000).toISOString());
    const stored = await t.app.backend.app.inject({
      method: 'GET',
      url: `/api/v1/projects/${project.id}/invite-links`,
      headers: { authorization: `Bearer ${ada.token}` },
    });
    expect(stored.body).not.toContain(link.token);

    const [sam, zoe, max] = [await signUp(t.api, 'Sam'), await signUp(t.api, 'Zoe'), await signUp(t.api, 'Max')];
    const preview = await t.api.get(`/api/v1/invites/${link.token}`, sam.token);
    expect(preview.body).toMatchObject({
      project_id: project.id,
      project_name: 'Groceries',
      role: 'viewer',
      member_count: 1,
      already_member: false,
    });
    expect((await t.api.post(`/api/v1/invites/${link.token}/accept`, {}, sam.token)).body).toMatchObject({
      id: project.id,
      role: 'viewer',
    });
    // Accepting again uses nothing.
    expect((await t.api.post(`/api/v1/invites/${link.token}/accept`, {}, sam.token)).status).toBe(200);
    expect((await t.api.post(`/api/v1/invites/${link.token}/accept`, {}, zoe.token)).status).toBe(200);
    const usedUp = await t.api.post(`/api/v1/invites/${link.token}/accept`, {}, max.token);
    expect(usedUp.status).toBe(410);
    expect(usedUp.body.detail).toContain('ask the project’s owner for a new link');
    expect((await t.api.get(`/api/v1/projects/${project.id}/invite-links`, ada.token)).body.items[0]).toMatchObject({
      uses: 2,
      max_uses: 2,
    });

    const expiring = (await t.api.post(`/api/v1/projects/${project.id}/invite-links`, { expires_in: '1h' }, ada.token)).body;
    clock.advance(3_600_000 - 1);
    expect((await t.api.get(`/api/v1/invites/${expiring.token}`, max.token)).status).toBe(200);
    clock.advance(1);
    const expired = await t.api.post(`/api/v1/invites/${expiring.token}/accept`, {}, max.token);
    expect(expired.status).toBe(410);
    expect(expired.body.detail).toContain('expired');

    const revoked = (await t.api.post(`/api/v1/projects/${project.id}/invite-links`, {}, ada.token)).body;
    expect((await t.api.delete(`/api/v1/projects/${project.id}/invite-links/${revoked.id}`, ada.token)).status).toBe(204);
    expect((await t.api.get(`/api/v1/invites/${revoked.token}`, max.token)).status).toBe(404);
    expect((await t.api.get(`/api/v1/invites/${'x'.repeat(43)}`, max.token)).status).toBe(404);
  });

  it('moves a task across projects with the write role on both, unassigning someone not in the new one', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const home = await aProject(ada, 'Home');
    const work = await aProject(ada, 'Work');
    const viewOnly = await aProject(sam, 'Sam only');
    await share(ada, home.id, sam, 'editor');
    await share(sam, viewOnly.id, ada, 'viewer');
    const task = (await t.api.post('/api/v1/tasks', aTask({ project_id: home.id, assignee_id: sam.userId }), ada.token)).body;
    expect((await t.api.patch(`/api/v1/tasks/${task.id}/move`, { project_id: viewOnly.id }, ada.token)).status).toBe(403);
    expect((await t.api.patch(`/api/v1/tasks/${task.id}/move`, { project_id: work.id }, sam.token)).status).toBe(404);
    const moved = await t.api.patch(`/api/v1/tasks/${task.id}/move`, { project_id: work.id }, ada.token);
    expect(moved.body).toMatchObject({ project_id: work.id, assignee_id: null, title: task.title });
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, sam.token)).status).toBe(404);
    await t.settle();
    expect(taskEvents.filter((e) => e.task_id === task.id).at(-1)).toMatchObject({
      event_type: 'updated',
      project_id: work.id,
      changed_fields: ['project_id', 'assignee_id'],
    });
  });

  it('reminds the assignee, else the creator; the next occurrence keeps project and assignee', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const project = await aProject(ada);
    await share(ada, project.id, sam, 'editor');
    const at = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();
    const assigned = (
      await t.api.post('/api/v1/tasks', aTask({ project_id: project.id, assignee_id: sam.userId, reminder_at: at(60_000) }), ada.token)
    ).body;
    const unassigned = (await t.api.post('/api/v1/tasks', aTask({ project_id: project.id, reminder_at: at(60_000) }), ada.token)).body;
    await t.passTime(60_000);
    expect(reminders.find((r) => r.task_id === assigned.id)).toMatchObject({ user_id: sam.userId, project_id: project.id });
    expect(reminders.find((r) => r.task_id === unassigned.id)).toMatchObject({ user_id: ada.userId, project_id: project.id });

    const series = (
      await t.api.post(
        '/api/v1/tasks/recurring',
        { title: 'Bins', pattern: 'weekly', due_date: at(86_400_000), project_id: project.id, assignee_id: sam.userId },
        ada.token,
      )
    ).body;
    await t.api.patch(`/api/v1/tasks/${series.id}/complete`, {}, sam.token);
    await t.settle();
    const next = (await t.api.get(`/api/v1/tasks?project=${project.id}&status=pending`, ada.token)).body.items.find(
      (x: { recurring_parent_id: number | null }) => x.recurring_parent_id === series.id,
    );
    expect(next).toMatchObject({ project_id: project.id, assignee_id: sam.userId, created_by: ada.userId, title: 'Bins' });
  });

  it('shows a user who never makes a project only their own tasks, in their Inbox', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    await t.api.post('/api/v1/tasks', aTask({ title: 'Ada only', tags: ['ada'] }), ada.token);
    const mine = await t.api.post('/api/v1/tasks', aTask({ title: 'Sam only', tags: ['sam'] }), sam.token);
    expect((await t.api.get('/api/v1/tasks?status=all', sam.token)).body.items.map((x: { id: number }) => x.id)).toEqual([mine.body.id]);
    expect((await t.api.get('/api/v1/tags', sam.token)).body.items).toEqual([{ tag: 'sam', count: 1 }]);
  });
});

import type { Task, TaskEvent } from '@doable/contracts';
import { aTask, manualClock, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type User = { token: string; userId: string; email: string };

describe.each(STORAGE_KINDS)('subtasks and manual order on %s', (kind) => {
  let t: TestApp;
  const clock = manualClock('2030-03-01T09:00:00Z');
  const taskEvents: TaskEvent[] = [];

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
    t.app.bus.subscribe({
      consumer: 'test-subtasks',
      topic: 'task-events',
      handle: async (message) => void taskEvents.push(message.payload as TaskEvent),
    });
  });
  afterAll(() => t?.stop());

  async function aProject(owner: User, name = 'Trip'): Promise<number> {
    const res = await t.api.post('/api/v1/projects', { name }, owner.token);
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function share(owner: User, projectId: number, member: User, role: 'editor' | 'viewer') {
    const link = await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role }, owner.token);
    expect((await t.api.post(`/api/v1/invites/${link.body.token}/accept`, {}, member.token)).status).toBe(200);
  }

  async function create(user: User, body: Record<string, unknown>): Promise<Task> {
    const res = await t.api.post('/api/v1/tasks', aTask(body), user.token);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  const get = async (user: User, id: number): Promise<Task> => (await t.api.get(`/api/v1/tasks/${id}`, user.token)).body;
  const children = async (user: User, parent: number | 'none', project?: number): Promise<string[]> => {
    const query = `parent=${parent}&sort=position&limit=200${project ? `&project=${project}` : ''}`;
    const res = await t.api.get(`/api/v1/tasks?${query}`, user.token);
    expect(res.status).toBe(200);
    return res.body.items.map((task: Task) => task.title);
  };
  const move = (user: User, id: number, body: Record<string, unknown>) => t.api.patch(`/api/v1/tasks/${id}/move`, body, user.token);

  it('creates a subtask in its parent’s project, last among its siblings, counted on the parent', async () => {
    const ada = await signUp(t.api, 'Ada');
    const trip = await aProject(ada);
    const plan = await create(ada, { title: 'plan trip', project_id: trip });
    const hotel = await create(ada, { title: 'book hotel', parent_id: plan.id });
    const train = await create(ada, { title: 'book train', parent_id: plan.id, project_id: trip });
    expect(hotel).toMatchObject({ parent_id: plan.id, project_id: trip, subtask_count: 0 });
    expect(train.position > hotel.position).toBe(true);
    await t.api.patch(`/api/v1/tasks/${hotel.id}/complete`, {}, ada.token);
    expect(await get(ada, plan.id)).toMatchObject({ parent_id: null, subtask_count: 2, completed_subtask_count: 1 });
    expect(await children(ada, plan.id)).toEqual(['book hotel', 'book train']);
    expect(await children(ada, 'none', trip)).toEqual(['plan trip']);

    // A different project alongside the parent is refused; so is a parent the caller cannot see.
    const inbox = (await t.api.get('/api/v1/projects', ada.token)).body.items.find((p: { is_inbox: boolean }) => p.is_inbox).id;
    const elsewhere = await t.api.post('/api/v1/tasks', aTask({ parent_id: plan.id, project_id: inbox }), ada.token);
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body).toMatchObject({ status: 422, detail: 'A subtask goes into its parent’s project.' });
    const bob = await signUp(t.api, 'Bob');
    expect((await t.api.post('/api/v1/tasks', aTask({ parent_id: plan.id }), bob.token)).status).toBe(404);
    expect((await t.api.get(`/api/v1/tasks?parent=${plan.id}`, bob.token)).status).toBe(404);

    await t.settle();
    const created = taskEvents.find((e) => e.task_id === hotel.id && e.event_type === 'created');
    expect(created?.task_data).toMatchObject({ parent_id: plan.id, position: hotel.position });
  });

  it('limits subtasks to four levels, on create and on move (counting the moved subtree)', async () => {
    const ada = await signUp(t.api, 'Ada');
    const one = await create(ada, { title: 'one' });
    const two = await create(ada, { title: 'two', parent_id: one.id });
    const three = await create(ada, { title: 'three', parent_id: two.id });
    const four = await create(ada, { title: 'four', parent_id: three.id });
    const five = await t.api.post('/api/v1/tasks', aTask({ parent_id: four.id }), ada.token);
    expect(five.status).toBe(422);
    expect(five.body.detail).toBe('Subtasks go at most 4 levels deep.');
    const recurring = await t.api.post('/api/v1/tasks/recurring', { title: 'x', pattern: 'daily', parent_id: four.id }, ada.token);
    expect(recurring.status).toBe(422);

    const other = await create(ada, { title: 'other' });
    await create(ada, { title: 'other child', parent_id: other.id });
    // other (2 levels) under three (level 3) would reach level 5.
    const deep = await move(ada, other.id, { parent_id: three.id });
    expect(deep.status).toBe(422);
    expect(deep.body.detail).toBe('Subtasks go at most 4 levels deep.');
    expect((await move(ada, other.id, { parent_id: two.id })).status).toBe(200);
    // Not under itself or its own descendant.
    expect((await move(ada, one.id, { parent_id: one.id })).status).toBe(422);
    expect((await move(ada, one.id, { parent_id: four.id })).status).toBe(422);
    expect((await get(ada, one.id)).parent_id).toBeNull();
  });

  it('places a task after or before a sibling, or last, rewriting only the moved task', async () => {
    const ada = await signUp(t.api, 'Ada');
    const list = await aProject(ada, 'Order');
    const tasks: Task[] = [];
    for (const title of ['a', 'b', 'c', 'd']) tasks.push(await create(ada, { title, project_id: list }));
    const [ta, tb, tc, td] = tasks as [Task, Task, Task, Task];
    const moved = await move(ada, td.id, { after_id: ta.id });
    expect(moved.status).toBe(200);
    expect(await children(ada, 'none', list)).toEqual(['a', 'd', 'b', 'c']);
    expect((await move(ada, ta.id, { before_id: tc.id })).status).toBe(200);
    expect(await children(ada, 'none', list)).toEqual(['d', 'b', 'a', 'c']);
    expect((await move(ada, tb.id, { parent_id: null })).status).toBe(200);
    expect(await children(ada, 'none', list)).toEqual(['d', 'a', 'c', 'b']);
    // Only the moved tasks' keys changed.
    expect((await get(ada, tc.id)).position).toBe(tc.position);
    // A sibling that is not one, or both neighbours at once, is refused.
    const child = await create(ada, { title: 'child', parent_id: tc.id });
    expect((await move(ada, ta.id, { parent_id: null, after_id: child.id })).status).toBe(422);
    expect((await move(ada, ta.id, { after_id: tb.id, before_id: tc.id })).status).toBe(400);
    expect((await move(ada, ta.id, {})).status).toBe(400);
    // Under a parent, next to its child.
    expect((await move(ada, td.id, { parent_id: tc.id, before_id: child.id })).status).toBe(200);
    expect(await children(ada, tc.id)).toEqual(['d', 'child']);
    // sort=position pages through the order with a cursor.
    const first = await t.api.get(`/api/v1/tasks?project=${list}&parent=none&sort=position&limit=2`, ada.token);
    const rest = await t.api.get(
      `/api/v1/tasks?project=${list}&parent=none&sort=position&limit=2&cursor=${first.body.next_cursor}`,
      ada.token,
    );
    expect([...first.body.items, ...rest.body.items].map((task: Task) => task.title)).toEqual(['a', 'c', 'b']);
  });

  it('keeps a total order when members move siblings concurrently, without renumbering', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const list = await aProject(ada, 'Race');
    await share(ada, list, sam, 'editor');
    const tasks: Task[] = [];
    for (let i = 0; i < 8; i++) tasks.push(await create(ada, { title: `t${i}`, project_id: list }));
    const anchor = tasks[0] as Task;
    const movers = tasks.slice(4);
    const results = await Promise.all(movers.map((task, i) => move(i % 2 ? sam : ada, task.id, { after_id: anchor.id })));
    expect(results.map((res) => res.status)).toEqual(movers.map(() => 200));
    const items: Task[] = (await t.api.get(`/api/v1/tasks?project=${list}&sort=position&limit=200`, ada.token)).body.items;
    expect(new Set(items.map((task) => task.position)).size).toBe(items.length);
    const order = items.map((task) => task.title);
    expect(order[0]).toBe('t0');
    expect(order.slice(1, 5).sort()).toEqual(['t4', 't5', 't6', 't7']);
    expect(order.slice(5)).toEqual(['t1', 't2', 't3']);
    for (const task of tasks.slice(0, 4)) expect(items.find((item) => item.id === task.id)?.position).toBe(task.position);
  });

  it('completes the open subtree with a parent, an event each; reopening leaves it; deleting deletes it', async () => {
    const ada = await signUp(t.api, 'Ada');
    const parent = await create(ada, { title: 'move house' });
    const pack = await create(ada, { title: 'pack', parent_id: parent.id });
    const books = await create(ada, { title: 'books', parent_id: pack.id });
    const done = await create(ada, { title: 'done already', parent_id: parent.id });
    await t.api.patch(`/api/v1/tasks/${done.id}/complete`, {}, ada.token);
    await t.settle();
    taskEvents.length = 0;
    expect((await t.api.patch(`/api/v1/tasks/${parent.id}/complete`, {}, ada.token)).status).toBe(200);
    await t.settle();
    const completed = taskEvents.filter((e) => e.event_type === 'completed').map((e) => e.task_id);
    expect(completed.sort()).toEqual([parent.id, pack.id, books.id].sort());
    for (const id of [pack.id, books.id, done.id]) expect((await get(ada, id)).completed).toBe(true);
    await t.api.patch(`/api/v1/tasks/${parent.id}/complete`, { completed: false }, ada.token);
    expect((await get(ada, parent.id)).completed).toBe(false);
    expect((await get(ada, pack.id)).completed).toBe(true);

    taskEvents.length = 0;
    expect((await t.api.delete(`/api/v1/tasks/${parent.id}`, ada.token)).status).toBe(204);
    await t.settle();
    const deleted = taskEvents.filter((e) => e.event_type === 'deleted').map((e) => e.task_id);
    expect(deleted.sort()).toEqual([parent.id, pack.id, books.id, done.id].sort());
    for (const id of [pack.id, books.id]) expect((await t.api.get(`/api/v1/tasks/${id}`, ada.token)).status).toBe(404);
  });

  it('moves a subtree to another project, an updated event per task, the subtree keeping its shape', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const from = await aProject(ada, 'From');
    const to = await aProject(ada, 'To');
    await share(ada, from, sam, 'editor');
    const root = await create(ada, { title: 'root', project_id: from });
    const child = await create(ada, { title: 'child', parent_id: root.id, assignee_id: sam.userId });
    const grandchild = await create(ada, { title: 'grandchild', parent_id: child.id });
    const under = await create(ada, { title: 'under', project_id: from });
    await create(ada, { title: 'sub', parent_id: under.id });
    await t.settle();
    taskEvents.length = 0;
    // {project_id} alone keeps working.
    const res = await move(ada, root.id, { project_id: to });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ project_id: to, parent_id: null, subtask_count: 1 });
    await t.settle();
    const updated = taskEvents.filter((e) => e.event_type === 'updated');
    expect(updated.map((e) => e.task_id).sort()).toEqual([root.id, child.id, grandchild.id].sort());
    for (const event of updated) expect(event).toMatchObject({ project_id: to, previous_project_id: from });
    // Sam is not in "To": unassigned there.
    expect(await get(ada, child.id)).toMatchObject({ project_id: to, parent_id: root.id, assignee_id: null });
    expect(await get(ada, grandchild.id)).toMatchObject({ project_id: to, parent_id: child.id });
    expect(await children(ada, 'none', from)).toEqual(['under']);
    // Under a parent in another project: the parent's project; a different project_id alongside is refused.
    expect((await move(ada, under.id, { project_id: from, parent_id: root.id })).status).toBe(422);
    const nested = await move(ada, under.id, { parent_id: grandchild.id });
    expect(nested.status).toBe(422); // under (2 levels) below level 3 is 5 levels
    const moved = await move(ada, under.id, { parent_id: root.id });
    expect(moved.body).toMatchObject({ project_id: to, parent_id: root.id });
    expect(await children(ada, root.id)).toEqual(['child', 'under']);
  });

  it('lets two members edit one task at once: the last write wins per field, no subtask is lost', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const list = await aProject(ada, 'Together');
    await share(ada, list, sam, 'editor');
    const task = await create(ada, { title: 'shared', project_id: list });
    await Promise.all([
      t.api.patch(`/api/v1/tasks/${task.id}`, { title: 'from Ada', priority: 'high' }, ada.token),
      t.api.patch(`/api/v1/tasks/${task.id}`, { title: 'from Sam', tags: ['sam'] }, sam.token),
    ]);
    const after = await get(ada, task.id);
    expect(['from Ada', 'from Sam']).toContain(after.title);
    expect(after).toMatchObject({ priority: 'high', tags: ['sam'] });

    for (let round = 0; round < 3; round++) {
      const parent = await create(ada, { title: `parent ${round}`, project_id: list });
      const [added, completed] = await Promise.all([
        t.api.post('/api/v1/tasks', aTask({ title: 'new subtask', parent_id: parent.id }), sam.token),
        t.api.patch(`/api/v1/tasks/${parent.id}/complete`, {}, ada.token),
      ]);
      expect([added.status, completed.status]).toEqual([201, 200]);
      expect(await children(ada, parent.id)).toEqual(['new subtask']);
      expect((await get(ada, parent.id)).subtask_count).toBe(1);
    }
  });

  it('deletes a subtree with an event for a subtask added while the delete runs', async () => {
    const ada = await signUp(t.api, 'Ada');
    const sam = await signUp(t.api, 'Sam');
    const list = await aProject(ada, 'Racing delete');
    await share(ada, list, sam, 'editor');
    for (let round = 0; round < 3; round++) {
      const root = await create(ada, { title: `root ${round}`, project_id: list });
      const child = await create(ada, { title: 'child', parent_id: root.id });
      await t.settle();
      taskEvents.length = 0;
      const [added, deleted] = await Promise.all([
        t.api.post('/api/v1/tasks', aTask({ title: 'late', parent_id: child.id }), sam.token),
        t.api.delete(`/api/v1/tasks/${root.id}`, ada.token),
      ]);
      expect(deleted.status).toBe(204);
      await t.settle();
      const gone = taskEvents.filter((e) => e.event_type === 'deleted').map((e) => e.task_id);
      // Either the add came first (and its task is deleted with an event) or the parent was gone (404).
      if (added.status === 201) expect(gone).toContain(added.body.id);
      else expect(added.status).toBe(404);
      expect(gone).toEqual(expect.arrayContaining([root.id, child.id]));
    }
  });

  it('brings copies of a recurring parent’s subtasks to its next occurrence, open, due dates shifted', async () => {
    const ada = await signUp(t.api, 'Ada');
    const res = await t.api.post(
      '/api/v1/tasks/recurring',
      { title: 'weekly review', pattern: 'weekly', due_date: '2030-03-04T10:00:00Z' },
      ada.token,
    );
    expect(res.status).toBe(201);
    const parent: Task = res.body;
    const inbox = await create(ada, { title: 'inbox zero', parent_id: parent.id, priority: 'high', tags: ['mail'] });
    await create(ada, { title: 'archive', parent_id: inbox.id });
    await create(ada, { title: 'plan week', parent_id: parent.id, due_date: '2030-03-04T09:00:00Z' });
    await t.api.patch(`/api/v1/tasks/${parent.id}/complete`, {}, ada.token);
    await t.settle();
    const all: Task[] = (await t.api.get('/api/v1/tasks?limit=200', ada.token)).body.items;
    const next = all.find((task) => task.recurring_parent_id === parent.id && !task.completed);
    expect(next).toMatchObject({ due_date: '2030-03-11T10:00:00.000Z', subtask_count: 2, completed_subtask_count: 0 });
    const copies = all.filter((task) => task.parent_id === next?.id).sort((a, b) => (a.position < b.position ? -1 : 1));
    expect(copies.map((task) => [task.title, task.completed, task.due_date, task.priority, task.tags])).toEqual([
      ['inbox zero', false, null, 'high', ['mail']],
      ['plan week', false, '2030-03-11T09:00:00.000Z', 'medium', []],
    ]);
    const copiedInbox = copies[0] as Task;
    expect(await children(ada, copiedInbox.id)).toEqual(['archive']);
    // The originals stay with the completed occurrence, completed with it.
    expect(await children(ada, parent.id)).toEqual(['inbox zero', 'plan week']);
  });

  it('gives a viewer 403 and a non-member or removed member 404 on every subtask and order operation', async () => {
    const owner = await signUp(t.api, 'Owner');
    const editor = await signUp(t.api, 'Editor');
    const viewer = await signUp(t.api, 'Viewer');
    const outsider = await signUp(t.api, 'Outsider');
    const removed = await signUp(t.api, 'Removed');
    const list = await aProject(owner, 'Roles');
    await share(owner, list, editor, 'editor');
    await share(owner, list, viewer, 'viewer');
    await share(owner, list, removed, 'editor');
    expect((await t.api.delete(`/api/v1/projects/${list}/members/${removed.userId}`, owner.token)).status).toBe(204);
    const parent = await create(owner, { title: 'parent', project_id: list });
    const sibling = await create(owner, { title: 'sibling', project_id: list });
    const failures: string[] = [];
    const cases: [string, (user: User) => Promise<{ status: number; body: { detail?: string } }>, number][] = [
      ['create under a parent', (u) => t.api.post('/api/v1/tasks', aTask({ parent_id: parent.id }), u.token), 201],
      [
        'create recurring under a parent',
        (u) => t.api.post('/api/v1/tasks/recurring', { title: 'r', pattern: 'daily', parent_id: parent.id }, u.token),
        201,
      ],
      ['list a parent’s subtasks', (u) => t.api.get(`/api/v1/tasks?parent=${parent.id}`, u.token), 200],
      [
        'move under a parent',
        async (u) => move(u, (await create(owner, { title: 'x', project_id: list })).id, { parent_id: parent.id }),
        200,
      ],
      [
        'move after a sibling',
        async (u) => move(u, (await create(owner, { title: 'y', project_id: list })).id, { after_id: sibling.id }),
        200,
      ],
      [
        'move before a sibling',
        async (u) => move(u, (await create(owner, { title: 'z', project_id: list })).id, { before_id: sibling.id }),
        200,
      ],
    ];
    for (const [what, call, success] of cases) {
      for (const [role, user, expected] of [
        ['owner', owner, success],
        ['editor', editor, success],
        ['viewer', viewer, success === 200 && what.startsWith('list') ? 200 : 403],
        ['non-member', outsider, 404],
        ['removed', removed, 404],
      ] as const) {
        const res = await call(user);
        if (res.status !== expected) failures.push(`${what} as ${role}: ${res.status}, expected ${expected}`);
        if (res.status === 403 && !/editor/.test(res.body.detail ?? '')) failures.push(`${what} as ${role}: 403 without the role needed`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('adds and orders subtasks from chat sentences, finding the parent by its title', async () => {
    const ada = await signUp(t.api, 'Ada');
    const plan = await create(ada, { title: 'plan trip' });
    const say = async (message: string) => {
      const res = await t.api.post('/api/v1/chat', { message }, ada.token);
      expect(res.status).toBe(200);
      return res.body as { reply: string };
    };
    expect((await say('add a subtask to plan trip: book hotel')).reply).toContain('book hotel');
    await say('add pack bags under plan trip');
    expect(await children(ada, plan.id)).toEqual(['book hotel', 'pack bags']);
    await say('move pack bags before book hotel');
    expect(await children(ada, plan.id)).toEqual(['pack bags', 'book hotel']);
    await say('move book hotel to the top level');
    expect(await children(ada, plan.id)).toEqual(['pack bags']);
    // Asked what the subtasks are, the chat shows the parent with how many of them are done.
    expect((await say('what are the subtasks of plan trip?')).reply).toMatch(/"plan trip", medium priority, 0 of 1 subtasks done/);
  });

  it('shows a user who never uses subtasks what they saw before', async () => {
    const ada = await signUp(t.api, 'Ada');
    for (const title of ['first', 'second', 'third']) {
      await create(ada, { title });
      clock.advance(1000);
    }
    const list = (await t.api.get('/api/v1/tasks', ada.token)).body.items as Task[];
    expect(list.map((task) => task.title)).toEqual(['third', 'second', 'first']);
    for (const task of list) expect(task).toMatchObject({ parent_id: null, subtask_count: 0, completed_subtask_count: 0 });
  });
});

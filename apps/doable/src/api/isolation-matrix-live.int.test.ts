import { liveNotificationSchema, projectRemovedMessageSchema } from '@doable/contracts';
import { aTask, manualClock } from '@doable/test-kit';
import type { LiveMessage } from '@doable/websocket-service';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';
import {
  aSharedProject,
  type LiveFrame,
  type LiveTab,
  openLive,
  ROLES,
  type Role,
  type RoleUsers,
  type Shared,
  signUpRoles,
} from './isolation-matrix-fixture.ts';

/**
 * Every message `/ws` sends, caused in a shared project with one open tab per role: who receives it and who does not.
 * Each message is labelled by its type and, where it has one, its kind or reason (`notification:task_assigned`).
 * No waiting on a clock: after a cause has run, each role adds a task to its own Inbox, a marker that reaches only
 * its own tab; whatever the tab received before its marker is all the cause sent it.
 */

interface Scenario {
  what: string;
  /** Options for the scenario's shared project (made, and its messages flushed, before the cause). */
  project?: () => Parameters<typeof aSharedProject>[2];
  cause: (s: Shared) => Promise<void>;
  /** The labels each role's tab receives from the cause, in order; a role not named receives nothing. */
  receives: Partial<Record<Role, string[]>>;
  /** The messages may name another project than the shared one (the task moved there). */
  elsewhere?: true;
}

let t: TestApp;
let users: RoleUsers;
const clock = manualClock();
const inAMinute = () => new Date(clock.now().getTime() + 60_000).toISOString();
const patchTask = async (s: Shared, body: unknown, as: Role = 'owner') =>
  expect((await t.api.patch(`/api/v1/tasks/${s.taskId}`, body, users[as].token)).status).toBe(200);
const removeMember = async (s: Shared, member: Role, as: Role = 'owner') =>
  expect((await t.api.delete(`/api/v1/projects/${s.projectId}/members/${users[member].userId}`, users[as].token)).status).toBe(204);
const MEMBERS_SEE = (...labels: string[]) => ({ owner: labels, editor: labels, viewer: labels });

/** Every live message type: a new type without a row does not compile, and one whose rows are empty fails below. */
const liveRows: Record<LiveMessage['type'], Scenario[]> = {
  hello: [
    {
      what: 'each role opens another tab: the hello is that tab’s, with its own user',
      cause: async () => {
        for (const role of ROLES) {
          const tab = await openLive(t.url, users[role].token);
          await vi.waitFor(() => expect(tab.received[0]).toMatchObject({ type: 'hello', user_id: users[role].userId }));
          tab.close();
        }
      },
      receives: {},
    },
  ],
  'task.updated': [
    {
      what: 'the owner renames the shared task',
      cause: (s) => patchTask(s, { title: `${s.taskTitle} renamed` }),
      receives: MEMBERS_SEE('task.updated'),
    },
    {
      what: 'an editor completes it',
      cause: async (s) => {
        expect((await t.api.patch(`/api/v1/tasks/${s.taskId}/complete`, {}, users.editor.token)).status).toBe(200);
      },
      receives: MEMBERS_SEE('task.updated'),
    },
    {
      // The members of the project it left are told, so it leaves their view.
      what: 'the owner moves it to their Inbox',
      cause: async (s) => {
        const inbox = (await t.api.get('/api/v1/projects', users.owner.token)).body.items.find((p: { is_inbox: boolean }) => p.is_inbox);
        expect((await t.api.patch(`/api/v1/tasks/${s.taskId}/move`, { project_id: inbox.id }, users.owner.token)).status).toBe(200);
      },
      receives: MEMBERS_SEE('task.updated'),
      elsewhere: true,
    },
    {
      what: 'the owner removes the editor, then changes the task',
      cause: async (s) => {
        await removeMember(s, 'editor');
        await t.settle();
        await patchTask(s, { description: 'after the removal' });
      },
      receives: { owner: ['task.updated'], editor: ['project_removed:removed'], viewer: ['task.updated'] },
    },
    {
      // Their task is unassigned as they go: the members see that, the one removed only that they were.
      what: 'the owner removes the editor the task is assigned to',
      project: () => ({ task: { assignee_id: users.editor.userId } }),
      cause: (s) => removeMember(s, 'editor'),
      receives: { owner: ['task.updated'], editor: ['project_removed:removed'], viewer: ['task.updated'] },
    },
    {
      what: 'an editor completes a recurring task: the next occurrence is made',
      project: () => ({ task: { recurring: 'daily', due_date: inAMinute() } }),
      cause: async (s) => {
        expect((await t.api.patch(`/api/v1/tasks/${s.taskId}/complete`, {}, users.editor.token)).status).toBe(200);
      },
      receives: MEMBERS_SEE('task.updated', 'task.updated'),
    },
    {
      // The next occurrence keeps its assignee: no "… assigned you" for it.
      what: 'an editor completes a recurring task assigned to the viewer',
      project: () => ({ task: { recurring: 'daily', due_date: inAMinute(), assignee_id: users.viewer.userId } }),
      cause: async (s) => {
        expect((await t.api.patch(`/api/v1/tasks/${s.taskId}/complete`, {}, users.editor.token)).status).toBe(200);
      },
      receives: MEMBERS_SEE('task.updated', 'task.updated'),
    },
    {
      what: 'the non-member joins by a link, then the owner changes the task',
      cause: async (s) => {
        expect((await t.api.post(`/api/v1/invites/${s.linkToken}/accept`, {}, users.nonMember.token)).status).toBe(200);
        await t.settle();
        await patchTask(s, { description: 'after the join' });
      },
      receives: { ...MEMBERS_SEE('task.updated'), nonMember: ['task.updated'] },
    },
    {
      what: 'the owner makes the viewer an editor, then the editor a viewer: nobody is told to drop the project',
      cause: async (s) => {
        for (const [member, role] of [
          ['viewer', 'editor'],
          ['editor', 'viewer'],
        ] as const) {
          const path = `/api/v1/projects/${s.projectId}/members/${users[member].userId}`;
          expect((await t.api.patch(path, { role }, users.owner.token)).status).toBe(200);
        }
      },
      receives: {},
    },
    {
      what: 'the owner archives the project and hands it to the editor',
      cause: async (s) => {
        expect((await t.api.patch(`/api/v1/projects/${s.projectId}`, { archived: true }, users.owner.token)).status).toBe(200);
        const path = `/api/v1/projects/${s.projectId}/transfer`;
        expect((await t.api.post(path, { user_id: users.editor.userId }, users.owner.token)).status).toBe(200);
      },
      receives: {},
    },
  ],
  reminder: [
    {
      what: 'a reminder of a task assigned to the viewer',
      project: () => ({ task: { reminder_at: inAMinute(), assignee_id: users.viewer.userId } }),
      cause: () => t.passTime(60_000),
      receives: { viewer: ['reminder'] },
    },
    {
      what: 'a reminder of an unassigned task: its creator, the owner',
      project: () => ({ task: { reminder_at: inAMinute() } }),
      cause: () => t.passTime(60_000),
      receives: { owner: ['reminder'] },
    },
    {
      // The member was unassigned when removed: the task's creator is reminded.
      what: 'a reminder of a task assigned to the member since removed',
      project: () => ({
        beforeRemoval: async (projectId) => {
          const task = aTask({ project_id: projectId, assignee_id: users.removed.userId, reminder_at: inAMinute() });
          expect((await t.api.post('/api/v1/tasks', task, users.owner.token)).status).toBe(201);
        },
      }),
      cause: () => t.passTime(60_000),
      receives: { owner: ['reminder'] },
    },
    {
      // Its creator no longer sees the task: the owner, who always does, is reminded instead.
      what: 'a reminder of an unassigned task whose creator was removed',
      project: () => ({
        beforeRemoval: async (projectId) => {
          const task = aTask({ project_id: projectId, reminder_at: inAMinute() });
          expect((await t.api.post('/api/v1/tasks', task, users.removed.token)).status).toBe(201);
        },
      }),
      cause: () => t.passTime(60_000),
      receives: { owner: ['reminder'] },
    },
  ],
  notification: [
    {
      what: 'the owner assigns the shared task to the viewer',
      cause: (s) => patchTask(s, { assignee_id: users.viewer.userId }),
      receives: { owner: ['task.updated'], editor: ['task.updated'], viewer: ['task.updated', 'notification:task_assigned'] },
    },
    {
      what: 'the owner invites the non-member and the removed member by email',
      cause: async (s) => {
        for (const role of ['nonMember', 'removed'] as const) {
          const invited = await t.api.post(`/api/v1/projects/${s.projectId}/invitations`, { email: users[role].email }, users.owner.token);
          expect(invited.status).toBe(201);
        }
      },
      receives: { nonMember: ['notification:project_invitation'], removed: ['notification:project_invitation'] },
    },
  ],
  project_removed: [
    { what: 'the owner removes the editor', cause: (s) => removeMember(s, 'editor'), receives: { editor: ['project_removed:removed'] } },
    { what: 'the viewer leaves', cause: (s) => removeMember(s, 'viewer', 'viewer'), receives: { viewer: ['project_removed:removed'] } },
    {
      what: 'the viewer the task is assigned to leaves',
      project: () => ({ task: { assignee_id: users.viewer.userId } }),
      cause: (s) => removeMember(s, 'viewer', 'viewer'),
      receives: { owner: ['task.updated'], editor: ['task.updated'], viewer: ['project_removed:removed'] },
    },
    {
      what: 'the owner deletes the project',
      cause: async (s) => {
        expect((await t.api.delete(`/api/v1/projects/${s.projectId}`, users.owner.token)).status).toBe(204);
      },
      // Its task's deletion first, then the project's.
      receives: MEMBERS_SEE('task.updated', 'project_removed:deleted'),
    },
  ],
};

const label = (m: LiveFrame) => [m.type, m.notification?.kind ?? m.reason].filter(Boolean).join(':');

describe.each(STORAGE_KINDS)('live message role matrix on %s', (kind) => {
  const tabs = {} as Record<Role, LiveTab>;
  let markers = 0;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
    users = await signUpRoles(t);
    for (const role of ROLES) tabs[role] = await openLive(t.url, users[role].token);
  });
  afterAll(async () => {
    for (const tab of Object.values(tabs)) tab.close();
    await t?.stop();
  });

  /** Sends each tab its marker and returns, per role, the index of that marker in what the tab received. */
  async function flush(): Promise<Record<Role, number>> {
    await t.settle();
    const title = `marker ${++markers}`;
    for (const role of ROLES) expect((await t.api.post('/api/v1/tasks', { title }, users[role].token)).status).toBe(201);
    await t.settle();
    const at = {} as Record<Role, number>;
    for (const role of ROLES) {
      at[role] = await vi.waitFor(() => {
        const index = tabs[role].received.findIndex((m) => m.type === 'task.updated' && m.event?.task_data?.title === title);
        if (index < 0) throw new Error(`${role} has no ${title}`);
        return index;
      });
    }
    return at;
  }

  it('has rows for every notification kind and every reason a project is removed', () => {
    const labels = new Set(Object.values(liveRows).flatMap((rows) => rows.flatMap((row) => Object.values(row.receives).flat())));
    for (const [type, rows] of Object.entries(liveRows)) expect(rows.length, `${type} has no row`).toBeGreaterThan(0);
    for (const option of liveNotificationSchema.options) expect(labels).toContain(`notification:${option.shape.kind.value}`);
    for (const reason of projectRemovedMessageSchema.shape.reason.options) expect(labels).toContain(`project_removed:${reason}`);
  });

  it('delivers each message to exactly the roles that may see it', async () => {
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const [type, rows] of Object.entries(liveRows)) {
      for (const row of rows) {
        const s = await aSharedProject(t, users, row.project?.());
        const start = await flush();
        await row.cause(s);
        const end = await flush();
        for (const role of ROLES) {
          // Between the two markers, the first excluded.
          const got = tabs[role].received.slice(start[role] + 1, end[role]);
          for (const m of got) seen.add(m.type);
          const expected = row.receives[role] ?? [];
          if (JSON.stringify(got.map(label)) !== JSON.stringify(expected)) {
            failures.push(`${type}, ${row.what}: ${role} received ${JSON.stringify(got.map(label))}, expected ${JSON.stringify(expected)}`);
          }
          const other = got.find((m) => (m.project_id ?? m.event?.project_id ?? m.notification?.project_id) !== s.projectId);
          if (other && !row.elsewhere) failures.push(`${type}, ${row.what}: ${role} received ${JSON.stringify(other)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Whatever the server sent has a row (a type added to the server but not to the union would show here).
    for (const type of seen) expect(Object.keys(liveRows)).toContain(type);
  });
});

import { TOOL_NAMES } from '@doable/contracts';
import { FUTURE_YEAR, manualClock } from '@doable/test-kit';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';
import { aSharedProject, connectMcp, ROLES, type Role, type RoleUsers, type Shared, signUpRoles } from './isolation-matrix-fixture.ts';

/**
 * Every MCP tool, called by each role against a shared project's task (or the project itself), and the chat's
 * phrasing of the same. Members read; a viewer's change is a tool error naming the role needed; a non-member or a
 * removed member gets the very answer a task or project that does not exist gets, so nothing hints that it does.
 */

/**
 * `read`: every member sees the shared task in the answer. `write`: owner and editor; a viewer is told an editor is
 * needed. `manage`: the owner only. `own`: about the caller's own account, the same for every role, and never shows the
 * shared project to someone outside it.
 */
type Access = 'read' | 'write' | 'manage' | 'own';
/** `fresh`: the call removes what later calls use, so each role gets a shared project of its own. */
type ToolRow = { args: (s: Shared) => Record<string, unknown>; access: Access; fresh?: true };

// After the app clock's day (below): a due date and a reminder still to come.
const when = `${FUTURE_YEAR}-06-01T10:00:00Z`;

const toolRows: Record<(typeof TOOL_NAMES)[number], ToolRow> = {
  add_task: { args: (s) => ({ title: 'Tool task', project: s.projectId }), access: 'write' },
  add_tasks: { args: (s) => ({ tasks: [{ title: 'Batch task', project: s.projectId }] }), access: 'write' },
  list_tasks: { args: (s) => ({ status: 'all', project: s.projectId }), access: 'read' },
  update_task: { args: (s) => ({ task_id: s.taskId, description: 'changed' }), access: 'write' },
  complete_task: { args: (s) => ({ task_id: s.taskId }), access: 'write' },
  delete_task: { args: (s) => ({ task_id: s.taskId }), access: 'write', fresh: true },
  search_tasks: { args: (s) => ({ query: s.taskTitle, status: 'all', project: s.projectId }), access: 'read' },
  set_priority: { args: (s) => ({ task_id: s.taskId, priority: 'low' }), access: 'write' },
  add_tag: { args: (s) => ({ task_id: s.taskId, tag: 'shared' }), access: 'write' },
  // Each caller removes a tag the task still has: a project of its own, its task tagged.
  remove_tag: { args: (s) => ({ task_id: s.taskId, tag: 'shared' }), access: 'write', fresh: true },
  set_due_date: { args: (s) => ({ task_id: s.taskId, date: when }), access: 'write' },
  // After set_due_date (the tools run in list order), so the shared task has a due date to move.
  postpone_task: { args: (s) => ({ task_id: s.taskId, by: 'P1D' }), access: 'write' },
  create_recurring: { args: (s) => ({ title: 'Standup', pattern: 'daily', project: s.projectId }), access: 'write' },
  create_recurring_task: { args: (s) => ({ title: 'Review', pattern: 'weekly', project: s.projectId }), access: 'write' },
  filter_tasks: { args: (s) => ({ status: 'all', project: s.projectId }), access: 'read' },
  sort_tasks: { args: (s) => ({ field: 'title', status: 'all', project: s.projectId }), access: 'read' },
  set_reminder: { args: (s) => ({ task_id: s.taskId, at: when }), access: 'write' },
  list_tags: { args: () => ({}), access: 'own' },
  quick_add: { args: (s) => ({ text: 'quick errand', project: s.projectId }), access: 'write' },
  list_projects: { args: () => ({ archived: 'all' }), access: 'own' },
  create_project: { args: () => ({ name: 'Mine' }), access: 'own' },
  share_project: { args: (s) => ({ project: s.projectId, link: true }), access: 'manage' },
  assign_task: { args: (s) => ({ task_id: s.taskId, assignee: 'me' }), access: 'write' },
  move_task: { args: (s) => ({ task_id: s.taskId, project: s.projectId, parent: null }), access: 'write' },
  add_subtask: { args: (s) => ({ parent: s.taskId, title: 'Step one' }), access: 'write' },
};

type ToolAnswer = { isError?: boolean; content?: Array<{ type: string; text?: string }>; structuredContent?: unknown };

const textOf = (answer: ToolAnswer) => (answer.content ?? []).map((c) => c.text ?? '').join('\n');

/** Ids that no task or project has: what a caller gets for them is what "does not exist" looks like. */
const GHOST_TASK = 987_654_321;
const GHOST_PROJECT = 987_654_320;

/** The answer with the ids it names replaced, so the answer about a real id compares with the one about a ghost. */
function withoutIds(answer: unknown, s: Pick<Shared, 'taskId' | 'projectId'>): string {
  return JSON.stringify(answer)
    .replace(new RegExp(`\\b(${s.taskId}|${GHOST_TASK})\\b`, 'g'), '<task>')
    .replace(new RegExp(`\\b(${s.projectId}|${GHOST_PROJECT})\\b`, 'g'), '<project>');
}

const NEEDS_EDITOR = /Only an editor or the owner of the project can do this; you are a viewer here/;
const NEEDS_OWNER = (role: Role) => new RegExp(`Only the project's owner can do this; you are an? ${role} here`);

describe.each(STORAGE_KINDS)('MCP and chat role matrix on %s', (kind) => {
  let t: TestApp;
  let users: RoleUsers;
  // Fixed at noon UTC, so a task due now is due today in every test user's time zone.
  const clock = manualClock(`${FUTURE_YEAR}-05-05T12:00:00Z`);
  const clients = {} as Record<Role, Client>;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock });
    users = await signUpRoles(t);
    for (const role of ROLES) clients[role] = await connectMcp(t.url, users[role].token);
  });
  afterAll(async () => {
    for (const client of Object.values(clients)) await client.close();
    await t?.stop();
  });

  /** The shared project as its owner sees it: its tasks, members and invite links. */
  async function projectState(s: Shared) {
    const read = async (path: string) => (await t.api.get(path, users.owner.token)).body;
    return {
      project: await read(`/api/v1/projects/${s.projectId}`),
      tasks: await read(`/api/v1/tasks?project=${s.projectId}&status=all&limit=200`),
      members: await read(`/api/v1/projects/${s.projectId}/members`),
      links: await read(`/api/v1/projects/${s.projectId}/invite-links`),
    };
  }

  it('has a row for every tool the server lists, and none for a tool that is gone', async () => {
    const { tools } = await clients.owner.listTools();
    expect(Object.keys(toolRows).sort()).toEqual(tools.map((tool) => tool.name).sort());
  });

  it('gives each role exactly what the permission table allows, tool by tool', async () => {
    const failures: string[] = [];
    const common = await aSharedProject(t, users);
    for (const name of TOOL_NAMES) {
      const row = toolRows[name];
      for (const role of ROLES) {
        const s = row.fresh ? await aSharedProject(t, users, { task: { tags: ['shared'] } }) : common;
        const call = (args: Record<string, unknown>) => clients[role].callTool({ name, arguments: args }) as Promise<ToolAnswer>;
        const member = role === 'owner' || role === 'editor' || role === 'viewer';
        const refusable = !member || role === 'viewer' || (role === 'editor' && row.access === 'manage');
        const before = refusable && row.access !== 'own' ? await projectState(s) : undefined;
        const answer = await call(row.args(s));
        const text = textOf(answer);
        const fail = (why: string) => failures.push(`${name} as ${role}: ${why} (${text.slice(0, 200)})`);
        // A refused call, or a viewer's read, changes nothing in the project.
        if (before && (answer.isError || row.access === 'read') && JSON.stringify(await projectState(s)) !== JSON.stringify(before))
          fail('changed the project');
        if (row.access === 'own') {
          if (answer.isError) fail('refused');
          if (!member && JSON.stringify(answer).includes(s.projectName)) fail('shows the shared project');
          continue;
        }
        if (!member) {
          // Exactly the answer for what does not exist: same error, same words.
          const ghost = await call(row.args({ ...s, taskId: GHOST_TASK, projectId: GHOST_PROJECT }));
          if (!answer.isError) fail('not refused');
          if (withoutIds(answer, s) !== withoutIds(ghost, s)) fail(`answer differs from a missing one's: ${textOf(ghost).slice(0, 200)}`);
          if (JSON.stringify(answer).includes(s.taskTitle) || JSON.stringify(answer).includes(s.projectName)) fail('hints at the project');
          continue;
        }
        const allowed = row.access === 'read' || (row.access === 'write' ? role !== 'viewer' : role === 'owner');
        if (allowed) {
          if (answer.isError) fail('refused');
          if (row.access === 'read' && !JSON.stringify(answer).includes(s.taskTitle)) fail('does not show the shared task');
        } else {
          if (!answer.isError) fail('not refused');
          const needed = row.access === 'write' ? NEEDS_EDITOR : NEEDS_OWNER(role);
          if (!needed.test(text)) fail('refusal does not name the role needed');
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('names the shared project and task by name to members only: to others, as a name nobody has', async () => {
    const failures: string[] = [];
    const s = await aSharedProject(t, users);
    /** Tools that take a project or a task by name; `name` is the shared one or a ghost's. */
    const byName: Array<[string, Access, (project: string, task: string) => Record<string, unknown>]> = [
      ['list_tasks', 'read', (project) => ({ status: 'all', project })],
      ['add_task', 'write', (project) => ({ title: 'By name', project })],
      ['add_subtask', 'write', (_, task) => ({ parent: task, title: 'Step by name' })],
      ['move_task', 'write', (project) => ({ task_id: s.taskId, project })],
      ['share_project', 'manage', (project) => ({ project, link: true })],
    ];
    for (const [name, access, args] of byName) {
      for (const role of ROLES) {
        const call = (a: Record<string, unknown>) => clients[role].callTool({ name, arguments: a }) as Promise<ToolAnswer>;
        const answer = await call(args(s.projectName, s.taskTitle));
        const text = textOf(answer);
        const fail = (why: string) => failures.push(`${name} by name as ${role}: ${why} (${text.slice(0, 200)})`);
        if (role === 'nonMember' || role === 'removed') {
          const ghostProject = `Nowhere ${s.projectName}`;
          const ghostTask = `Nowhere ${s.taskTitle}`;
          const ghost = await call(args(ghostProject, ghostTask));
          const unnamed = (a: ToolAnswer, project: string, task: string) =>
            withoutIds(a, s)
              .replaceAll(task.toLowerCase(), '<task>')
              .replaceAll(task, '<task>')
              .replaceAll(project.toLowerCase(), '<project>')
              .replaceAll(project, '<project>');
          if (!answer.isError) fail('not refused');
          if (unnamed(answer, s.projectName, s.taskTitle) !== unnamed(ghost, ghostProject, ghostTask))
            fail(`differs from a missing name's: ${textOf(ghost).slice(0, 200)}`);
          continue;
        }
        const allowed = access === 'read' || (access === 'write' ? role !== 'viewer' : role === 'owner');
        if (allowed && answer.isError) fail('refused');
        if (!allowed && !(access === 'write' ? NEEDS_EDITOR : NEEDS_OWNER(role)).test(text)) fail('refusal does not name the role needed');
      }
    }
    expect(failures).toEqual([]);
  });

  it('reads the shared task and project as resources, in prompts and in completions for members only; to others they do not exist', async () => {
    const today = clock.now().toISOString();
    const s = await aSharedProject(t, users, { task: { due_date: today, tags: ['sharedtag'] } });
    // The templates read below, per role: one added later needs its case here.
    const { resourceTemplates } = await clients.owner.listResourceTemplates();
    expect(resourceTemplates.map((r) => r.uriTemplate).sort()).toEqual(['doable://projects/{id}/tasks', 'doable://tasks/{id}']);
    const read = (role: Role, uri: string) =>
      clients[role].readResource({ uri }).then(
        (result) => JSON.stringify(result),
        (error: Error) => `refused: ${error.message}`,
      );
    for (const role of ROLES) {
      const task = await read(role, `doable://tasks/${s.taskId}`);
      const projectTasks = await read(role, `doable://projects/${s.projectId}/tasks`);
      const { resources } = await clients[role].listResources();
      const projectIds = await clients[role].complete({
        ref: { type: 'ref/resource', uri: 'doable://projects/{id}/tasks' },
        argument: { name: 'id', value: '' },
      });
      const listed = resources.some((r) => r.uri === `doable://projects/${s.projectId}/tasks`);
      const completed = projectIds.completion.values.includes(String(s.projectId));
      const prompt = async (name: string, args: Record<string, string>) =>
        JSON.stringify(await clients[role].getPrompt({ name, arguments: args }));
      const lists = [
        await read(role, 'doable://tasks/today'),
        await read(role, 'doable://projects'),
        await prompt('plan_my_day', {}),
        await prompt('weekly_review', {}),
        JSON.stringify(
          await clients[role].complete({ ref: { type: 'ref/prompt', name: 'weekly_review' }, argument: { name: 'tag', value: 'shared' } }),
        ),
      ].join('\n');
      if (role === 'nonMember' || role === 'removed') {
        expect(withoutIds(task, s), role).toBe(withoutIds(await read(role, `doable://tasks/${GHOST_TASK}`), s));
        expect(task, role).toMatch(/^refused/);
        expect(withoutIds(projectTasks, s), role).toBe(withoutIds(await read(role, `doable://projects/${GHOST_PROJECT}/tasks`), s));
        expect(projectTasks, role).toMatch(/^refused/);
        expect([listed, completed], role).toEqual([false, false]);
        expect(lists, role).not.toContain(s.taskTitle);
        expect(lists, role).not.toContain(s.projectName);
        expect(lists, role).not.toContain('sharedtag');
      } else {
        expect(task, role).toContain(s.taskTitle);
        expect(projectTasks, role).toContain(s.taskTitle);
        expect([listed, completed], role).toEqual([true, true]);
        expect(lists, role).toContain(s.taskTitle);
        expect(lists, role).toContain(s.projectName);
        expect(lists, role).toContain('sharedtag');
      }
    }
  });

  it('lists and searches across all of the caller’s projects show the shared task to members only', async () => {
    const s = await aSharedProject(t, users, { task: { tags: ['acrosstag'] } });
    const word = s.taskTitle.split(' ').slice(0, 2).join(' ');
    for (const role of ROLES) {
      const call = async (name: string, args: Record<string, unknown>) =>
        JSON.stringify(await clients[role].callTool({ name, arguments: args }));
      const rest = async (query: string) =>
        JSON.stringify((await t.api.get(`/api/v1/tasks?status=all&limit=200&${query}`, users[role].token)).body);
      // Each listing and what shows the shared task in it: its title, or for tag counts its tag.
      const listings: Array<[string, string, string]> = [
        ['list_tasks', await call('list_tasks', { status: 'all', limit: 200 }), s.taskTitle],
        ['search_tasks', await call('search_tasks', { query: word, status: 'all' }), s.taskTitle],
        ['filter_tasks', await call('filter_tasks', { status: 'all', tags: ['acrosstag'] }), s.taskTitle],
        ['sort_tasks', await call('sort_tasks', { field: 'title', status: 'all', limit: 200 }), s.taskTitle],
        ['list_tags', await call('list_tags', {}), 'acrosstag'],
        ['GET /tasks?search', await rest(`search=${encodeURIComponent(word)}`), s.taskTitle],
        ['GET /tasks?tags', await rest('tags=acrosstag'), s.taskTitle],
        ['GET /tags', JSON.stringify((await t.api.get('/api/v1/tags', users[role].token)).body), 'acrosstag'],
      ];
      const member = role === 'owner' || role === 'editor' || role === 'viewer';
      for (const [listing, text, mark] of listings) {
        expect(text.includes(mark), `${listing} as ${role}`).toBe(member);
        expect(text.includes(s.taskTitle) || text.includes(s.projectName), `${listing} as ${role}`).toBe(member && mark === s.taskTitle);
      }
    }
  });

  it('answers each role the same through the chat, which runs the same tools', async () => {
    const s = await aSharedProject(t, users);
    const say = async (role: Role, message: string) => {
      const res = await t.api.post('/api/v1/chat', { message }, users[role].token);
      expect(res.status, `${role}: ${message}`).toBe(200);
      return res.body as { reply: string; tool_calls: Array<{ ok: boolean }> };
    };
    for (const role of ROLES) {
      const listed = await say(role, `what's in the ${s.projectName} project?`);
      const asked = await say(role, `set priority of task ${s.taskId} to low`);
      if (role === 'owner' || role === 'editor' || role === 'viewer') {
        expect(listed.reply, role).toContain(s.taskTitle);
      }
      if (role === 'viewer') expect(asked.reply).toMatch(NEEDS_EDITOR);
      if (role === 'owner' || role === 'editor')
        expect(
          asked.tool_calls.every((c) => c.ok),
          role,
        ).toBe(true);
      if (role === 'nonMember' || role === 'removed') {
        const ghostList = await say(role, `what's in the Nowhere ${s.projectName} project?`);
        const ghostAsk = await say(role, `set priority of task ${GHOST_TASK} to low`);
        // The reply quotes the name asked for (lower-cased): the rest must be word for word the same.
        const unnamed = (reply: string, name: string) => reply.replaceAll(name.toLowerCase(), '<name>');
        expect(unnamed(listed.reply, s.projectName), role).toBe(unnamed(ghostList.reply, `Nowhere ${s.projectName}`));
        expect(withoutIds(asked.reply, s), role).toBe(withoutIds(ghostAsk.reply, s));
        expect(withoutIds(asked.tool_calls, s), role).toBe(withoutIds(ghostAsk.tool_calls, s));
        expect(JSON.stringify([listed, asked]), role).not.toContain(s.taskTitle);
      }
    }
  });
});

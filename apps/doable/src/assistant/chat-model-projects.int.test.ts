import type { Project, Task } from '@doable/contracts';
import { type ChatCompletionRequest, signUp, startScriptedChatModel, toolCallMessage } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app.ts';

/** The structured result of the last tool call the model was sent back. */
function lastResult<T>(request: ChatCompletionRequest): T {
  return JSON.parse(request.messages.at(-1)?.content ?? '{}').result as T;
}

/** The task a tool result in this turn named by that title. */
function resultTitled(request: ChatCompletionRequest, title: string): Task {
  const results = request.messages.filter((m) => m.role === 'tool').map((m) => JSON.parse(m.content ?? '{}').result as Task);
  const task = results.find((result) => result?.title === title);
  if (!task) throw new Error(`no tool result titled ${title}`);
  return task;
}

describe('the project tools through a model (scripted OpenAI-compatible peer)', () => {
  let peer: Awaited<ReturnType<typeof startScriptedChatModel>>;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let ada: Awaited<ReturnType<typeof signUp>>;
  let bob: Awaited<ReturnType<typeof signUp>>;

  beforeAll(async () => {
    // One conversation turn per line group: the model's calls, then its closing words.
    peer = await startScriptedChatModel([
      () => toolCallMessage('call_1', 'create_project', { name: 'Household', color: '#22aa55' }),
      () => toolCallMessage('call_2', 'share_project', { project: 'Household', email: bob.email, role: 'editor' }),
      () => ({ role: 'assistant', content: 'Made Household and invited Bob.' }),
      () => toolCallMessage('call_3', 'add_task', { title: 'buy milk', project: 'Household' }),
      (request) => toolCallMessage('call_4', 'add_subtask', { parent: lastResult<Task>(request).id, title: 'oat milk' }),
      (request) => toolCallMessage('call_5', 'assign_task', { task_id: lastResult<Task>(request).parent_id, assignee: 'Bob Model' }),
      (request) => toolCallMessage('call_6', 'move_task', { task_id: resultTitled(request, 'oat milk').id, project: 'Inbox' }),
      () => toolCallMessage('call_7', 'list_projects', {}),
      () => ({ role: 'assistant', content: 'Done.' }),
    ]);
    t = await startTestApp({
      kind: 'embedded',
      postgresUrl: '',
      chatModel: { apiKey: 'test-key', baseUrl: peer.url, model: 'scripted-model' },
    });
    ada = await signUp(t.api, 'Ada Model');
    bob = await signUp(t.api, 'Bob Model');
  });
  afterAll(async () => {
    await t?.stop();
    await peer?.close();
  });

  it('creates and shares a project, adds a task and a subtask, assigns and moves, with the same rules as REST', async () => {
    const first = await t.api.post('/api/v1/chat', { message: 'set up a household list and invite Bob' }, ada.token);
    expect(first.status).toBe(200);
    expect(first.body.tool_calls.map((call: { name: string; ok: boolean }) => [call.name, call.ok])).toEqual([
      ['create_project', true],
      ['share_project', true],
    ]);
    for (const name of ['create_project', 'share_project', 'add_subtask', 'assign_task', 'move_task', 'list_projects']) {
      expect(
        peer.requests[0]?.tools?.some((tool) => tool.function.name === name),
        name,
      ).toBe(true);
    }
    const invitation = (await t.api.get('/api/v1/invitations', bob.token)).body.items[0];
    expect(invitation).toMatchObject({ project_name: 'Household', role: 'editor', invited_by: { name: 'Ada Model' } });
    expect((await t.api.post(`/api/v1/invitations/${invitation.id}/accept`, {}, bob.token)).status).toBe(200);

    const second = await t.api.post('/api/v1/chat', { message: 'add milk to Household, oat milk under it, give it to Bob' }, ada.token);
    expect(second.status).toBe(200);
    expect(second.body.tool_calls.map((call: { name: string; ok: boolean }) => [call.name, call.ok])).toEqual([
      ['add_task', true],
      ['add_subtask', true],
      ['assign_task', true],
      ['move_task', true],
      ['list_projects', true],
    ]);
    const household = ((await t.api.get('/api/v1/projects', ada.token)).body.items as Project[]).find((p) => p.name === 'Household');
    const inBob = (await t.api.get(`/api/v1/tasks?project=${household?.id}`, bob.token)).body.items as Task[];
    // The subtask moved to Ada's Inbox: Bob sees the parent, assigned to him, and not the subtask.
    expect(inBob.map((task) => [task.title, task.assignee_id, task.subtask_count])).toEqual([['buy milk', bob.userId, 0]]);
    const [oat] = (await t.api.get('/api/v1/tasks?search=oat', ada.token)).body.items as Task[];
    expect(oat?.parent_id).toBeNull();
    expect(oat?.project_id).not.toBe(household?.id);
    expect((await t.api.get(`/api/v1/tasks/${oat?.id}`, bob.token)).status).toBe(404);
  });
});

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FUTURE_YEAR, signUp, startScriptedChatModel, toolCallMessage } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app.ts';

function startApp(baseUrl: string, timeoutMs?: number) {
  return startTestApp({
    kind: 'embedded',
    postgresUrl: '',
    chatModel: { apiKey: 'test-key', baseUrl, model: 'scripted-model', ...(timeoutMs ? { timeoutMs } : {}) },
  });
}

describe('chat with a model (scripted OpenAI-compatible peer)', () => {
  let peer: Awaited<ReturnType<typeof startScriptedChatModel>>;
  let t: Awaited<ReturnType<typeof startApp>>;
  let token: string;

  beforeAll(async () => {
    peer = await startScriptedChatModel([
      () => toolCallMessage('call_1', 'add_task', { title: 'Buy milk', due_date: `${FUTURE_YEAR}-01-20T17:00:00Z`, priority: 'high' }),
      (request) => {
        const result = JSON.parse(request.messages.at(-1)?.content ?? '{}');
        return toolCallMessage('call_2', 'add_tag', { task_id: result.result?.id ?? result.id, tag: 'home' });
      },
      () => toolCallMessage('call_3', 'set_priority', { task_id: 424242, priority: 'low' }),
      () => ({ role: 'assistant', content: `Added "Buy milk" (high priority, due 20 Jan ${FUTURE_YEAR}) and tagged it home.` }),
    ]);
    t = await startApp(peer.url);
    token = (await signUp(t.api, 'Modeler')).token;
  });
  afterAll(async () => {
    await t?.stop();
    await peer?.close();
  });

  it('runs the tools the model calls, sends the tool results back, and persists the conversation', async () => {
    const res = await t.api.post('/api/v1/chat', { message: 'add buy milk for monday 5pm, high priority, tag it home' }, token);
    expect(res.status).toBe(200);
    expect(res.body.reply).toBe(`Added "Buy milk" (high priority, due 20 Jan ${FUTURE_YEAR}) and tagged it home.`);
    expect(res.body.tool_calls.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([
      ['add_task', true],
      ['add_tag', true],
      ['set_priority', false],
    ]);
    expect(res.body.tool_calls[2].error).toBe('There is no task #424242.');

    const tasks = await t.api.get('/api/v1/tasks', token);
    expect(tasks.body.items).toMatchObject([
      { title: 'Buy milk', priority: 'high', tags: ['home'], due_date: `${FUTURE_YEAR}-01-20T17:00:00.000Z` },
    ]);

    // The peer saw every tool with its JSON Schema, the user's words, and the tool results (errors included).
    const first = peer.requests[0];
    expect(first?.model).toBe('scripted-model');
    expect(first?.tools?.map((tool) => tool.function.name)).toContain('create_recurring_task');
    expect(first?.tools?.find((tool) => tool.function.name === 'set_priority')?.function.parameters.properties.priority?.enum).toEqual([
      'high',
      'medium',
      'low',
    ]);
    expect(first?.messages.at(-1)).toMatchObject({ role: 'user', content: 'add buy milk for monday 5pm, high priority, tag it home' });
    expect(peer.requests[3]?.messages.at(-1)?.content).toContain('There is no task #424242.');

    const conversation = await t.api.get(`/api/v1/conversations/${res.body.conversation_id}`, token);
    expect(conversation.body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
    expect(conversation.body.messages[1].tool_calls).toHaveLength(3);

    // A follow-up in the same conversation sends the history along.
    const before = peer.requests.length;
    await t.api.post('/api/v1/chat', { message: 'thanks', conversation_id: res.body.conversation_id }, token);
    expect(peer.requests[before]?.messages.filter((m) => m.role === 'user').map((m) => m.content)).toEqual([
      'add buy milk for monday 5pm, high priority, tag it home',
      'thanks',
    ]);
  });
});

// Each test starts its own embedded app and its server: seconds each on a machine busy with other test projects.
describe('chat with a model that misbehaves', { timeout: 120_000 }, () => {
  it('stops a model that never stops calling tools after a bounded number of steps', async () => {
    let n = 0;
    const peer = await startScriptedChatModel([() => toolCallMessage(`call_${++n}`, 'list_tasks', {})]);
    const t = await startApp(peer.url);
    const { token } = await signUp(t.api, 'Loop');
    const res = await t.api.post('/api/v1/chat', { message: 'list forever' }, token);
    expect(res.status).toBe(200);
    expect(peer.requests.length).toBe(6);
    expect(res.body.tool_calls).toHaveLength(6);
    expect(res.body.reply).toBe('Done: list_tasks, list_tasks, list_tasks, list_tasks, list_tasks, list_tasks.');
    await t.stop();
    await peer.close();
  });

  it('replies clearly when the model cannot be reached', async () => {
    const peer = await startScriptedChatModel([]);
    await peer.close();
    const t = await startApp(peer.url);
    const { token } = await signUp(t.api, 'Offline');
    const res = await t.api.post('/api/v1/chat', { message: 'add buy milk' }, token);
    expect(res.status).toBe(200);
    expect(res.body.reply).toMatch(/^The chat model could not be reached or did not answer in time.*Nothing was changed\./);
    expect(res.body.tool_calls).toEqual([]);
    await t.stop();
  });

  it('gives up on a model that does not answer within the timeout', async () => {
    const hanging = createServer(() => {
      // never answers
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const { port } = hanging.address() as AddressInfo;
    const t = await startApp(`http://127.0.0.1:${port}/v1`, 500);
    const { token } = await signUp(t.api, 'Slow');
    const started = Date.now();
    const res = await t.api.post('/api/v1/chat', { message: 'add buy milk' }, token);
    // Half the default timeout (60 s) and sixty times the configured one: tells the two apart on a busy machine too.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(res.body.reply).toMatch(/did not answer in time/);
    await t.stop();
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  });
});

import { signUp, startScriptedChatModel, toolCallMessage } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app.ts';

describe('quick_add through a model (scripted OpenAI-compatible peer)', () => {
  let peer: Awaited<ReturnType<typeof startScriptedChatModel>>;
  let t: Awaited<ReturnType<typeof startTestApp>>;
  let token: string;

  beforeAll(async () => {
    peer = await startScriptedChatModel([
      () => toolCallMessage('call_1', 'quick_add', { text: 'water the ferns every sunday evening p2 @garden remind me 1h before' }),
      () => ({ role: 'assistant', content: 'Added "water the ferns", every Sunday evening.' }),
    ]);
    t = await startTestApp({
      kind: 'embedded',
      postgresUrl: '',
      chatModel: { apiKey: 'test-key', baseUrl: peer.url, model: 'scripted-model' },
    });
    token = (await signUp(t.api, 'Modeler')).token;
  });
  afterAll(async () => {
    await t?.stop();
    await peer?.close();
  });

  it('offers the model quick_add with its schema, and runs it through the same parser as the web app', async () => {
    const res = await t.api.post('/api/v1/chat', { message: 'water the ferns every sunday evening' }, token);
    expect(res.status).toBe(200);
    expect(res.body.tool_calls.map((call: { name: string; ok: boolean }) => [call.name, call.ok])).toEqual([['quick_add', true]]);

    const quickAdd = peer.requests[0]?.tools?.find((tool) => tool.function.name === 'quick_add');
    expect(quickAdd?.function.parameters.required).toEqual(['text']);

    const [task] = (await t.api.get('/api/v1/tasks', token)).body.items;
    expect(task).toMatchObject({
      title: 'water the ferns',
      priority: 'medium',
      tags: ['garden'],
      recurring: 'FREQ=WEEKLY;BYDAY=SU',
      remind_before: '1h',
    });
    // The tool result the model reads back names what was recognised.
    expect(JSON.parse(peer.requests[1]?.messages.at(-1)?.content ?? '{}').summary).toContain('"@garden" as tag');
  });
});

import type { Logger } from '@doable/platform';
import { startScriptedChatModel, toolCallMessage } from '@doable/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { TASK_TOOLS, type ToolContext, ToolError } from '../assistant/task-tools/index.ts';
import { createModelAgent, INTERNAL_TOOL_ERROR, UNDO_TOOL } from './model-agent.ts';

/** Asks for list_tasks once, then answers. */
const startPeer = () =>
  startScriptedChatModel([
    () => toolCallMessage('call_1', 'list_tasks', {}),
    () => ({ role: 'assistant', content: 'Sorry, that failed.' }),
  ]);

function fakeLogger() {
  const errors: unknown[][] = [];
  const logger = { error: (...args: unknown[]) => errors.push(args), warn: () => {}, info: () => {}, debug: () => {} };
  return { logger: logger as unknown as Logger, errors };
}

/** A context whose task and project services throw `error` from every method. */
function failingContext(error: Error): ToolContext {
  const tasks = new Proxy(
    {},
    {
      get: () => () => {
        throw error;
      },
    },
  );
  return {
    userId: 'u1',
    tasks: tasks as ToolContext['tasks'],
    projects: tasks as ToolContext['projects'],
    timeZone: 'UTC',
    now: new Date('2026-01-20T12:00:00Z'),
  };
}

describe('model agent tool errors', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('keeps internal error details from the model and logs them', async () => {
    const peer = await startPeer();
    close = peer.close;
    const { logger, errors } = fakeLogger();
    const agent = createModelAgent({ apiKey: 'k', baseUrl: peer.url, model: 'm', logger });
    const turn = await agent.respond(failingContext(new Error('relation "tasks" does not exist: password=hunter2')), 'list my tasks', []);
    expect(turn.tool_calls).toEqual([{ name: 'list_tasks', arguments: {}, ok: false, error: INTERNAL_TOOL_ERROR }]);
    const sent = JSON.stringify(peer.requests[1]?.messages);
    expect(sent).toContain(INTERNAL_TOOL_ERROR);
    expect(sent).not.toContain('hunter2');
    expect(errors).toEqual([
      [{ err: expect.objectContaining({ message: expect.stringContaining('hunter2') }), tool: 'list_tasks' }, expect.any(String)],
    ]);
  });

  it('passes a ToolError message to the model', async () => {
    const peer = await startPeer();
    close = peer.close;
    const { logger, errors } = fakeLogger();
    const agent = createModelAgent({ apiKey: 'k', baseUrl: peer.url, model: 'm', logger });
    const turn = await agent.respond(failingContext(new ToolError('No task 7.')), 'list my tasks', []);
    expect(turn.tool_calls).toEqual([{ name: 'list_tasks', arguments: {}, ok: false, error: 'No task 7.' }]);
    expect(JSON.stringify(peer.requests[1]?.messages)).toContain('No task 7.');
    expect(errors).toHaveLength(0);
  });
});

describe('model agent context', () => {
  it('sends only the newest earlier messages, within a message and a character budget', async () => {
    const peer = await startScriptedChatModel([() => ({ role: 'assistant', content: 'Nothing to do.' })]);
    try {
      const { logger } = fakeLogger();
      const agent = createModelAgent({ apiKey: 'k', baseUrl: peer.url, model: 'm', logger, historyLimit: 20, historyCharLimit: 10_000 });
      const history = Array.from({ length: 60 }, (_, n) => ({
        role: n % 2 === 0 ? ('user' as const) : ('assistant' as const),
        content: `${n}:${'x'.repeat(2_000)}`,
        created_at: '2031-01-01T10:00:00.000Z',
      }));
      await agent.respond(failingContext(new Error('unused')), 'hello', history);
      const sent = (peer.requests[0]?.messages ?? []).filter((m) => m.role !== 'system');
      expect(sent.at(-1)).toMatchObject({ role: 'user', content: 'hello' });
      const earlier = sent.slice(0, -1).map((m) => String(m.content));
      expect(earlier).toHaveLength(4);
      expect(earlier.map((content) => content.split(':')[0])).toEqual(['56', '57', '58', '59']);

      await agent.respond(
        failingContext(new Error('unused')),
        'again',
        history.slice(0, 6).map((m) => ({ ...m, content: m.content.slice(0, 10) })),
      );
      expect((peer.requests[1]?.messages ?? []).filter((m) => m.role !== 'system')).toHaveLength(7);
    } finally {
      await peer.close();
    }
  });
});

describe('model agent tools', () => {
  it('offers the model every shared tool, quick add and the project tools among them, and the chat undo', async () => {
    const peer = await startScriptedChatModel([() => ({ role: 'assistant', content: 'Nothing to do.' })]);
    try {
      const { logger } = fakeLogger();
      const agent = createModelAgent({ apiKey: 'k', baseUrl: peer.url, model: 'm', logger });
      const turn = await agent.respond(failingContext(new Error('unused')), 'hello', []);
      const offered = (peer.requests[0]?.tools ?? []).map((offer) => offer.function.name);
      expect(offered).toEqual([...TASK_TOOLS.map((definition) => definition.name), UNDO_TOOL]);
      for (const name of ['quick_add', 'list_projects', 'create_project', 'share_project', 'assign_task', 'move_task', 'add_subtask'])
        expect(offered).toContain(name);
      expect(turn.state).toEqual({});
    } finally {
      await peer.close();
    }
  });

  it('answers an undo with nothing to take back as an error to the model, changing nothing', async () => {
    const peer = await startScriptedChatModel([
      () => toolCallMessage('call_1', UNDO_TOOL, {}),
      () => ({ role: 'assistant', content: 'Nothing to undo.' }),
    ]);
    try {
      const { logger } = fakeLogger();
      const agent = createModelAgent({ apiKey: 'k', baseUrl: peer.url, model: 'm', logger });
      const turn = await agent.respond(failingContext(new Error('no service call expected')), 'undo', []);
      expect(turn.tool_calls).toEqual([
        { name: UNDO_TOOL, arguments: {}, ok: false, error: 'There is nothing to undo in this conversation yet.' },
      ]);
      expect(JSON.stringify(peer.requests[1]?.messages)).toContain('nothing to undo');
    } finally {
      await peer.close();
    }
  });
});

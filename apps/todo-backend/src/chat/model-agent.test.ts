import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@doable/platform';
import { afterEach, describe, expect, it } from 'vitest';
import { type ToolContext, ToolError } from '../assistant/task-tools.ts';
import { createModelAgent, INTERNAL_TOOL_ERROR } from './model-agent.ts';

type Message = { role: string; content?: string | null; tool_call_id?: string };

/** A local OpenAI-compatible peer: asks for list_tasks once, then answers; keeps every request. */
async function startPeer() {
  const requests: { messages: Message[] }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const request = JSON.parse(body) as { model: string; messages: Message[] };
      requests.push(request);
      const message =
        requests.length === 1
          ? {
              role: 'assistant',
              content: null,
              tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'list_tasks', arguments: '{}' } }],
            }
          : { role: 'assistant', content: 'Sorry, that failed.' };
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.model,
          choices: [{ index: 0, message, finish_reason: requests.length === 1 ? 'tool_calls' : 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise<void>((done) => server.close(() => done())) };
}

function fakeLogger() {
  const errors: unknown[][] = [];
  const logger = { error: (...args: unknown[]) => errors.push(args), warn: () => {}, info: () => {}, debug: () => {} };
  return { logger: logger as unknown as Logger, errors };
}

/** A context whose task service throws `error` from every method. */
function failingContext(error: Error): ToolContext {
  const tasks = new Proxy(
    {},
    {
      get: () => () => {
        throw error;
      },
    },
  );
  return { userId: 'u1', tasks: tasks as ToolContext['tasks'], timeZone: 'UTC', now: new Date('2026-01-20T12:00:00Z') };
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

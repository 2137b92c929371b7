import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ChatMessage = {
  role: string;
  content?: string | null;
  tool_calls?: { id: string; type?: string; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
};

export type ChatCompletionRequest = {
  model: string;
  messages: ChatMessage[];
  tools?: { type: string; function: { name: string; description: string; parameters: ToolParameters } }[];
};

/** A tool's JSON Schema as the chat-completions protocol carries it (what tests look into). */
export type ToolParameters = {
  type: string;
  properties: { [name: string]: { type?: string; enum?: unknown[]; description?: string } };
  required?: string[];
};

/** An assistant message asking for one tool call, as the chat-completions protocol writes it. */
export const toolCallMessage = (id: string, name: string, args: object): ChatMessage => ({
  role: 'assistant',
  content: null,
  tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }],
});

/**
 * A local peer speaking the OpenAI chat-completions protocol (what a hosted model would): the n-th request gets
 * `script[n]` computed from it (the last step repeats); every request is kept for assertions.
 */
export function startScriptedChatModel(script: ((request: ChatCompletionRequest) => ChatMessage)[]) {
  const requests: ChatCompletionRequest[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const request = JSON.parse(body) as ChatCompletionRequest;
      requests.push(request);
      const step = script[Math.min(requests.length - 1, script.length - 1)];
      const message = step ? step(request) : { role: 'assistant', content: 'done' };
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          id: `chatcmpl-${requests.length}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: request.model,
          choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
          usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
        }),
      );
    });
  });
  return new Promise<{ url: string; requests: ChatCompletionRequest[]; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

import { UnauthorizedError } from '@doable/platform';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ToolContext } from '../assistant/task-tools/index.ts';
import type { Auth } from '../auth/auth.ts';
import { findPrincipal } from '../http/authenticate.ts';
import { refuseForeignMcpHost } from './mcp-host-check.ts';
import {
  countToolCalls,
  DEFAULT_MAX_BATCH,
  DEFAULT_TOOL_CALLS_PER_MINUTE,
  type McpLimits,
  messagesOf,
  ToolCallsRateLimitedError,
} from './mcp-request-limits.ts';
import { createMcpServer } from './mcp-server.ts';
import { ToolCallLimiter } from './tool-call-limiter.ts';

const headerOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Streamable HTTP at `/mcp`, stateless: every POST is authenticated like the REST API (bearer token or API key;
 * an unknown, expired or revoked key is a 401 before any message is read) and served by a fresh server bound to
 * that user and the key's scope. Each user has a budget of tool calls a minute (429 with Retry-After past it),
 * counted per message, so a batch costs what its calls cost. There are no sessions, so GET (a server stream) and
 * DELETE answer 405. A request whose `Host` or `Origin` names another server is a 403 before anything else
 * (DNS-rebinding protection, see `refuseForeignMcpHost`).
 */
export function registerMcpRoutes(
  app: FastifyInstance,
  deps: { auth: Auth; context: (userId: string) => Promise<ToolContext>; limits?: McpLimits },
): void {
  const perMinute = deps.limits?.toolCallsPerMinute ?? DEFAULT_TOOL_CALLS_PER_MINUTE;
  const limiter = new ToolCallLimiter({ perMinute, ...(deps.limits?.clock ? { clock: deps.limits.clock } : {}) });
  // A batch bigger than the whole minute's budget could never be served: refuse it as too large instead.
  const maxBatch = Math.min(deps.limits?.maxBatch ?? DEFAULT_MAX_BATCH, perMinute);

  const onRequest = async (request: FastifyRequest) => refuseForeignMcpHost(deps.auth, request);

  app.post('/mcp', { schema: { hide: true }, onRequest }, async (request, reply) => {
    const principal = await findPrincipal(deps.auth, request.headers);
    if (!principal) {
      reply.header('www-authenticate', 'Bearer realm="doable"');
      throw new UnauthorizedError();
    }
    const messages = messagesOf(request.body, headerOf(request.headers['mcp-protocol-version']), maxBatch);
    const calls = countToolCalls(messages);
    if (calls > 0) {
      const decision = limiter.take(principal.userId, calls);
      if (!decision.allowed) throw new ToolCallsRateLimitedError(perMinute, decision.retryAfterSeconds);
    }
    const { userId, scope } = principal;
    const server = createMcpServer(async () => ({ ...(await deps.context(userId)), scope }));
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    reply.raw.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    reply.hijack();
    await transport.handleRequest(request.raw, reply.raw, request.body);
  });

  const notAllowed = async (_request: unknown, reply: FastifyReply) =>
    reply
      .code(405)
      .header('allow', 'POST')
      .send({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this server is stateless; use POST.' }, id: null });
  app.get('/mcp', { schema: { hide: true }, onRequest }, notAllowed);
  app.delete('/mcp', { schema: { hide: true }, onRequest }, notAllowed);
}

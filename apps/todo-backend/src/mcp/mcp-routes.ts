import { UnauthorizedError } from '@doable/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ToolContext } from '../assistant/task-tools/index.ts';
import { InvalidAccessTokenError, OAuthInsufficientScopeError } from '../oauth/oauth-errors.ts';
import { stepUpScopes } from '../oauth/oauth-scopes.ts';
import { bearerChallenge } from '../oauth/protected-resource.ts';
import { authenticateMcpCaller, hasCredentials, type McpAuthDeps, refuseWritesWithoutWriteScope } from './mcp-caller.ts';
import { refuseForeignMcpHost } from './mcp-host-check.ts';
import {
  countToolCalls,
  DEFAULT_MAX_BATCH,
  DEFAULT_TOOL_CALLS_PER_MINUTE,
  type McpLimits,
  messagesOf,
  ToolCallsRateLimitedError,
} from './mcp-request-limits.ts';
import { ToolCallLimiter } from './tool-call-limiter.ts';

const headerOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Streamable HTTP at `/mcp`, stateless: every POST is authenticated (an OAuth access token bound to `/mcp`, a
 * session or an API key; anything unknown, expired or revoked is an HTTP 401 with a `WWW-Authenticate` challenge
 * pointing at the protected resource metadata, before any message is read) and served by a fresh server bound to
 * that user and the credential's scope. Each user has a budget of tool calls a minute (429 with Retry-After past it),
 * counted per message, so a batch costs what its calls cost. There are no sessions, so GET (a server stream) and
 * DELETE answer 405. A request whose `Host` or `Origin` names another server is a 403 before anything else
 * (DNS-rebinding protection, see `refuseForeignMcpHost`).
 */
export function registerMcpRoutes(
  app: FastifyInstance,
  deps: McpAuthDeps & { context: (userId: string) => Promise<ToolContext>; limits?: McpLimits },
): void {
  const perMinute = deps.limits?.toolCallsPerMinute ?? DEFAULT_TOOL_CALLS_PER_MINUTE;
  const limiter = new ToolCallLimiter({ perMinute, ...(deps.limits?.clock ? { clock: deps.limits.clock } : {}) });
  // A batch bigger than the whole minute's budget could never be served: refuse it as too large instead.
  const maxBatch = Math.min(deps.limits?.maxBatch ?? DEFAULT_MAX_BATCH, perMinute);

  const onRequest = async (request: FastifyRequest) => refuseForeignMcpHost(deps.auth, request);

  app.post('/mcp', { schema: { hide: true }, onRequest }, async (request, reply) => {
    const principal = await withChallenge(reply, hasCredentials(request.headers), () => authenticateMcpCaller(deps, request.headers));
    const messages = messagesOf(request.body, headerOf(request.headers['mcp-protocol-version']), maxBatch);
    await withChallenge(reply, true, async () => refuseWritesWithoutWriteScope(principal, messages));
    const calls = countToolCalls(messages);
    if (calls > 0) {
      const decision = limiter.take(principal.userId, calls);
      if (!decision.allowed) throw new ToolCallsRateLimitedError(perMinute, decision.retryAfterSeconds);
    }
    const { userId, scope } = principal;
    // The MCP server and its SDK are loaded by the first request, not at start: a process that never serves MCP
    // does not pay their memory and load time (docs/benchmarks.md, embedded mode).
    const [{ createMcpServer }, { StreamableHTTPServerTransport }] = await Promise.all([
      import('./mcp-server.ts'),
      import('@modelcontextprotocol/sdk/server/streamableHttp.js'),
    ]);
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

  /** Refusals of a credential carry the RFC 6750 / RFC 9728 challenge that tells an MCP client what to do next. */
  async function withChallenge<T>(reply: FastifyReply, credentialsGiven: boolean, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof OAuthInsufficientScopeError) {
        const scope = stepUpScopes(error.requiredScope).join(' ');
        reply.header('www-authenticate', bearerChallenge(deps.baseUrl, { error: 'insufficient_scope', scope }));
      } else if (error instanceof InvalidAccessTokenError || (error instanceof UnauthorizedError && credentialsGiven)) {
        reply.header('www-authenticate', bearerChallenge(deps.baseUrl, { error: 'invalid_token' }));
      } else if (error instanceof UnauthorizedError) {
        reply.header('www-authenticate', bearerChallenge(deps.baseUrl));
      }
      throw error;
    }
  }

  const notAllowed = async (_request: unknown, reply: FastifyReply) =>
    reply
      .code(405)
      .header('allow', 'POST')
      .send({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this server is stateless; use POST.' }, id: null });
  app.get('/mcp', { schema: { hide: true }, onRequest }, notAllowed);
  app.delete('/mcp', { schema: { hide: true }, onRequest }, notAllowed);
}

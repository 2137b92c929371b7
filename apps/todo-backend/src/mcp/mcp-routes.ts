import { UnauthorizedError } from '@doable/platform';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { FastifyInstance } from 'fastify';
import type { ToolContext } from '../assistant/task-tools.ts';
import type { Auth } from '../auth/auth.ts';
import { findPrincipal } from '../http/authenticate.ts';
import { createMcpServer } from './mcp-server.ts';

/**
 * Streamable HTTP at `/mcp`, stateless: every POST is authenticated like the REST API (bearer token or API key;
 * an unknown, expired or revoked key is a 401 before any message is read) and served by a fresh server bound to
 * that user and the key's scope. There are no sessions, so GET (a server stream) and DELETE answer 405.
 */
export function registerMcpRoutes(app: FastifyInstance, deps: { auth: Auth; context: (userId: string) => Promise<ToolContext> }): void {
  app.post('/mcp', { schema: { hide: true } }, async (request, reply) => {
    const principal = await findPrincipal(deps.auth, request.headers);
    if (!principal) {
      reply.header('www-authenticate', 'Bearer realm="doable"');
      throw new UnauthorizedError();
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

  const notAllowed = async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply
      .code(405)
      .header('allow', 'POST')
      .send({ jsonrpc: '2.0', error: { code: -32000, message: 'Method not allowed: this server is stateless; use POST.' }, id: null });
  app.get('/mcp', { schema: { hide: true } }, notAllowed);
  app.delete('/mcp', { schema: { hide: true } }, notAllowed);
}

import { UnauthorizedError } from '@doable/platform';
import type { FastifyRequest } from 'fastify';
import type { ApiKeyScope } from '../api-keys/api-key-scope.ts';
import type { Auth } from '../auth/auth.ts';
import type { Executor } from '../database/executor.ts';
import { findPrincipal } from '../http/authenticate.ts';
import { findOAuthGrant, isOAuthAccessToken } from '../oauth/oauth-access-token.ts';
import { InvalidAccessTokenError, OAuthInsufficientScopeError } from '../oauth/oauth-errors.ts';
import { TASKS_READ, TASKS_WRITE, taskScopeOf } from '../oauth/oauth-scopes.ts';
import { mcpResourceOf } from '../oauth/oauth-server.ts';

/** Who calls `/mcp`: a signed-in session, an API key, or an assistant holding an OAuth access token. */
export interface McpCaller {
  userId: string;
  scope: ApiKeyScope;
  via: 'session' | 'api-key' | 'oauth';
}

export interface McpAuthDeps {
  auth: Auth;
  /** The backend schema, where the OAuth provider keeps its tokens. */
  db: Executor;
  baseUrl: string;
  clock: () => Date;
}

const bearerIn = (headers: FastifyRequest['headers']) => /^bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];

/** Whether the request carried a credential at all (then a 401 says `invalid_token`, else only where to get one). */
export const hasCredentials = (headers: FastifyRequest['headers']) =>
  headers.authorization !== undefined || headers['x-api-key'] !== undefined;

/**
 * The caller of an `/mcp` request. An OAuth access token must be live and bound to this `/mcp` (else 401
 * `invalid_token`, so the client authorizes again) and carry a tasks scope (else 403 `insufficient_scope`). Other
 * credentials are a session or an API key, as on the REST API; any credential that is not valid is a 401.
 */
export async function authenticateMcpCaller(deps: McpAuthDeps, headers: FastifyRequest['headers']): Promise<McpCaller> {
  const bearer = bearerIn(headers);
  if (bearer !== undefined && isOAuthAccessToken(bearer)) {
    const grant = await findOAuthGrant(deps.db, bearer, { resource: mcpResourceOf(deps.baseUrl), now: deps.clock() });
    if (!grant) throw new InvalidAccessTokenError();
    const scope = taskScopeOf(grant.scopes);
    if (!scope) throw new OAuthInsufficientScopeError(TASKS_READ, 'every tool');
    return { userId: grant.userId, scope, via: 'oauth' };
  }
  const principal = await findPrincipal(deps.auth, headers);
  if (principal) return principal;
  throw new UnauthorizedError();
}

/** Why a read API key may not run tool `name`, and what would. */
export const readKeyRefusal = (name: string) =>
  `This API key has the "read" scope, which cannot run ${name} (it changes tasks). Use a key with the "write" scope to make changes.`;

/**
 * A read-only credential (an OAuth token without `tasks:write`, or a read API key) may list and run the read-only
 * tools; a call to any other tool is refused before it runs with HTTP 403 and a `WWW-Authenticate` challenge
 * `error="insufficient_scope"` naming `tasks:write` (with `stepUpScopes`), as the MCP authorization specification
 * asks (2025-11-25, Error Handling, "Scope Challenge Handling: Runtime Insufficient Scope Errors"). Over stdio, which
 * has no HTTP status, the MCP server answers such a call with a tool error instead.
 */
export async function refuseWritesWithoutWriteScope(caller: McpCaller, messages: unknown[]): Promise<void> {
  if (caller.scope === 'write') return;
  for (const message of messages) {
    const { method, params } = (message ?? {}) as { method?: unknown; params?: { name?: unknown } };
    if (method !== 'tools/call' || typeof params?.name !== 'string') continue;
    const name = params.name;
    // The tools load with the first call that needs them, not at start (docs/benchmarks.md, embedded mode).
    const { findTool } = await import('../assistant/task-tools/tool-list.ts');
    const tool = findTool(name);
    if (!tool || tool.effect === 'read') continue;
    throw caller.via === 'oauth'
      ? new OAuthInsufficientScopeError(TASKS_WRITE, name)
      : new OAuthInsufficientScopeError(TASKS_WRITE, name, readKeyRefusal(name));
  }
}

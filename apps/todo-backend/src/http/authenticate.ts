import { isDependencyUnavailable, RateLimitedError, UnauthorizedError } from '@doable/platform';
import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiKeyIn } from '../api-keys/api-key-credentials.ts';
import { InsufficientScopeError } from '../api-keys/api-key-errors.ts';
import { type ApiKeyScope, scopeOf } from '../api-keys/api-key-scope.ts';
import type { Auth } from '../auth/auth.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user; set by `authenticate`, never from a header the client controls. */
    userId: string;
  }
}

/** Who is calling and what they may do: a signed-in session may do everything, an API key what its scope allows. */
export interface Principal {
  userId: string;
  scope: ApiKeyScope;
  via: 'session' | 'api-key';
}

async function sessionFor(auth: Auth, headers: Headers) {
  try {
    return await auth.api.getSession({ headers });
  } catch (error) {
    // The database is unreachable: that is not "signed out" but "try again soon" (503), whoever the caller is.
    if (isDependencyUnavailable(error)) throw error;
    // better-auth throws for a malformed, expired or revoked API key: to the caller that is simply not signed in.
    if (isAPIError(error) && error.statusCode === 429) throw new RateLimitedError(retryAfterSecondsOf(error.body));
    if (isAPIError(error)) return null;
    throw error;
  }
}

function parsePermissions(stored: unknown): Record<string, string[]> | null {
  if (typeof stored !== 'string') return (stored as Record<string, string[]> | null) ?? null;
  try {
    return JSON.parse(stored);
  } catch {
    return {};
  }
}

/** The user and scope of an API key, or undefined when the key is unknown, disabled, expired or revoked. */
export async function findApiKeyPrincipal(auth: Auth, key: string): Promise<Principal | undefined> {
  const session = await sessionFor(auth, new Headers({ 'x-api-key': key }));
  if (!session) return undefined;
  // The api-key plugin names the key's id as the session id; its permissions hold the scope.
  const context = await auth.$context;
  const row = await context.adapter.findOne<{ permissions: unknown }>({
    model: 'apikey',
    where: [{ field: 'id', value: session.session.id }],
    select: ['permissions'],
  });
  if (!row) return undefined;
  return { userId: session.user.id, scope: scopeOf(parsePermissions(row.permissions)), via: 'api-key' };
}

/** Session from a bearer token or the session cookie; else an `x-api-key` header or an API key sent as a bearer token. */
export async function findPrincipal(auth: Auth, rawHeaders: FastifyRequest['headers']): Promise<Principal | undefined> {
  const headers = fromNodeHeaders(rawHeaders);
  const key = apiKeyIn(headers);
  if (key !== undefined) return findApiKeyPrincipal(auth, key);
  const session = await sessionFor(auth, headers);
  return session ? { userId: session.user.id, scope: 'write', via: 'session' } : undefined;
}

/** The signed-in user or the API key's owner, whatever the key's scope. */
export async function findUserId(auth: Auth, rawHeaders: FastifyRequest['headers']): Promise<string | undefined> {
  return (await findPrincipal(auth, rawHeaders))?.userId;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A POST that only reads (it takes a body too large or structured for a query string): a read-only key may call it. */
    changesNothing?: boolean;
  }
}

/**
 * Adds an onRequest hook to every route registered in `app`'s scope: 401 without a session or valid key, 403 for
 * a change made with a read-only key. It runs before the body is parsed, so neither stranger nor read-only key
 * learns anything from validation.
 */
export function requireUser(app: FastifyInstance, auth: Auth): void {
  app.decorateRequest('userId', '');
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const principal = await findPrincipal(auth, request.headers);
    if (!principal) throw new UnauthorizedError();
    if (principal.scope === 'read' && !READ_METHODS.has(request.method) && !request.routeOptions.config.changesNothing) {
      throw new InsufficientScopeError(principal.scope, `make changes (${request.method} ${request.url.split('?')[0]})`);
    }
    request.userId = principal.userId;
  });
}

/** The API key plugin says how long to wait in `details.tryAgainIn` (milliseconds); a minute when it does not. */
function retryAfterSecondsOf(body: unknown): number {
  const tryAgainIn = (body as { details?: { tryAgainIn?: unknown } } | undefined)?.details?.tryAgainIn;
  return typeof tryAgainIn === 'number' && tryAgainIn > 0 ? Math.ceil(tryAgainIn / 1000) : 60;
}

import { isDependencyUnavailable, RateLimitedError, UnauthorizedError } from '@doable/platform';
import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiKeyIn } from '../api-keys/api-key-credentials.ts';
import { InsufficientScopeError } from '../api-keys/api-key-errors.ts';
import { scopeOf } from '../api-keys/api-key-scope.ts';
import type { Auth } from '../auth/auth.ts';
import { credentialKeyOf, type Principal } from '../auth/principal-cache.ts';

export type { Principal } from '../auth/principal-cache.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user; set by `authenticate`, never from a header the client controls. */
    userId: string;
  }
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

/** A verified principal and when its session or key stops being valid (null: never). */
interface Verified {
  principal: Principal;
  expiresAt: Date | null;
}

async function verifyApiKey(auth: Auth, key: string): Promise<Verified | undefined> {
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
  return {
    principal: { userId: session.user.id, scope: scopeOf(parsePermissions(row.permissions)), via: 'api-key' },
    expiresAt: expiryOf(session.session.expiresAt),
  };
}

function expiryOf(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  // An expiry that cannot be read is treated as already passed: the principal is not kept.
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/**
 * The user and scope of an API key, or undefined when the key is unknown, disabled, expired or revoked. Always asks
 * the database (`doable mcp` calls it to notice a revoked key).
 */
export async function findApiKeyPrincipal(auth: Auth, key: string): Promise<Principal | undefined> {
  return (await verifyApiKey(auth, key))?.principal;
}

async function verifyPrincipal(auth: Auth, headers: Headers): Promise<Verified | undefined> {
  const key = apiKeyIn(headers);
  if (key !== undefined) return verifyApiKey(auth, key);
  const session = await sessionFor(auth, headers);
  return session
    ? { principal: { userId: session.user.id, scope: 'write', via: 'session' }, expiresAt: expiryOf(session.session.expiresAt) }
    : undefined;
}

/**
 * Session from a bearer token or the session cookie; else an `x-api-key` header or an API key sent as a bearer token.
 * A credential verified in the last few seconds is taken from `auth.principals` without asking the database (see
 * `PrincipalCache` for how long a revocation may take to reach another replica); failures are never kept.
 */
export async function findPrincipal(auth: Auth, rawHeaders: FastifyRequest['headers']): Promise<Principal | undefined> {
  const headers = fromNodeHeaders(rawHeaders);
  const cacheKey = credentialKeyOf(headers);
  // No bearer token, cookie or key: nobody, without asking better-auth.
  if (cacheKey === undefined) return undefined;
  const cached = auth.principals.get(cacheKey);
  if (cached) return cached;
  const generation = auth.principals.begin();
  const verified = await verifyPrincipal(auth, headers);
  if (!verified) return undefined;
  auth.principals.set(cacheKey, verified.principal, generation, verified.expiresAt);
  return verified.principal;
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

import { RateLimitedError, UnauthorizedError } from '@doable/platform';
import { isAPIError } from 'better-auth/api';
import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_KEY_PREFIX, type Auth } from '../auth/auth.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The authenticated user; set by `authenticate`, never from a header the client controls. */
    userId: string;
  }
}

/** Session from a bearer token, the session cookie, an `x-api-key` header, or an API key sent as a bearer token. */
export async function findUserId(auth: Auth, rawHeaders: FastifyRequest['headers']): Promise<string | undefined> {
  const headers = fromNodeHeaders(rawHeaders);
  const authorization = headers.get('authorization');
  if (authorization?.startsWith(`Bearer ${API_KEY_PREFIX}`)) {
    headers.set('x-api-key', authorization.slice('Bearer '.length));
    headers.delete('authorization');
  }
  try {
    const session = await auth.api.getSession({ headers });
    return session?.user.id;
  } catch (error) {
    // better-auth throws for a malformed or revoked API key: to the caller that is simply not signed in.
    if (isAPIError(error) && error.statusCode === 429) throw new RateLimitedError();
    if (isAPIError(error)) return undefined;
    throw error;
  }
}

/** Adds a preHandler that refuses unauthenticated requests (401) to every route registered in `app`'s scope. */
export function requireUser(app: FastifyInstance, auth: Auth): void {
  app.decorateRequest('userId', '');
  app.addHook('preHandler', async (request: FastifyRequest, _reply: FastifyReply) => {
    const userId = await findUserId(auth, request.headers);
    if (!userId) throw new UnauthorizedError();
    request.userId = userId;
  });
}

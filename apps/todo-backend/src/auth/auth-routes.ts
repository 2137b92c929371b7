import type { FastifyInstance } from 'fastify';
import { refuseApiKeyOnAccountRoutes } from '../api-keys/api-key-credentials.ts';
import { findPrincipal } from '../http/authenticate.ts';
import type { Auth } from './auth.ts';
import { checkAuthInput } from './auth-input.ts';
import { sendAuthProblem } from './auth-problems.ts';
import { toAuthRequest } from './auth-request.ts';

/**
 * The OAuth endpoints answer errors as RFC 6749 §5.2 defines them (`{error, error_description}` in JSON), which
 * OAuth clients parse to decide what to do next (an `invalid_grant` on refresh means: authorize again). Those are
 * passed on as they are; every other auth error becomes problem details.
 */
function isOAuthProtocolError(url: string, response: Response): boolean {
  return url.startsWith('/api/auth/oauth2/') && (response.headers.get('content-type') ?? '').includes('application/json');
}

/** Mounts better-auth's handler at /api/auth/* (sign-up, sign-in, sign-out, sessions, API keys). */
export async function registerAuthRoutes(app: FastifyInstance, auth: Auth, options: { baseUrl: string }): Promise<void> {
  const baseUrl = new URL(options.baseUrl);
  await app.register(async (scope) => {
    // better-auth parses bodies itself: it gets the text as it came (serialising a parsed body again overflows the
    // stack on deeply nested JSON).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    scope.route({
      method: ['GET', 'POST'],
      url: '/api/auth/*',
      schema: { hide: true },
      async handler(request, reply) {
        refuseApiKeyOnAccountRoutes(request.headers);
        const body = typeof request.body === 'string' && request.body !== '' ? request.body : undefined;
        checkAuthInput({ url: request.url, body });
        // A change made with a session (sign-out, revoked sessions, a deleted key, a new password) ends what this
        // process remembers of the user's credentials at once; other replicas forget them within the cache's lifetime.
        const caller = request.method === 'POST' ? await findPrincipal(auth, request.headers) : undefined;
        const response = await auth.handler(toAuthRequest(request, baseUrl, body));
        if (caller && response.status < 400) auth.principals.forgetUser(caller.userId);
        if (response.status >= 400 && !isOAuthProtocolError(request.url, response)) return sendAuthProblem(reply, request, response);
        reply.status(response.status);
        for (const [key, value] of response.headers) {
          if (key !== 'set-cookie') reply.header(key, value);
        }
        const cookies = response.headers.getSetCookie();
        if (cookies.length > 0) reply.header('set-cookie', cookies);
        return reply.send(response.body ? await response.text() : null);
      },
    });
  });
}

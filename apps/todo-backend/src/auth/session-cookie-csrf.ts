import { DomainError } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { Auth } from './auth.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export class CrossSiteRequestError extends DomainError {
  constructor(origin: string | undefined) {
    super(
      'cross_site_request',
      403,
      `${origin ? `Requests from ${origin}` : 'Requests without an Origin header'} may not use the session cookie to change anything. ` +
        'Open Doable at its public address (PUBLIC_URL), or call the API without cookies using `Authorization: Bearer <token>` or an API key.',
    );
  }
}

function cookieNames(header: string | undefined): string[] {
  return (header ?? '').split(';').map((pair) => pair.split('=')[0]?.trim() ?? '');
}

/**
 * CSRF protection for the session cookie. A browser attaches the cookie to requests any site makes, so an unsafe
 * request (POST, PATCH, PUT, DELETE) that carries it must come from a trusted origin, the same ones better-auth
 * trusts for sign-in; `/api/auth/*` is left to better-auth's own check. Requests that authenticate with a bearer
 * token or an API key and carry no session cookie are not affected: no other site can make a browser send those.
 */
export function refuseCrossSiteCookieRequests(app: FastifyInstance, auth: Auth): void {
  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method) || request.url.startsWith('/api/auth/')) return;
    const context = await auth.$context;
    if (!cookieNames(request.headers.cookie).includes(context.authCookies.sessionToken.name)) return;
    const origin = request.headers.origin;
    if (origin && origin !== 'null' && context.isTrustedOrigin(origin)) return;
    throw new CrossSiteRequestError(origin);
  });
}

import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangeOrigin } from '@doable/contracts';
import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { clientName } from './client-name.ts';

/**
 * Through what the current change is made, for the events it writes: set per request by the HTTP layer (and by the
 * MCP tool dispatcher), read where task and project events are built, so no service signature carries it.
 */
const storage = new AsyncLocalStorage<ChangeOrigin>();

export const currentChangeOrigin = (): ChangeOrigin | undefined => storage.getStore();

/** Runs `work` as a change made through `origin`; an inner origin (chat inside the REST API) wins. */
export const withChangeOrigin = <T>(origin: ChangeOrigin, work: () => T): T => storage.run(origin, work);

/**
 * A preHandler hook that runs the route's handler under the origin `originOf` names. preHandler, not onRequest:
 * reading the body leaves the request's async context, the handler is called straight from the last hook.
 */
export const changeOriginHook =
  (originOf: (request: FastifyRequest) => ChangeOrigin): preHandlerHookHandler =>
  (request, _reply, done) =>
    storage.run(originOf(request), done);

export function trackChangeOrigin(app: FastifyInstance, originOf: (request: FastifyRequest) => ChangeOrigin): void {
  app.addHook('preHandler', changeOriginHook(originOf));
}

/** The web app signs in with the session cookie only; a bearer token or an API key is another program. */
export function restOriginOf(request: FastifyRequest): ChangeOrigin {
  const { authorization, cookie } = request.headers;
  const programmatic = authorization !== undefined || request.headers['x-api-key'] !== undefined;
  return { channel: !programmatic && cookie ? 'web' : 'api' };
}

/** A CalDAV client, named from its User-Agent. */
export function caldavOriginOf(request: FastifyRequest): ChangeOrigin {
  const client = clientName(request.headers['user-agent']);
  return client ? { channel: 'caldav', client } : { channel: 'caldav' };
}

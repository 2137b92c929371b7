import { DomainError } from '@doable/platform';
import Fastify, { type FastifyInstance } from 'fastify';
import type { NotificationModule } from '../notification-module.ts';

/** Stands in for the host's authenticator (an input of the module): `Bearer user-a` is user `user-a`. */
async function bearerIsUserId(headers: Record<string, string | string[] | undefined>): Promise<string | undefined> {
  const match = /^Bearer (.+)$/.exec(String(headers.authorization ?? ''));
  return match?.[1];
}

/** A Fastify host for the module's routes, turning domain errors into statuses as the real hosts do. */
export async function createPushTestApp(module: NotificationModule): Promise<FastifyInstance> {
  const app = Fastify();
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof DomainError) return reply.code(error.status).send({ code: error.code, errors: error.errors });
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    return reply.code(status >= 400 && status < 500 ? status : 500).send({ code: status < 500 ? 'bad_request' : 'internal_error' });
  });
  module.registerRoutes(app, { authenticate: bearerIsUserId });
  await app.ready();
  return app;
}

export const as = (userId: string) => ({ authorization: `Bearer ${userId}` });

import { registerProblemDetails } from '@doable/platform';
import Fastify, { type FastifyInstance } from 'fastify';
import type { NotificationModule } from '../notification-module.ts';

/** Stands in for the host's authenticator (an input of the module): `Bearer user-a` is user `user-a`. */
async function bearerIsUserId(headers: Record<string, string | string[] | undefined>): Promise<string | undefined> {
  const match = /^Bearer (.+)$/.exec(String(headers.authorization ?? ''));
  return match?.[1];
}

/** A Fastify host for the module's routes, with the hosts' problem-details error handler. */
export async function createPushTestApp(module: NotificationModule): Promise<FastifyInstance> {
  const app = Fastify();
  registerProblemDetails(app);
  module.registerRoutes(app, { authenticate: bearerIsUserId });
  await app.ready();
  return app;
}

export const as = (userId: string) => ({ authorization: `Bearer ${userId}` });

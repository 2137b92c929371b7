import { registerProblemDetails } from '@doable/platform';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { NotificationModule } from '../notification-module.ts';

/** Stands in for the host's authenticator (an input of the module): `Bearer user-a` is user `user-a`. */
async function bearerIsUserId(headers: Record<string, string | string[] | undefined>): Promise<string | undefined> {
  const match = /^Bearer (.+)$/.exec(String(headers.authorization ?? ''));
  return match?.[1];
}

/** A Fastify host for the module's routes, set up as the hosts are: zod schemas, problem details. */
export async function createPushTestApp(module: NotificationModule): Promise<FastifyInstance> {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemDetails(app);
  module.registerRoutes(app, { authenticate: bearerIsUserId });
  await app.ready();
  return app;
}

export const as = (userId: string) => ({ authorization: `Bearer ${userId}` });

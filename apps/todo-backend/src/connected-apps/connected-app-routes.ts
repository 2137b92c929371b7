import { connectedAppListSchema, connectedAppParamsSchema } from '@doable/contracts';
import { NotFoundError, problemResponses } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { refuseApiKeyOnAccountRoutes } from '../api-keys/api-key-credentials.ts';
import type { Executor } from '../database/executor.ts';
import { connectedAppRepository } from './connected-app-repository.ts';

/** The assistants the user connected over OAuth, and revoking one (its tokens stop working at once). */
export function registerConnectedAppRoutes(parent: FastifyInstance, deps: { db: Executor }): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const { db } = deps;
  // Connecting and disconnecting apps is the account holder's, like managing API keys: never an API key's.
  const onRequest = async (request: { headers: Parameters<typeof refuseApiKeyOnAccountRoutes>[0] }) =>
    refuseApiKeyOnAccountRoutes(request.headers);

  app.get('/connected-apps', {
    onRequest,
    schema: {
      tags: ['me'],
      summary: 'Apps and assistants I allowed to use my tasks',
      response: { 200: connectedAppListSchema, ...problemResponses(401) },
    },
    handler: async (request) => ({ items: await connectedAppRepository.list(db, request.userId) }),
  });

  app.delete('/connected-apps/:id', {
    onRequest,
    schema: {
      tags: ['me'],
      summary: 'Disconnect an app: revoke its access and refresh tokens',
      params: connectedAppParamsSchema,
      response: { 204: z.null().describe('Disconnected.'), ...problemResponses(400, 401, 404) },
    },
    handler: async (request, reply) => {
      if (!(await connectedAppRepository.revoke(db, request.userId, request.params.id))) throw new NotFoundError('Connected app');
      return reply.code(204).send(null);
    },
  });
}

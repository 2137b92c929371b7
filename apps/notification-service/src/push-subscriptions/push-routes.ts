import { problemResponses, UnauthorizedError, type UserAuthenticator, ValidationError } from '@doable/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { DB as NotificationTables } from '../database/tables.generated.ts';
import { EndpointLookupError, type EndpointPolicy, EndpointRefusedError, permittedAddresses } from '../push-endpoints/push-endpoint.ts';
import {
  publicKeyResponseSchema,
  subscribeBodySchema,
  subscribedResponseSchema,
  subscriptionListSchema,
  unsubscribeBodySchema,
} from './push-subscription-body.ts';
import { endpointTakenResponse, PushEndpointLookupFailedError, PushEndpointTakenError } from './push-subscription-errors.ts';
import { subscriptionRepository } from './subscription-repository.ts';

const tags = ['push'];

/**
 * The web app's side of Web Push: the key to subscribe with, and the caller's own subscriptions. The host app
 * provides the zod schema compilers and the problem-details error handler.
 */
export function registerPushRoutes(
  app: FastifyInstance,
  deps: { db: Kysely<NotificationTables>; publicKey: string; authenticate: UserAuthenticator; endpoints: EndpointPolicy },
): void {
  const { db } = deps;
  const routes = app.withTypeProvider<ZodTypeProvider>();
  // Who is calling is settled before the body is validated, so an anonymous caller learns only that it must sign in.
  const callers = new WeakMap<FastifyRequest, string>();
  const preValidation = async (request: FastifyRequest) => {
    const userId = await deps.authenticate(request.headers);
    if (!userId) throw new UnauthorizedError();
    callers.set(request, userId);
  };
  const callerOf = (request: FastifyRequest): string => {
    const userId = callers.get(request);
    if (!userId) throw new UnauthorizedError();
    return userId;
  };

  // Public on purpose: the key is in every subscription anyway, and the browser needs it before anything else.
  routes.get('/api/v1/push/public-key', {
    schema: { tags, summary: 'The VAPID public key to subscribe with', security: [], response: { 200: publicKeyResponseSchema } },
    handler: async () => ({ public_key: deps.publicKey }),
  });

  routes.post('/api/v1/push/subscribe', {
    schema: {
      tags,
      summary: "Keep this browser's push subscription (another account's moves to the caller only with the browser's keys)",
      body: subscribeBodySchema({ allowLoopback: deps.endpoints.allowLoopback }),
      response: { 201: subscribedResponseSchema, ...problemResponses(400, 401, 503), ...endpointTakenResponse },
    },
    preValidation,
    handler: async (request, reply) => {
      const userId = callerOf(request);
      await checkReachable(request.body.endpoint, deps.endpoints);
      const userAgent = request.headers['user-agent']?.slice(0, 512) ?? null;
      const id = await subscriptionRepository.save(db, { userId, endpoint: request.body.endpoint, ...request.body.keys, userAgent });
      if (id === undefined) throw new PushEndpointTakenError();
      return reply.code(201).send({ id });
    },
  });

  // 204 whether or not the caller had that endpoint: unsubscribing is idempotent and says nothing about other users.
  routes.post('/api/v1/push/unsubscribe', {
    schema: {
      tags,
      summary: 'Forget a push subscription of the caller',
      body: unsubscribeBodySchema,
      response: { 204: z.null().describe('Forgotten (or never known).'), ...problemResponses(400, 401) },
    },
    preValidation,
    handler: async (request, reply) => {
      const userId = callerOf(request);
      await subscriptionRepository.remove(db, userId, request.body.endpoint);
      return reply.code(204).send(null);
    },
  });

  routes.get('/api/v1/push/subscriptions', {
    schema: { tags, summary: "The caller's push subscriptions", response: { 200: subscriptionListSchema, ...problemResponses(401) } },
    preValidation,
    handler: async (request) => {
      const userId = callerOf(request);
      const rows = await subscriptionRepository.listSummaries(db, userId);
      return {
        items: rows.map((row) => ({ id: row.id, endpoint_host: new URL(row.endpoint).host, created_at: row.created_at.toISOString() })),
      };
    },
  });
}

/** Refuses an endpoint whose host is, or resolves to, an address the service must not call (checked again at each send). */
async function checkReachable(endpoint: string, policy: EndpointPolicy): Promise<void> {
  try {
    await permittedAddresses(new URL(endpoint), policy);
  } catch (error) {
    if (error instanceof EndpointRefusedError) {
      throw new ValidationError('The push endpoint cannot be used.', [{ field: 'endpoint', message: error.message }]);
    }
    if (error instanceof EndpointLookupError) throw new PushEndpointLookupFailedError();
    throw error;
  }
}

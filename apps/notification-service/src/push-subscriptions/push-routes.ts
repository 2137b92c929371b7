import { UnauthorizedError, type UserAuthenticator } from '@doable/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { parseBody, subscribeBodySchema, unsubscribeBodySchema } from './push-subscription-body.ts';
import { subscriptionRepository } from './subscription-repository.ts';

/**
 * The web app's side of Web Push: the key to subscribe with, and the caller's own subscriptions. Bodies are checked
 * with zod here rather than by the host's schema compiler, so the routes behave the same in any Fastify host.
 */
export function registerPushRoutes(
  app: FastifyInstance,
  deps: { db: Kysely<any>; publicKey: string; authenticate: UserAuthenticator },
): void {
  const { db } = deps;
  const requireUser = async (request: FastifyRequest): Promise<string> => {
    const userId = await deps.authenticate(request.headers);
    if (!userId) throw new UnauthorizedError();
    return userId;
  };

  // Public on purpose: the key is in every subscription anyway, and the browser needs it before anything else.
  app.get('/api/v1/push/public-key', async () => ({ public_key: deps.publicKey }));

  app.post('/api/v1/push/subscribe', async (request, reply) => {
    const userId = await requireUser(request);
    const body = parseBody(subscribeBodySchema, request.body);
    const userAgent = request.headers['user-agent']?.slice(0, 512) ?? null;
    const id = await subscriptionRepository.save(db, { userId, endpoint: body.endpoint, ...body.keys, userAgent });
    return reply.code(201).send({ id });
  });

  // 204 whether or not the caller had that endpoint: unsubscribing is idempotent and says nothing about other users.
  app.post('/api/v1/push/unsubscribe', async (request, reply) => {
    const userId = await requireUser(request);
    const body = parseBody(unsubscribeBodySchema, request.body);
    await subscriptionRepository.remove(db, userId, body.endpoint);
    return reply.code(204).send();
  });

  app.get('/api/v1/push/subscriptions', async (request) => {
    const userId = await requireUser(request);
    const rows = await subscriptionRepository.listSummaries(db, userId);
    return {
      items: rows.map((row) => ({ id: row.id, endpoint_host: new URL(row.endpoint).host, created_at: row.created_at.toISOString() })),
    };
  });
}

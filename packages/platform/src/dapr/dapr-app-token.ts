import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { UnauthorizedError } from '../errors.ts';

/**
 * Refuses every request in `scope` that does not carry the sidecar's app token (`dapr-api-token`, set by the
 * sidecar from its `APP_API_TOKEN`): internal routes answer only calls that came through Dapr. Without a
 * configured token (a local run without tokens) the check is off.
 */
export function requireDaprAppToken(scope: FastifyInstance, appToken: string | undefined): void {
  if (!appToken) return;
  const expected = Buffer.from(appToken);
  scope.addHook('onRequest', async (request) => {
    const given = Buffer.from(String(request.headers['dapr-api-token'] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new UnauthorizedError('Only the Dapr sidecar may call this route.');
  });
}

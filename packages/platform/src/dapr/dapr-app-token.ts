import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { DaprAppToken } from '../config.ts';
import { UnauthorizedError } from '../errors.ts';

/**
 * Refuses every request in `scope` that does not carry the sidecar's app token (`dapr-api-token`, set by the
 * sidecar from its `APP_API_TOKEN`): internal routes answer only calls that came through Dapr. The check is off
 * only when the settings opted out explicitly (`APP_API_TOKEN_OPTIONAL=true`), and then says so in the log.
 */
export function requireDaprAppToken(scope: FastifyInstance, appToken: DaprAppToken): void {
  if ('optional' in appToken) {
    scope.log.warn(
      'APP_API_TOKEN_OPTIONAL=true and no APP_API_TOKEN: routes only the Dapr sidecar should call answer anyone who can reach this port',
    );
    return;
  }
  // An empty expected token would match a request without the header.
  if (!appToken.token) throw new Error('the Dapr app token is empty');
  const expected = Buffer.from(appToken.token);
  scope.addHook('onRequest', async (request) => {
    const given = Buffer.from(String(request.headers['dapr-api-token'] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new UnauthorizedError('Only the Dapr sidecar may call this route.');
  });
}

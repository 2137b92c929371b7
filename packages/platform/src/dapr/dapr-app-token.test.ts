import Fastify, { type FastifyBaseLogger } from 'fastify';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { registerProblemDetails } from '../http/problem-details.ts';
import { createLogger } from '../logger.ts';
import { requireDaprAppToken } from './dapr-app-token.ts';

async function aGuardedApp(
  appToken: Parameters<typeof requireDaprAppToken>[1],
  logger: FastifyBaseLogger = createLogger({ name: 'test', level: 'silent' }),
) {
  const app = Fastify({ loggerInstance: logger });
  registerProblemDetails(app);
  await app.register(async (scope) => {
    requireDaprAppToken(scope, appToken);
    scope.post('/internal/users/:userId/act', async () => ({ acted: true }));
  });
  return app;
}

describe('requireDaprAppToken', () => {
  it('answers 401 problem details to a call without the token or with another one', async () => {
    const app = await aGuardedApp({ token: 'the-app-token' });
    for (const headers of [{}, { 'dapr-api-token': '' }, { 'dapr-api-token': 'the-app-tokeN' }, { 'dapr-api-token': 'x' }]) {
      const res = await app.inject({ method: 'POST', url: '/internal/users/someone/act', headers });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 401, code: 'unauthorized' });
    }
    const allowed = await app.inject({
      method: 'POST',
      url: '/internal/users/someone/act',
      headers: { 'dapr-api-token': 'the-app-token' },
    });
    expect(allowed.json()).toEqual({ acted: true });
  });

  it('refuses to guard with an empty token, which a call without the header would match', async () => {
    await expect(aGuardedApp({ token: '' })).rejects.toThrow('empty');
  });

  it('lets calls through only when the settings opted out, and warns that it does', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
    const app = await aGuardedApp({ optional: true }, logger);
    expect((await app.inject({ method: 'POST', url: '/internal/users/someone/act' })).statusCode).toBe(200);
    expect(lines.join('')).toContain('APP_API_TOKEN_OPTIONAL=true');
  });
});

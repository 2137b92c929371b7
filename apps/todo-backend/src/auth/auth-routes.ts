import { fromNodeHeaders } from 'better-auth/node';
import type { FastifyInstance } from 'fastify';
import { refuseApiKeyOnAccountRoutes } from '../api-keys/api-key-credentials.ts';
import type { Auth } from './auth.ts';

/** Mounts better-auth's handler at /api/auth/* (sign-up, sign-in, sign-out, sessions, API keys). */
export function registerAuthRoutes(app: FastifyInstance, auth: Auth): void {
  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    schema: { hide: true },
    async handler(request, reply) {
      refuseApiKeyOnAccountRoutes(request.headers);
      const url = new URL(request.url, `http://${request.headers.host ?? 'localhost'}`);
      const body = request.body === undefined || request.method === 'GET' ? undefined : JSON.stringify(request.body);
      const response = await auth.handler(new Request(url, { method: request.method, headers: fromNodeHeaders(request.headers), body }));
      reply.status(response.status);
      for (const [key, value] of response.headers) {
        if (key !== 'set-cookie') reply.header(key, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header('set-cookie', cookies);
      return reply.send(response.body ? await response.text() : null);
    },
  });
}

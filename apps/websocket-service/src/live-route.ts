import { type Logger, sendProblem, type UserAuthenticator } from '@doable/platform';
import websocket from '@fastify/websocket';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import type { ConnectionRegistry } from './connection-registry.ts';
import type { LiveMessage } from './live-message.ts';
import { isOriginAllowed } from './origin-policy.ts';

export const LIVE_PATH = '/ws';

/** Largest frame a client may send; clients have nothing to say, so this only bounds abuse. */
const MAX_CLIENT_FRAME_BYTES = 4 * 1024;

export interface LiveRouteDeps {
  connections: ConnectionRegistry;
  authenticate: UserAuthenticator;
  allowedOrigins: readonly string[];
  heartbeatIntervalMs: number;
  /** Open sockets one user may hold on this server; one more is refused. */
  maxConnectionsPerUser: number;
  isClosing: () => boolean;
  logger: Logger;
}

/**
 * `GET /ws`: authenticates, checks the origin and the user's number of open sockets before the upgrade, so a
 * refused client gets an HTTP problem response instead of a socket, then keeps the socket in the registry until
 * it closes.
 */
export async function registerLiveRoute(app: FastifyInstance, deps: LiveRouteDeps): Promise<void> {
  // The plugin routes the server's `upgrade` events through Fastify, once per server: reuse the host's registration.
  if (!app.hasDecorator('websocketServer')) await app.register(websocket, { options: { maxPayload: MAX_CLIENT_FRAME_BYTES } });

  const users = new WeakMap<FastifyRequest, string>();

  app.route({
    method: 'GET',
    url: LIVE_PATH,
    // Not part of the REST API's OpenAPI document.
    schema: { hide: true } as FastifySchema,
    preValidation: async (request, reply) => {
      if (deps.isClosing()) return refuse(reply, 503, 'shutting_down', 'This server is shutting down; reconnect in a moment.');
      if (!isOriginAllowed(request.headers.origin, request.headers.host, deps.allowedOrigins)) {
        return refuse(reply, 403, 'origin_not_allowed', 'Pages from this origin may not open live updates.');
      }
      let userId: string | undefined;
      try {
        userId = await deps.authenticate(credentialHeaders(request));
      } catch (error) {
        deps.logger.warn({ err: error }, 'live updates: authentication unavailable');
        return refuse(reply, 503, 'authentication_unavailable', 'Sign-in cannot be checked right now; reconnect in a moment.');
      }
      if (!userId) {
        return refuse(
          reply,
          401,
          'unauthorized',
          'Sign in first: send the session cookie, `Authorization: Bearer <token>`, or `?token=<token>`.',
        );
      }
      if (deps.connections.count(userId) >= deps.maxConnectionsPerUser) {
        return refuse(
          reply,
          429,
          'too_many_connections',
          `At most ${deps.maxConnectionsPerUser} live connections per user; close another tab or device first.`,
        );
      }
      users.set(request, userId);
    },
    // A plain HTTP request that passed authentication.
    handler: async (_request, reply) =>
      refuse(reply.header('upgrade', 'websocket'), 426, 'upgrade_required', 'Open this URL as a WebSocket.'),
    wsHandler: (socket, request) => {
      const userId = users.get(request as FastifyRequest);
      // close() may have started between the hook and the upgrade.
      if (!userId || deps.isClosing()) return socket.close(1001, 'server shutting down');
      // Handshakes that passed the check together: the ones past the limit are closed as a policy violation.
      if (deps.connections.count(userId) >= deps.maxConnectionsPerUser) return socket.close(1008, 'too many connections for this user');
      deps.connections.add(userId, socket);
      const hello: LiveMessage = { type: 'hello', user_id: userId, heartbeat_interval_ms: deps.heartbeatIntervalMs };
      socket.send(JSON.stringify(hello));
    },
  });
}

/** Browsers cannot set headers on a WebSocket, so a `token` query parameter stands for a bearer token. */
function credentialHeaders(request: FastifyRequest): FastifyRequest['headers'] {
  const token = new URL(request.url, 'http://localhost').searchParams.get('token');
  return token ? { ...request.headers, authorization: `Bearer ${token}` } : request.headers;
}

function refuse(reply: FastifyReply, status: number, code: string, detail: string): FastifyReply {
  // `instance` is the path only: the query may carry a token.
  return sendProblem(reply, reply.request, { status, code, detail });
}

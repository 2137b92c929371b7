import type { Logger, UserAuthenticator } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import { createConnectionRegistry } from './connection-registry.ts';
import { registerLiveRoute } from './live-route.ts';
import { liveUpdatesSubscriptions } from './subscriptions.ts';

export interface LiveUpdatesOptions {
  logger: Logger;
  /** Finds the user behind the handshake's cookie, bearer token or API key headers. */
  authenticate: UserAuthenticator;
  /** How often every socket is pinged; one that has not answered by the next ping is cut. Default 30 s. */
  heartbeatIntervalMs?: number;
  /** Browser origins allowed besides the server's own (`*` wildcards allowed); others get 403. Default none. */
  allowedOrigins?: string[];
  /** Open sockets one user may hold on this server (one per tab); one more gets 429. Default 20. */
  maxConnectionsPerUser?: number;
}

/** How long close() waits for clients to acknowledge the 1001 close before cutting them. */
const CLOSE_GRACE_MS = 1_000;

/**
 * The live-updates service's logic: `GET /ws` for the user's open tabs, and the subscriptions that push task
 * updates and reminders to them. Runs on the host's Fastify server, embedded or as its own service.
 */
export function createLiveUpdatesModule(options: LiveUpdatesOptions) {
  const logger = options.logger;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 30_000;
  const connections = createConnectionRegistry({ logger });
  let heartbeat: NodeJS.Timeout | undefined;
  let closing: Promise<void> | undefined;

  /** Closes every socket with 1001 (going away), so clients reconnect, possibly to another replica. */
  function close(): Promise<void> {
    closing ??= (async () => {
      clearInterval(heartbeat);
      await connections.closeAll(1001, 'server shutting down', CLOSE_GRACE_MS);
    })();
    return closing;
  }

  return {
    subscriptions: liveUpdatesSubscriptions({ connections, logger }),

    /** Adds `GET /ws` (and the @fastify/websocket plugin, unless the host registered it) to the host's server. */
    async register(app: FastifyInstance): Promise<void> {
      // Added before the plugin's own preClose hook, which closes sockets without a code.
      app.addHook('preClose', close);
      await registerLiveRoute(app, {
        connections,
        authenticate: options.authenticate,
        allowedOrigins: options.allowedOrigins ?? [],
        heartbeatIntervalMs,
        maxConnectionsPerUser: options.maxConnectionsPerUser ?? 20,
        isClosing: () => closing !== undefined,
        logger,
      });
      if (closing === undefined) heartbeat ??= setInterval(() => connections.sweep(), heartbeatIntervalMs).unref();
    },

    /** Open sockets on this replica, of one user or of everyone. */
    connectionCount: (userId?: string): number => connections.count(userId),
    close,
  };
}

export type LiveUpdatesModule = ReturnType<typeof createLiveUpdatesModule>;

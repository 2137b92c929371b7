import { join } from 'node:path';
import { migrate, schemaOf } from '@doable/db';
import type { Logger, UserAuthenticator } from '@doable/platform';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { createConnectionRegistry } from './connection-registry.ts';
import type { DB as LiveTables } from './database/tables.generated.ts';
import { registerLiveRoute } from './live-route.ts';
import { createMembershipView, LIVE_SCHEMA, type MembershipView } from './membership/membership-view.ts';
import { liveUpdatesSubscriptions } from './subscriptions.ts';

export const MIGRATIONS = join(import.meta.dirname, '..', 'migrations');

export interface LiveUpdatesOptions {
  logger: Logger;
  /** Where the service keeps its membership view (schema `live`): the embedded database, or the service's own. */
  db: Kysely<unknown>;
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
 * The live-updates service's logic: `GET /ws` for the user's open tabs, the subscriptions that push task updates,
 * reminders and project news to them, and the membership view that decides who receives a project's updates. Runs
 * on the host's Fastify server, embedded or as its own service.
 */
export function createLiveUpdatesModule(options: LiveUpdatesOptions) {
  const logger = options.logger;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 30_000;
  const connections = createConnectionRegistry({ logger });
  // Migrated once, before the first event is handled or the first socket is accepted.
  const migrated = migrate(options.db, { schema: LIVE_SCHEMA, folder: MIGRATIONS });
  migrated.catch(() => {}); // awaited by register() and every handler, which report the failure
  const view = createMembershipView(schemaOf<LiveTables>(options.db, LIVE_SCHEMA));
  const membership: MembershipView = {
    apply: (event) => migrated.then(() => view.apply(event)),
    membersOf: (projectId) => migrated.then(() => view.membersOf(projectId)),
    audienceOf: (projectId, actorId) => migrated.then(() => view.audienceOf(projectId, actorId)),
    lastMembersOf: (projectId) => migrated.then(() => view.lastMembersOf(projectId)),
  };
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
    subscriptions: liveUpdatesSubscriptions({ connections, membership, logger }),

    /** Adds `GET /ws` (and the @fastify/websocket plugin, unless the host registered it) to the host's server. */
    async register(app: FastifyInstance): Promise<void> {
      await migrated;
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

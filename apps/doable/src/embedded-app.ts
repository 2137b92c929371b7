import { createAuditModule } from '@doable/audit-service';
import type { Database } from '@doable/db';
import { createNotificationModule, type VapidKeys } from '@doable/notification-service';
import { createMetrics, InProcessBus, type Logger, type Metrics } from '@doable/platform';
import { createRecurringModule } from '@doable/recurring-task-service';
import { type Backend, createBackend, migrateBackend, type OAuthServerOptions, recordDeadLetter } from '@doable/todo-backend';
import { registerWebApp, WEB_APP_DIST } from '@doable/todo-frontend';
import { createLiveUpdatesModule, type LiveUpdatesModule } from '@doable/websocket-service';
import { type AppDatabaseOptions, openAppDatabase } from './data-folder/app-database.ts';

/**
 * The outbox relay's fallback poll on the embedded server. This process is its only writer (the data folder is
 * locked), and each local commit that enqueues events wakes the relay: the poll only catches what a wake missed. At
 * the default 500 ms it kept one pooled connection (a server process, ~17 MiB resident) open for good; now an idle
 * Doable keeps none. A server from DATABASE_URL may have other writers, and keeps the default.
 */
const EMBEDDED_RELAY_POLL_MS = 30_000;

export interface EmbeddedAppOptions extends Omit<AppDatabaseOptions, 'logger'> {
  /** A database already open (`openAppDatabase`, or a test's); `databaseUrl` and `dataDir` are then not used, and `stop` closes it. */
  database?: Database;
  authSecret: string;
  baseUrl: string;
  /** Origins allowed to call the auth endpoints from a browser, besides `baseUrl`'s (wildcards allowed). */
  trustedOrigins?: string[];
  /** Reverse proxies (IPs, CIDR ranges) whose `X-Forwarded-For` names the client; none by default. */
  trustedProxies?: string[];
  logger: Logger;
  /** The process's registry (`/metrics`); a new one when not given. */
  metrics?: Metrics;
  reminderMaxSleepMs?: number;
  /** What time it is for tasks and reminders (default the system clock); tests move it instead of waiting. */
  clock?: () => Date;
  /** An OpenAI-compatible chat model; chat uses the offline interpreter without one. */
  chatModel?: { apiKey: string; baseUrl: string; model: string; timeoutMs?: number } | undefined;
  /** The built web app served at `/` (default: `apps/web/dist` when it exists); `false` serves the API only. */
  webRoot?: string | false;
  /** OAuth 2.1 for assistants: how client metadata documents are fetched, access token lifetime (defaults otherwise). */
  oauth?: OAuthServerOptions;
  /** Web Push: VAPID keys (else a pair is generated on first start and kept) and subject; tests allow a local push service. */
  push?: { vapid?: VapidKeys; vapidSubject?: string; allowLoopbackEndpoints?: boolean };
}

export interface EmbeddedApp {
  backend: Backend;
  database: Database;
  bus: InProcessBus;
  live: LiveUpdatesModule;
  start(): void;
  stop(): Promise<void>;
}

/**
 * Every part of Doable in one process: the backend, and the audit, recurring, notification (Web Push) and live
 * update (`/ws`) modules subscribed to the in-process bus that the backend's outbox relay feeds.
 */
export async function createEmbeddedApp(options: EmbeddedAppOptions): Promise<EmbeddedApp> {
  const database = options.database ?? (await openAppDatabase(options));
  try {
    return await assemble(options, database);
  } catch (error) {
    // The embedded server is a child process: a start that fails halfway stops it.
    await database.close();
    throw error;
  }
}

async function assemble(options: EmbeddedAppOptions, database: Database): Promise<EmbeddedApp> {
  const logger = options.logger;
  const { db } = database;
  await migrateBackend(db);
  // One registry for the process: the backend's /metrics serves what the bus and the backend's workers count.
  const metrics = options.metrics ?? createMetrics();
  const bus = new InProcessBus({
    logger: logger.child({ component: 'bus' }),
    onDeadLetter: (letter) => recordDeadLetter(db, letter),
    metrics,
  });
  const audit = await createAuditModule({ db, logger: logger.child({ component: 'audit' }) });
  const notifications = await createNotificationModule({
    db,
    logger: logger.child({ component: 'notifications' }),
    ...options.push,
  });
  let live: LiveUpdatesModule | undefined;

  const backend = await createBackend({
    db,
    publisher: bus,
    history: audit,
    metrics,
    logger,
    authSecret: options.authSecret,
    baseUrl: options.baseUrl,
    trustedOrigins: options.trustedOrigins ?? [],
    trustedProxies: options.trustedProxies ?? [],
    ...(options.reminderMaxSleepMs ? { reminderMaxSleepMs: options.reminderMaxSleepMs } : {}),
    ...(database.kind === 'embedded' ? { relayPollIntervalMs: EMBEDDED_RELAY_POLL_MS } : {}),
    clock: options.clock,
    chatModel: options.chatModel,
    ...(options.oauth ? { oauth: options.oauth } : {}),
    extend: async (app, { authenticate }) => {
      notifications.registerRoutes(app, { authenticate });
      live = createLiveUpdatesModule({
        logger: logger.child({ component: 'live' }),
        db,
        authenticate,
        allowedOrigins: options.trustedOrigins ?? [],
      });
      await live.register(app);
      const webRoot = options.webRoot ?? WEB_APP_DIST;
      if (webRoot) await registerWebApp(app, webRoot);
    },
  });
  const recurring = await createRecurringModule({
    db,
    logger: logger.child({ component: 'recurring' }),
    client: {
      async createNextOccurrence({ userId, taskId }) {
        await backend.tasks.createNextOccurrence(userId, taskId);
      },
    },
  });
  if (!live) throw new Error('the live updates module was not mounted');
  for (const subscription of [...audit.subscriptions, ...recurring.subscriptions, ...notifications.subscriptions, ...live.subscriptions]) {
    bus.subscribe(subscription);
  }

  return {
    backend,
    database,
    bus,
    live,
    start: () => backend.start(),
    async stop() {
      await backend.stop();
      await database.close();
    },
  };
}

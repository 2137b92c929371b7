import { join } from 'node:path';
import { migrate } from '@doable/db';
import {
  clientErrorOptions,
  createMetrics,
  createReadiness,
  type DaprAppToken,
  type EventPublisher,
  type Logger,
  type Metrics,
  type Readiness,
  registerHealthRoutes,
  registerHostCheck,
  registerMetrics,
  registerProblemDetails,
  registerSecurityHeaders,
  type UserAuthenticator,
} from '@doable/platform';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ToolContext } from './assistant/task-tools/index.ts';
import { type AuthOptions, createAuth } from './auth/auth.ts';
import { registerAuthRoutes } from './auth/auth-routes.ts';
import { refuseCrossSiteCookieRequests } from './auth/session-cookie-csrf.ts';
import { registerFeedApiRoutes, registerFeedRoutes } from './caldav/feeds/index.ts';
import { registerCaldavRoutes } from './caldav/server/caldav-routes.ts';
import { registerChatRoutes } from './chat/chat-routes.ts';
import { createChatService } from './chat/chat-service.ts';
import { type ConversationStore, createTableConversationStore } from './chat/conversation-store.ts';
import type { ModelAgentOptions } from './chat/model-agent.ts';
import { registerConnectedAppRoutes } from './connected-apps/connected-app-routes.ts';
import { backendTables } from './database/executor.ts';
import { BACKEND_SCHEMA } from './database/schema.ts';
import { deadLetterRepository } from './dead-letters/dead-letter-repository.ts';
import { registerApiReference } from './http/api-reference.ts';
import { findUserId, requireUser } from './http/authenticate.ts';
import { restOriginOf, trackChangeOrigin } from './http/change-origin.ts';

import { registerInternalRoutes } from './internal/internal-routes.ts';
import type { McpLimits } from './mcp/mcp-request-limits.ts';
import { registerMcpRoutes } from './mcp/mcp-routes.ts';
import { registerMeRoutes } from './me/me-routes.ts';
import { settingsRepository } from './me/settings-repository.ts';
import type { OAuthServerOptions } from './oauth/oauth-server.ts';
import { registerOAuthDiscoveryRoutes } from './oauth/protected-resource.ts';
import { outboxRepository } from './outbox/outbox.ts';
import { OutboxRelay } from './outbox/outbox-relay.ts';
import { ensureInbox } from './projects/inbox.ts';
import { registerProjectRoutes } from './projects/project-routes.ts';
import { createProjectService } from './projects/project-service.ts';
import { registerQuickAddRoutes } from './quick-add/quick-add-routes.ts';
import { registerReminderCronRoute } from './reminders/reminder-cron-route.ts';
import { ReminderScheduler } from './reminders/reminder-scheduler.ts';
import { createSharedTaskHistory, type TaskHistoryReader } from './tasks/task-history.ts';
import { registerTaskRoutes } from './tasks/task-routes.ts';
import { createTaskService } from './tasks/task-service.ts';

export interface BackendOptions {
  /** The shared database handle; the backend works in its own schema. */
  db: Kysely<unknown>;
  /**
   * The outbox relay's own connection to the same database (distributed mode), so its statements do not wait behind
   * requests in `db`'s pool; `db` when not given.
   */
  relayDb?: Kysely<unknown>;
  publisher: EventPublisher;
  history: TaskHistoryReader;
  logger: Logger;
  authSecret: string;
  /** Public base URL (better-auth uses it for callbacks and trusted origins). */
  baseUrl: string;
  trustedOrigins?: string[];
  /**
   * Proxies (IPs or CIDR ranges) whose `X-Forwarded-For` is believed: the client's address (rate limits) is the
   * first hop from the right that is not one of them. None by default: the socket's address.
   */
  trustedProxies?: string[];
  /** Extra routes mounted in the same server (embedded: the web app, push subscriptions, `/ws`). */
  extend?: (app: FastifyInstance, context: { authenticate: UserAuthenticator }) => Promise<void> | void;
  reminderMaxSleepMs?: number;
  relayPollIntervalMs?: number;
  /** What time it is for tasks, reminders and the assistant's dates; tests move it instead of waiting. */
  clock?: () => Date;
  /** An OpenAI-compatible chat model; without one, chat uses the offline interpreter. */
  chatModel?: Omit<ModelAgentOptions, 'logger'> | undefined;
  /** Where chat conversations live; a table in the backend schema by default. */
  conversations?: ConversationStore;
  /** What `/metrics` serves; embedded mode passes the one its bus counts into too. */
  metrics?: Metrics;
  /** Caps on `/mcp` (tool calls per user per minute, batch size) and the clock they run on. */
  mcp?: McpLimits;
  /** Signing assistants in with OAuth 2.1 (client metadata fetching, access token lifetime). */
  oauth?: OAuthServerOptions;
  /** How long (default 10 s) and how many verified credentials the process remembers; tests pass a clock. */
  principalCache?: AuthOptions['principalCache'];
  /** What `/readyz` checks besides the database (distributed mode adds the sidecar). */
  readiness?: Readiness;
  /** Distributed mode: mount the routes the sidecar (cron binding) and other services (`/internal`) call. */
  dapr?: { appToken: DaprAppToken };
}

export const BACKEND_MIGRATIONS = join(import.meta.dirname, '..', 'migrations');

export async function migrateBackend(db: Kysely<unknown>): Promise<void> {
  await migrate(db, { schema: BACKEND_SCHEMA, folder: BACKEND_MIGRATIONS });
}

/**
 * The todo-backend module: REST API, auth, outbox relay and reminder scheduler, wired to whatever publisher and
 * history reader the mode provides.
 */
export async function createBackend(options: BackendOptions) {
  const db = backendTables(options.db);
  const logger = options.logger;
  const clock = options.clock ?? (() => new Date());
  const auth = createAuth({
    db: options.db,
    secret: options.authSecret,
    baseUrl: options.baseUrl,
    trustedOrigins: options.trustedOrigins ?? [],
    logger,
    ...(options.oauth ? { oauth: options.oauth } : {}),
    ...(options.principalCache ? { principalCache: options.principalCache } : {}),
    // Every account has an Inbox from the start; project listing and task creation make one too if this failed.
    onUserCreated: async (userId) => {
      try {
        await ensureInbox(db, userId, clock());
        relay.wake();
      } catch (error) {
        // The account stands; its Inbox is made on first use instead (listing projects, creating a task).
        logger.warn({ err: error, userId }, 'could not make the Inbox at sign-up');
      }
    },
  });

  const metrics = options.metrics ?? createMetrics();
  metrics.watchOutbox({
    pending: () => outboxRepository.countPending(db),
    oldestPendingSeconds: () => outboxRepository.oldestPendingSeconds(db, new Date()),
  });
  metrics.watchDeadLetters(() => deadLetterRepository.count(db));
  const relay = new OutboxRelay({
    db: options.relayDb ? backendTables(options.relayDb) : db,
    publisher: options.publisher,
    logger: logger.child({ component: 'outbox-relay' }),
    pollIntervalMs: options.relayPollIntervalMs ?? 500,
    metrics,
  });
  const reminders = new ReminderScheduler({
    db,
    logger: logger.child({ component: 'reminders' }),
    onEnqueued: () => relay.wake(),
    metrics,
    clock,
    ...(options.reminderMaxSleepMs ? { maxSleepMs: options.reminderMaxSleepMs } : {}),
  });
  const tasks = createTaskService({
    db,
    clock,
    onCommitted: () => relay.wake(),
    onReminderSet: () => reminders.wake(),
  });
  const projects = createProjectService({ db, clock, publicOrigin: options.baseUrl, onCommitted: () => relay.wake() });

  /** What a tool call needs: the user, the shared task and project services, and the user's zone for plain-language dates. */
  async function toolContext(userId: string): Promise<ToolContext> {
    const { time_zone } = await settingsRepository.find(db, userId);
    return { userId, tasks, projects, timeZone: time_zone, now: clock() };
  }

  const chat = createChatService({
    store: options.conversations ?? createTableConversationStore(db),
    context: toolContext,
    // The model SDK is loaded only when a model is configured: the offline interpreter does without it.
    model: options.chatModel
      ? (await import('./chat/model-agent.ts')).createModelAgent({
          ...options.chatModel,
          logger: logger.child({ component: 'chat-model' }),
        })
      : undefined,
    logger: logger.child({ component: 'chat' }),
  });

  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // Per-request lines would log every call; latency lives in /metrics and failures in the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    // The router answers a path parameter over its limit (100 by default, counted as decoded characters) with 414;
    // a higher one lets each route's zod schema refuse a too-long id with the 400 its OpenAPI contract documents.
    routerOptions: { maxParamLength: 1000 },
    // A list query at its documented limits (search, cursor, tags), percent-encoded, can pass Node's 16 KiB default.
    ...clientErrorOptions({ maxHeaderSize: 64 * 1024 }),
    trustProxy: options.trustedProxies?.length ? options.trustedProxies : false,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API reference renders with an inline script and inline styles; every other page gets the strict policy.
  registerSecurityHeaders(app, { inlineScriptPages: ['/docs'] });
  registerHostCheck(app);
  registerProblemDetails(app);
  registerMetrics(app, 'todo-backend', metrics);
  refuseCrossSiteCookieRequests(app, auth);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Doable API', version: '1.0.0', description: 'Tasks with priorities, tags, due dates, recurrence and reminders.' },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } },
      },
      security: [{ bearer: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerApiReference(app);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const readiness = options.readiness ?? createReadiness();
  readiness.add('database', () => sql`select 1`.execute(db));
  registerHealthRoutes(app, readiness);

  await registerAuthRoutes(app, auth, { baseUrl: options.baseUrl });
  const feeds = { db, clock, origin: options.baseUrl };
  await app.register(
    async (api) => {
      requireUser(api, auth);
      trackChangeOrigin(api, restOriginOf);
      registerTaskRoutes(api, { tasks, history: createSharedTaskHistory(db, options.history) });
      registerProjectRoutes(api, { projects });
      registerQuickAddRoutes(api, { context: toolContext });
      registerMeRoutes(api, { db });
      registerChatRoutes(api, { chat });
      registerConnectedAppRoutes(api, { db });
      registerFeedApiRoutes(api, feeds);
    },
    { prefix: '/api/v1' },
  );
  registerOAuthDiscoveryRoutes(app, auth, options.baseUrl);
  registerFeedRoutes(app, feeds);
  registerMcpRoutes(app, {
    auth,
    db,
    baseUrl: options.baseUrl,
    clock,
    context: toolContext,
    ...(options.mcp ? { limits: options.mcp } : {}),
  });
  await registerCaldavRoutes(app, { auth, db, tasks, projects });
  if (options.dapr) {
    await registerInternalRoutes(app, { auth, tasks, appToken: options.dapr.appToken });
    await registerReminderCronRoute(app, { reminders, appToken: options.dapr.appToken });
  }
  if (options.extend) await options.extend(app, { authenticate: (headers) => findUserId(auth, headers) });

  return {
    app,
    auth,
    tasks,
    projects,
    toolContext,
    relay,
    reminders,
    metrics,
    start() {
      relay.start();
      reminders.start();
    },
    async stop() {
      await reminders.stop();
      await relay.stop();
      await app.close();
    },
  };
}

export type Backend = Awaited<ReturnType<typeof createBackend>>;

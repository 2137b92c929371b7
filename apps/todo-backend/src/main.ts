import { openDatabase } from '@doable/db';
import {
  createDaprClient,
  createDaprPublisher,
  createLogger,
  createMetrics,
  createReadiness,
  installProcessGuard,
  runService,
} from '@doable/platform';
import { createBackend, migrateBackend } from './backend.ts';
import { createDaprConversationStore } from './chat/dapr-conversation-store.ts';
import { loadBackendConfig } from './config.ts';
import { createDaprTaskHistory } from './tasks/dapr-task-history.ts';

/** The todo-backend as its own service beside a Dapr sidecar (distributed mode). */
runService('todo-backend', async () => {
  const config = loadBackendConfig();
  const logger = createLogger({ name: 'todo-backend', level: config.logLevel });
  const metrics = createMetrics();
  installProcessGuard({ logger, metrics });
  const dapr = createDaprClient({ httpPort: config.daprHttpPort, apiToken: config.daprApiToken });
  await dapr.waitUntilReady();
  const secrets = await dapr.getSecret(config.secretStore, 'doable-secrets');
  const authSecret = secrets['auth-secret'];
  if (!authSecret || authSecret.length < 32) throw new Error('the secret doable-secrets needs an auth-secret of at least 32 characters');
  const openAiKey = secrets['openai-api-key'];

  const database = await openDatabase({
    kind: 'postgres',
    url: config.databaseUrl,
    onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost; reconnecting on next use'),
  });
  // The outbox relay's own small pool: under load the request pool has a queue, and events would wait in it.
  const relayDatabase = await openDatabase({
    kind: 'postgres',
    url: config.databaseUrl,
    poolSize: 2,
    onConnectionError: (error) => logger.warn({ err: error }, 'outbox relay: database connection lost; reconnecting on next use'),
  });
  const readiness = createReadiness();
  // Publishing, history, conversations and secrets all go through the sidecar.
  readiness.add('dapr-sidecar', () => dapr.checkReady());
  await migrateBackend(database.db);
  const backend = await createBackend({
    db: database.db,
    relayDb: relayDatabase.db,
    publisher: createDaprPublisher(dapr),
    history: createDaprTaskHistory(dapr),
    conversations: createDaprConversationStore(dapr),
    logger,
    metrics,
    readiness,
    authSecret,
    baseUrl: config.publicUrl,
    trustedOrigins: config.trustedOrigins,
    trustedProxies: config.trustedProxies,
    principalCache: { ttlMs: config.sessionCacheMs },
    chatModel:
      openAiKey || config.chatModel.baseUrl
        ? { apiKey: openAiKey ?? 'none', baseUrl: config.chatModel.baseUrl ?? 'https://api.openai.com/v1', model: config.chatModel.model }
        : undefined,
    dapr: { appToken: config.appToken },
  });
  await backend.app.listen({ port: config.port, host: config.host });
  backend.start();
  logger.info({ port: config.port }, 'todo-backend listening');
  return {
    async stop() {
      await backend.stop();
      await relayDatabase.close();
      await database.close();
    },
  };
});

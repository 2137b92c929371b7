import { openDatabase } from '@doable/db';
import { createDaprUserAuthenticator, runDaprService } from '@doable/platform';
import { websocketServiceSettings } from './config.ts';
import { createLiveUpdatesModule } from './live-updates-module.ts';

/** The WebSocket service beside its Dapr sidecar: `task-updates`, `reminders` and `project-events` to the open tabs. */
runDaprService({
  name: 'websocket-service',
  config: websocketServiceSettings,
  async setup({ config, logger, dapr, app, readiness }) {
    const database = await openDatabase({
      kind: 'postgres',
      url: config.DATABASE_URL,
      onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost; reconnecting on next use'),
    });
    readiness.add('database', () => database.ping());
    const live = createLiveUpdatesModule({
      logger,
      db: database.db,
      authenticate: createDaprUserAuthenticator(dapr),
      allowedOrigins: config.ALLOWED_ORIGINS,
    });
    await live.register(app);
    // Going-away first, so clients reconnect to another replica while this one drains.
    return { subscriptions: live.subscriptions, beforeClose: () => live.close(), afterClose: () => database.close() };
  },
});

import {
  createDaprClient,
  createDaprUserAuthenticator,
  createLogger,
  createServiceServer,
  DaprSubscriber,
  parseConfig,
  runService,
  serviceSettings,
} from '@doable/platform';
import { z } from 'zod';
import { createLiveUpdatesModule } from './live-updates-module.ts';

const configSchema = z.object({
  ...serviceSettings,
  PORT: serviceSettings.PORT.default(8080),
  /** Browser origins allowed to open `/ws` besides the service's own (comma-separated, `*` wildcards). */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
});

/** The WebSocket service beside its Dapr sidecar: `task-updates` and `reminders` to each user's open tabs. */
runService('websocket-service', async () => {
  const config = parseConfig(configSchema);
  const logger = createLogger({ name: 'websocket-service', level: config.LOG_LEVEL });
  const dapr = createDaprClient({ httpPort: config.DAPR_HTTP_PORT, apiToken: config.DAPR_API_TOKEN });
  const live = createLiveUpdatesModule({ logger, authenticate: createDaprUserAuthenticator(dapr), allowedOrigins: config.ALLOWED_ORIGINS });
  const app = createServiceServer({ name: 'websocket-service', logger });
  const subscriber = new DaprSubscriber({ logger });
  for (const subscription of live.subscriptions) subscriber.subscribe(subscription);
  await subscriber.register(app, config.APP_API_TOKEN);
  await live.register(app);
  await app.listen({ port: config.PORT, host: config.HOST });
  return {
    async stop() {
      // Going-away first, so clients reconnect to another replica while this one drains.
      await live.close();
      await app.close();
    },
  };
});

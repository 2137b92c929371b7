import { openDatabase } from '@doable/db';
import {
  booleanSetting,
  createDaprClient,
  createDaprUserAuthenticator,
  createLogger,
  createServiceServer,
  DaprSubscriber,
  databaseUrlSetting,
  parseConfig,
  runService,
  serviceSettings,
} from '@doable/platform';
import { z } from 'zod';
import { createNotificationModule } from './notification-module.ts';
import { vapidFromSettings, vapidKeysPaired, vapidSettings } from './vapid-settings.ts';

const configSchema = z
  .object({
    ...serviceSettings,
    PORT: serviceSettings.PORT.default(8080),
    DATABASE_URL: databaseUrlSetting,
    ...vapidSettings,
    /** Only for a local test push service (the stack's tests): plain-http push endpoints on localhost. */
    PUSH_ALLOW_LOOPBACK_ENDPOINTS: booleanSetting.default(false),
  })
  .refine(...vapidKeysPaired);

/** The notification service beside its Dapr sidecar: `reminders` in, Web Push out; owns push subscriptions. */
runService('notification-service', async () => {
  const config = parseConfig(configSchema);
  const logger = createLogger({ name: 'notification-service', level: config.LOG_LEVEL });
  const dapr = createDaprClient({ httpPort: config.DAPR_HTTP_PORT, apiToken: config.DAPR_API_TOKEN });
  const database = await openDatabase({ kind: 'postgres', url: config.DATABASE_URL });
  const notifications = await createNotificationModule({
    db: database.db,
    logger,
    ...vapidFromSettings(config),
    allowLoopbackEndpoints: config.PUSH_ALLOW_LOOPBACK_ENDPOINTS,
  });
  const app = createServiceServer({ name: 'notification-service', logger });
  const subscriber = new DaprSubscriber({ logger });
  for (const subscription of notifications.subscriptions) subscriber.subscribe(subscription);
  await subscriber.register(app, config.APP_API_TOKEN);
  notifications.registerRoutes(app, { authenticate: createDaprUserAuthenticator(dapr) });
  await app.listen({ port: config.PORT, host: config.HOST });
  return {
    async stop() {
      await app.close();
      await database.close();
    },
  };
});

import { openDatabase } from '@doable/db';
import { booleanSetting, createDaprUserAuthenticator, databaseUrlSetting, runDaprService, serviceConfigSchema } from '@doable/platform';
import { createNotificationModule } from './notification-module.ts';
import { vapidFromSettings, vapidKeysPaired, vapidSettings } from './vapid-settings.ts';

/** The notification service beside its Dapr sidecar: `reminders` in, Web Push out; owns push subscriptions. */
runDaprService({
  name: 'notification-service',
  config: serviceConfigSchema({
    DATABASE_URL: databaseUrlSetting,
    ...vapidSettings,
    /** Only for a local test push service (the stack's tests): plain-http push endpoints on localhost. */
    PUSH_ALLOW_LOOPBACK_ENDPOINTS: booleanSetting.default(false),
  }).refine(...vapidKeysPaired),
  async setup({ config, logger, dapr, app }) {
    const database = await openDatabase({ kind: 'postgres', url: config.DATABASE_URL });
    const notifications = await createNotificationModule({
      db: database.db,
      logger,
      ...vapidFromSettings(config),
      allowLoopbackEndpoints: config.PUSH_ALLOW_LOOPBACK_ENDPOINTS,
    });
    notifications.registerRoutes(app, { authenticate: createDaprUserAuthenticator(dapr) });
    return { subscriptions: notifications.subscriptions, afterClose: () => database.close() };
  },
});

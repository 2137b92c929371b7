import { openDatabase } from '@doable/db';
import { createDaprUserAuthenticator, runDaprService } from '@doable/platform';
import { notificationServiceSettings } from './config.ts';
import { createNotificationModule } from './notification-module.ts';
import { vapidFromSettings } from './vapid-settings.ts';

/** The notification service beside its Dapr sidecar: `reminders` in, Web Push out; owns push subscriptions. */
runDaprService({
  name: 'notification-service',
  config: notificationServiceSettings,
  async setup({ config, logger, dapr, app, readiness }) {
    const database = await openDatabase({
      kind: 'postgres',
      url: config.DATABASE_URL,
      onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost; reconnecting on next use'),
    });
    readiness.add('database', () => database.ping());
    const notifications = await createNotificationModule({
      db: database.db,
      logger,
      ...vapidFromSettings(config),
    });
    notifications.registerRoutes(app, { authenticate: createDaprUserAuthenticator(dapr) });
    return { subscriptions: notifications.subscriptions, afterClose: () => database.close() };
  },
});

import { openDatabase } from '@doable/db';
import {
  createLogger,
  createServiceServer,
  DaprSubscriber,
  databaseUrlSetting,
  parseConfig,
  runService,
  serviceSettings,
} from '@doable/platform';
import { z } from 'zod';
import { createAuditModule } from './audit-module.ts';
import { registerHistoryRoutes } from './history-routes.ts';

const configSchema = z.object({ ...serviceSettings, PORT: serviceSettings.PORT.default(8080), DATABASE_URL: databaseUrlSetting });

/** The audit service beside its Dapr sidecar: `task-events` in, task history out. */
runService('audit-service', async () => {
  const config = parseConfig(configSchema);
  const logger = createLogger({ name: 'audit-service', level: config.LOG_LEVEL });
  const database = await openDatabase({ kind: 'postgres', url: config.DATABASE_URL });
  const audit = await createAuditModule({ db: database.db, logger });
  const app = createServiceServer({ name: 'audit-service', logger });
  const subscriber = new DaprSubscriber({ logger });
  for (const subscription of audit.subscriptions) subscriber.subscribe(subscription);
  await subscriber.register(app, config.APP_API_TOKEN);
  await registerHistoryRoutes(app, { audit, appToken: config.APP_API_TOKEN });
  await app.listen({ port: config.PORT, host: config.HOST });
  return {
    async stop() {
      await app.close();
      await database.close();
    },
  };
});

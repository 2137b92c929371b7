import { openDatabase } from '@doable/db';
import {
  createDaprClient,
  createLogger,
  createServiceServer,
  DaprSubscriber,
  databaseUrlSetting,
  parseConfig,
  runService,
  serviceSettings,
} from '@doable/platform';
import { z } from 'zod';
import { createDaprNextOccurrenceClient } from './dapr-next-occurrence-client.ts';
import { createRecurringModule } from './recurring-module.ts';

const configSchema = z.object({ ...serviceSettings, PORT: serviceSettings.PORT.default(8080), DATABASE_URL: databaseUrlSetting });

/** The recurring task service beside its Dapr sidecar: completed recurring tasks → the backend's next occurrence. */
runService('recurring-task-service', async () => {
  const config = parseConfig(configSchema);
  const logger = createLogger({ name: 'recurring-task-service', level: config.LOG_LEVEL });
  const dapr = createDaprClient({ httpPort: config.DAPR_HTTP_PORT, apiToken: config.DAPR_API_TOKEN });
  const database = await openDatabase({ kind: 'postgres', url: config.DATABASE_URL });
  const recurring = await createRecurringModule({ db: database.db, logger, client: createDaprNextOccurrenceClient(dapr) });
  const app = createServiceServer({ name: 'recurring-task-service', logger });
  const subscriber = new DaprSubscriber({ logger });
  for (const subscription of recurring.subscriptions) subscriber.subscribe(subscription);
  await subscriber.register(app, config.APP_API_TOKEN);
  await app.listen({ port: config.PORT, host: config.HOST });
  return {
    async stop() {
      await app.close();
      await database.close();
    },
  };
});

import { openDatabase } from '@doable/db';
import { runDaprService } from '@doable/platform';
import { recurringTaskServiceSettings } from './config.ts';
import { createDaprNextOccurrenceClient } from './dapr-next-occurrence-client.ts';
import { createRecurringModule } from './recurring-module.ts';

/** The recurring task service beside its Dapr sidecar: completed recurring tasks → the backend's next occurrence. */
runDaprService({
  name: 'recurring-task-service',
  config: recurringTaskServiceSettings,
  async setup({ config, logger, dapr, readiness }) {
    const database = await openDatabase({
      kind: 'postgres',
      url: config.DATABASE_URL,
      onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost; reconnecting on next use'),
    });
    readiness.add('database', () => database.ping());
    const recurring = await createRecurringModule({ db: database.db, logger, client: createDaprNextOccurrenceClient(dapr) });
    return { subscriptions: recurring.subscriptions, afterClose: () => database.close() };
  },
});

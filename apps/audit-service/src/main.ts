import { openDatabase } from '@doable/db';
import { runDaprService } from '@doable/platform';
import { createAuditModule } from './audit-module.ts';
import { auditServiceSettings } from './config.ts';
import { registerHistoryRoutes } from './history-routes.ts';

/** The audit service beside its Dapr sidecar: `task-events` in, task history out. */
runDaprService({
  name: 'audit-service',
  config: auditServiceSettings,
  async setup({ config, logger, app, readiness, appToken }) {
    const database = await openDatabase({
      kind: 'postgres',
      url: config.DATABASE_URL,
      onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost; reconnecting on next use'),
    });
    readiness.add('database', () => database.ping());
    const audit = await createAuditModule({ db: database.db, logger });
    await registerHistoryRoutes(app, { audit, appToken });
    return { subscriptions: audit.subscriptions, afterClose: () => database.close() };
  },
});

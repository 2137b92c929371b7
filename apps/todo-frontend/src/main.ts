import { createDaprClient, createLogger, createServiceServer, parseConfig, runService, serviceSettings } from '@doable/platform';
import { z } from 'zod';
import { registerApiForwarding } from './api-forwarding.ts';
import { registerWebApp, WEB_APP_DIST } from './web-app.ts';

const configSchema = z.object({
  ...serviceSettings,
  PORT: serviceSettings.PORT.default(8080),
  /** The built web app (`npm run build -w apps/web`). */
  WEB_ROOT: z.string().min(1).default(WEB_APP_DIST),
});

/** The todo-frontend beside its Dapr sidecar: the web app's files, and `/api` forwarded to the services through Dapr. */
runService('todo-frontend', async () => {
  const config = parseConfig(configSchema);
  const logger = createLogger({ name: 'todo-frontend', level: config.LOG_LEVEL });
  // Chat with a model may take up to a minute; the Resiliency policy bounds the call on the sidecars too.
  const dapr = createDaprClient({ httpPort: config.DAPR_HTTP_PORT, apiToken: config.DAPR_API_TOKEN, timeoutMs: 90_000 });
  const app = createServiceServer({ name: 'todo-frontend', logger });
  await registerApiForwarding(app, dapr);
  if (!(await registerWebApp(app, config.WEB_ROOT))) logger.warn({ root: config.WEB_ROOT }, 'no built web app there; serving the API only');
  await app.listen({ port: config.PORT, host: config.HOST });
  return { stop: () => app.close() };
});

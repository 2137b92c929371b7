import { runDaprService, serviceConfigSchema } from '@doable/platform';
import { z } from 'zod';
import { registerApiForwarding } from './api-forwarding.ts';
import { registerWebApp, WEB_APP_DIST } from './web-app.ts';

/** The todo-frontend beside its Dapr sidecar: the web app's files, and `/api` forwarded to the services through Dapr. */
runDaprService({
  name: 'todo-frontend',
  /** `WEB_ROOT`: the built web app (`npm run build -w apps/web`). */
  config: serviceConfigSchema({ WEB_ROOT: z.string().min(1).default(WEB_APP_DIST) }),
  // Chat with a model may take up to a minute; the Resiliency policy bounds the call on the sidecars too.
  daprTimeoutMs: 90_000,
  async setup({ config, logger, dapr, app }) {
    await registerApiForwarding(app, dapr);
    if (!(await registerWebApp(app, config.WEB_ROOT)))
      logger.warn({ root: config.WEB_ROOT }, 'no built web app there; serving the API only');
    return {};
  },
});

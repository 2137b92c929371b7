import { runDaprService } from '@doable/platform';
import { registerApiForwarding } from './api-forwarding.ts';
import { todoFrontendSettings } from './config.ts';
import { registerWebApp } from './web-app.ts';

/** The todo-frontend beside its Dapr sidecar: the web app's files, and `/api` forwarded to the services through Dapr. */
runDaprService({
  name: 'todo-frontend',
  config: todoFrontendSettings,
  // Chat with a model may take up to a minute; the Resiliency policy bounds the call on the sidecars too.
  daprTimeoutMs: 90_000,
  async setup({ config, logger, dapr, app }) {
    await registerApiForwarding(app, dapr);
    if (!(await registerWebApp(app, config.WEB_ROOT)))
      logger.warn({ root: config.WEB_ROOT }, 'no built web app there; serving the API only');
    return {};
  },
});

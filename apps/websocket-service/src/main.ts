import { createDaprUserAuthenticator, runDaprService } from '@doable/platform';
import { websocketServiceSettings } from './config.ts';
import { createLiveUpdatesModule } from './live-updates-module.ts';

/** The WebSocket service beside its Dapr sidecar: `task-updates` and `reminders` to each user's open tabs. */
runDaprService({
  name: 'websocket-service',
  config: websocketServiceSettings,
  async setup({ config, logger, dapr, app }) {
    const live = createLiveUpdatesModule({
      logger,
      authenticate: createDaprUserAuthenticator(dapr),
      allowedOrigins: config.ALLOWED_ORIGINS,
    });
    await live.register(app);
    // Going-away first, so clients reconnect to another replica while this one drains.
    return { subscriptions: live.subscriptions, beforeClose: () => live.close() };
  },
});

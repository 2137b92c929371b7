import { createDaprUserAuthenticator, originListSetting, runDaprService, serviceConfigSchema } from '@doable/platform';
import { createLiveUpdatesModule } from './live-updates-module.ts';

/** The WebSocket service beside its Dapr sidecar: `task-updates` and `reminders` to each user's open tabs. */
runDaprService({
  name: 'websocket-service',
  /** `ALLOWED_ORIGINS`: browser origins allowed to open `/ws` besides the service's own. */
  config: serviceConfigSchema({ ALLOWED_ORIGINS: originListSetting }),
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

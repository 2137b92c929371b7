import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import { appTokenRequired, type DaprAppToken, daprAppTokenOf, parseConfig, serviceSettings } from '../config.ts';
import type { Subscription } from '../event-bus.ts';
import { createMetrics, type Metrics } from '../http/metrics.ts';
import { createServiceServer, runService } from '../http/service-server.ts';
import { createLogger } from '../logger.ts';
import { installProcessGuard } from '../resilience/process-guard.ts';
import { createReadiness, type Readiness } from '../resilience/readiness.ts';
import { createDaprClient, type DaprClient } from './dapr-client.ts';
import { DaprSubscriber } from './dapr-subscriber.ts';

/**
 * A distributed service's settings: the ones every service has (port 8080 by default) plus its own. It does not
 * start without `APP_API_TOKEN` (unless `APP_API_TOKEN_OPTIONAL=true`).
 */
export function serviceConfigSchema<S extends z.ZodRawShape>(own: S) {
  return z.object({ ...serviceSettings, PORT: serviceSettings.PORT.default(8080), ...own }).refine(...appTokenRequired);
}

type ServiceConfig = z.infer<ReturnType<typeof serviceConfigSchema<Record<never, never>>>>;

export interface DaprServiceContext<C> {
  config: C;
  logger: Logger;
  dapr: DaprClient;
  /** The service's server (problem details, `/metrics`, `/healthz`, `/readyz`); add routes to it. */
  app: FastifyInstance;
  /** What `/readyz` checks: the sidecar already; add the service's own dependencies (its database). */
  readiness: Readiness;
  /** What the server's `/metrics` serves. */
  metrics: Metrics;
  /** Guards routes only the sidecar may call (`requireDaprAppToken`). */
  appToken: DaprAppToken;
}

export interface DaprServiceParts {
  /** The topics the service consumes; told to the sidecar at `/dapr/subscribe`. */
  subscriptions?: Subscription[];
  /** Before the server closes, e.g. telling WebSocket clients to reconnect to another replica. */
  beforeClose?: () => Promise<void>;
  /** After the server closed, e.g. the database. */
  afterClose?: () => Promise<void>;
}

/**
 * Runs a service beside its Dapr sidecar, the same way for each: parse the settings, then the service's own
 * `setup`, then subscriptions (guarded by the app token) and listen; on SIGTERM close in order.
 */
export function runDaprService<C extends ServiceConfig>(options: {
  name: string;
  config: z.ZodType<C>;
  daprTimeoutMs?: number;
  setup: (context: DaprServiceContext<C>) => Promise<DaprServiceParts>;
}): void {
  runService(options.name, async () => {
    const config = parseConfig(options.config);
    const logger = createLogger({ name: options.name, level: config.LOG_LEVEL });
    const dapr = createDaprClient({ httpPort: config.DAPR_HTTP_PORT, apiToken: config.DAPR_API_TOKEN, timeoutMs: options.daprTimeoutMs });
    const metrics = createMetrics();
    installProcessGuard({ logger, metrics });
    const readiness = createReadiness();
    // Every service consumes, publishes or forwards through its sidecar: without it there is nothing to serve.
    readiness.add('dapr-sidecar', () => dapr.checkReady());
    const app = createServiceServer({ name: options.name, logger, metrics, readiness });
    const appToken = daprAppTokenOf(config);
    const parts = await options.setup({ config, logger, dapr, app, metrics, readiness, appToken });
    const subscriber = new DaprSubscriber({ logger, dapr, metrics });
    for (const subscription of parts.subscriptions ?? []) subscriber.subscribe(subscription);
    await subscriber.register(app, appToken);
    await app.listen({ port: config.PORT, host: config.HOST });
    return {
      async stop() {
        await parts.beforeClose?.();
        await app.close();
        await parts.afterClose?.();
      },
    };
  });
}

import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { ConfigError } from '../config.ts';
import { createReadiness, type Readiness, registerHealthRoutes } from '../resilience/readiness.ts';
import { clientErrorOptions, registerHostCheck } from './client-errors.ts';
import { type Metrics, registerMetrics } from './metrics.ts';
import { registerProblemDetails } from './problem-details.ts';
import { registerSecurityHeaders } from './security-headers.ts';

/**
 * A service's HTTP server: zod schemas, problem details (also for what Node refuses before any route), security
 * headers, `/metrics` (serving `metrics`' registry), `/healthz` and `/readyz` (checking `readiness`' dependencies),
 * no per-request log lines.
 */
export function createServiceServer(options: { name: string; logger: Logger; metrics?: Metrics; readiness?: Readiness }): FastifyInstance {
  const app = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    ...clientErrorOptions(),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerSecurityHeaders(app);
  registerHostCheck(app);
  registerProblemDetails(app);
  registerMetrics(app, options.name, options.metrics);
  registerHealthRoutes(app, options.readiness ?? createReadiness());
  return app;
}

/**
 * Runs a service's `main`: starts it, stops it cleanly on SIGTERM/SIGINT, and turns a start-up failure into one
 * readable line and exit code 1.
 */
export function runService(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  start()
    .then((service) => {
      let stopping = false;
      const shutdown = async () => {
        if (stopping) return;
        stopping = true;
        await service.stop();
        process.exit(0);
      };
      process.on('SIGINT', () => void shutdown());
      process.on('SIGTERM', () => void shutdown());
    })
    .catch((error: unknown) => {
      console.error(
        error instanceof ConfigError ? error.message : `${name} could not start: ${String(error instanceof Error ? error.stack : error)}`,
      );
      process.exit(1);
    });
}

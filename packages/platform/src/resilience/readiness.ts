import type { FastifyInstance } from 'fastify';

/** One dependency the service cannot serve without; resolves when reachable, rejects (or times out) when not. */
export type ReadinessCheck = () => Promise<unknown>;

export interface Readiness {
  /** Adds a dependency checked on every `/readyz`. */
  add(name: string, check: ReadinessCheck): void;
  /** The names of the dependencies that are unreachable now (empty when ready). */
  failing(): Promise<string[]>;
}

/** Each check gets this long before it counts as failed: a hung dependency must not hang the probe. */
const CHECK_TIMEOUT_MS = 2_000;

export function createReadiness(options: { timeoutMs?: number } = {}): Readiness {
  const checks = new Map<string, ReadinessCheck>();
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  return {
    add(name, check) {
      checks.set(name, check);
    },
    async failing() {
      const results = await Promise.all(
        [...checks].map(async ([name, check]) => {
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<never>((_resolve, reject) => {
            timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
          });
          try {
            await Promise.race([check(), timeout]);
            return undefined;
          } catch {
            return name;
          } finally {
            clearTimeout(timer);
          }
        }),
      );
      return results.filter((name): name is string => name !== undefined);
    },
  };
}

/**
 * `/healthz` (liveness: the process answers; never depends on anything else, so an outage does not get the pod
 * restarted) and `/readyz` (readiness: 503 naming what is unreachable, so traffic goes elsewhere until it is back).
 */
export function registerHealthRoutes(app: FastifyInstance, readiness: Readiness): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const unavailable = await readiness.failing();
    if (unavailable.length === 0) return { status: 'ready' };
    return reply.code(503).header('retry-after', '5').send({ status: 'unavailable', unavailable });
  });
}

import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type ConsumeOutcome = 'handled' | 'retried' | 'dead_lettered';

/** Reads the outbox when Prometheus scrapes (the todo-backend's undelivered rows). */
export interface OutboxReader {
  pending(): Promise<number>;
  /** Age of the oldest undelivered row in seconds, 0 when none. */
  oldestPendingSeconds(): Promise<number>;
}

/**
 * Doable's own metrics, on one Registry per process: the one its `/metrics` serves. Created once in a service's
 * entry point and handed to the parts that count; built without a registry it counts into one nobody serves.
 */
export interface Metrics {
  readonly registry: Registry;
  /** The outbox relay handed a row to the bus. */
  eventPublished(topic: string): void;
  /** One handler attempt ended: `retried` when it failed and will be tried again, `dead_lettered` when given up. */
  eventConsumed(subscription: { consumer: string; topic: string }, outcome: ConsumeOutcome, seconds: number): void;
  /** A reminder fired `seconds` after its time. */
  reminderFired(latenessSeconds: number): void;
  /** Something failed that no code was waiting for (`doable_unhandled_errors_total`); see `installProcessGuard`. */
  unhandledError(kind: 'rejection' | 'exception' | 'connection'): void;
  /** Exposes the outbox gauges, read on each scrape (only the process that owns the outbox calls this). */
  watchOutbox(reader: OutboxReader): void;
  /** Exposes `doable_dead_letters`, read on each scrape (only the process that keeps the dead letters calls this). */
  watchDeadLetters(count: () => Promise<number>): void;
}

export function createMetrics(registry: Registry = new Registry()): Metrics {
  const published = new Counter({
    name: 'doable_events_published_total',
    help: 'Events the outbox relay handed to the bus, by topic.',
    labelNames: ['topic'] as const,
    registers: [registry],
  });
  const consumed = new Counter({
    name: 'doable_events_consumed_total',
    help: 'Handler attempts by consumer, topic and outcome (handled, retried, dead_lettered).',
    labelNames: ['consumer', 'topic', 'outcome'] as const,
    registers: [registry],
  });
  const handling = new Histogram({
    name: 'doable_event_handling_seconds',
    help: 'Time a handler attempt took, by consumer and topic.',
    labelNames: ['consumer', 'topic'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const lateness = new Histogram({
    name: 'doable_reminder_lateness_seconds',
    help: 'Time from a reminder being due to it firing.',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
    registers: [registry],
  });
  const unhandled = new Counter({
    name: 'doable_unhandled_errors_total',
    help: 'Failures no code was waiting for, by kind: rejection, exception, connection (a lost database connection).',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  let outboxWatched = false;
  return {
    registry,
    eventPublished: (topic) => published.inc({ topic }),
    eventConsumed({ consumer, topic }, outcome, seconds) {
      consumed.inc({ consumer, topic, outcome });
      handling.observe({ consumer, topic }, seconds);
    },
    unhandledError: (kind) => unhandled.inc({ kind }),
    reminderFired: (latenessSeconds) => lateness.observe(Math.max(0, latenessSeconds)),
    watchOutbox(reader) {
      if (outboxWatched) throw new Error('the outbox is already watched on this registry');
      outboxWatched = true;
      new Gauge({
        name: 'doable_outbox_pending',
        help: 'Outbox rows not yet delivered.',
        registers: [registry],
        async collect() {
          // An unreadable outbox (database down) shows as NaN rather than failing the whole scrape.
          this.set(await reader.pending().catch(() => Number.NaN));
        },
      });
      new Gauge({
        name: 'doable_outbox_oldest_pending_seconds',
        help: 'Age of the oldest undelivered outbox row (0 when none).',
        registers: [registry],
        async collect() {
          this.set(await reader.oldestPendingSeconds().catch(() => Number.NaN));
        },
      });
    },
    watchDeadLetters(count) {
      new Gauge({
        name: 'doable_dead_letters',
        help: 'Dead letters kept in the database until an operator handles them (embedded mode; distributed mode keeps them on Kafka).',
        registers: [registry],
        async collect() {
          this.set(await count().catch(() => Number.NaN));
        },
      });
    },
  };
}

/** Prometheus metrics at /metrics: process defaults, a request latency histogram per route, and `metrics`' own. */
export function registerMetrics(app: FastifyInstance, serviceName: string, metrics: Metrics = createMetrics()): Metrics {
  const { registry } = metrics;
  registry.setDefaultLabels({ service: serviceName });
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route and status.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(registry.contentType);
    return registry.metrics();
  });
  return metrics;
}

import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { createMetrics, registerMetrics } from './metrics.ts';

describe('registerMetrics', () => {
  it("serves the given metrics' registry at /metrics, with the service label", async () => {
    const app = Fastify();
    const metrics = registerMetrics(app, 'todo-backend', createMetrics());
    metrics.eventPublished('task-events');
    metrics.reminderFired(0.2);
    const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toContain('doable_events_published_total{topic="task-events",service="todo-backend"} 1');
    expect(text).toContain('doable_reminder_lateness_seconds_bucket{le="0.25",service="todo-backend"} 1');
    expect(text).toContain('# TYPE doable_events_consumed_total counter');
    await app.close();
  });

  it('reads the outbox gauges on each scrape, NaN when the outbox cannot be read', async () => {
    const metrics = createMetrics();
    let pending = 3;
    metrics.watchOutbox({
      pending: async () => pending,
      oldestPendingSeconds: async () => {
        throw new Error('database down');
      },
    });
    expect(await metrics.registry.metrics()).toContain('doable_outbox_pending 3');
    pending = 0;
    const text = await metrics.registry.metrics();
    expect(text).toContain('doable_outbox_pending 0');
    expect(text).toContain('doable_outbox_oldest_pending_seconds Nan');
    expect(() => metrics.watchOutbox({ pending: async () => 0, oldestPendingSeconds: async () => 0 })).toThrow('already watched');
  });

  it('reads the dead-letter count on each scrape, NaN when it cannot be read', async () => {
    const metrics = createMetrics();
    let count: () => Promise<number> = async () => 2;
    metrics.watchDeadLetters(() => count());
    expect(await metrics.registry.metrics()).toContain('doable_dead_letters 2');
    count = async () => {
      throw new Error('database down');
    };
    expect(await metrics.registry.metrics()).toContain('doable_dead_letters Nan');
  });
});

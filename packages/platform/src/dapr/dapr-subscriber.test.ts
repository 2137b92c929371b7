import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { PoisonMessageError } from '../errors.ts';
import type { BusMessage } from '../event-bus.ts';
import { createMetrics, type Metrics } from '../http/metrics.ts';
import { registerProblemDetails } from '../http/problem-details.ts';
import { createLogger } from '../logger.ts';
import { DaprSubscriber } from './dapr-subscriber.ts';

const logger = createLogger({ name: 'test', level: 'silent' });
const APP_TOKEN = 'app-token-for-tests';

async function aSubscriberApp(handle: (message: BusMessage) => Promise<void>, metrics?: Metrics) {
  const subscriber = new DaprSubscriber({ logger, attemptsPerDelivery: 3, retryBaseMs: 1, ...(metrics ? { metrics } : {}) });
  subscriber.subscribe({ consumer: 'audit-service', topic: 'task-events', handle });
  subscriber.subscribe({ consumer: 'websocket-service', topic: 'task-updates', handle, broadcast: true });
  const app = Fastify();
  registerProblemDetails(app);
  await subscriber.register(app, { token: APP_TOKEN });
  return app;
}

const deliver = (app: Awaited<ReturnType<typeof aSubscriberApp>>, data: unknown, token = APP_TOKEN) =>
  app.inject({
    method: 'POST',
    url: '/events/audit-service/task-events',
    headers: { 'content-type': 'application/cloudevents+json', 'dapr-api-token': token },
    payload: JSON.stringify({ specversion: '1.0', id: 'cloud-event-1', topic: 'task-events', data }),
  });

describe('DaprSubscriber', () => {
  it('tells the sidecar each subscription, its pub/sub component and dead-letter topic', async () => {
    const app = await aSubscriberApp(async () => {});
    const res = await app.inject({ method: 'GET', url: '/dapr/subscribe', headers: { 'dapr-api-token': APP_TOKEN } });
    expect(res.json()).toEqual([
      {
        pubsubname: 'kafka-pubsub',
        topic: 'task-events',
        routes: { default: '/events/audit-service/task-events' },
        deadLetterTopic: 'task-events-dlq',
      },
      {
        pubsubname: 'kafka-pubsub-broadcast',
        topic: 'task-updates',
        routes: { default: '/events/websocket-service/task-updates' },
        deadLetterTopic: 'task-updates-dlq',
      },
    ]);
  });

  it('hands the CloudEvent’s data to the handler with its event id and user key', async () => {
    const seen: BusMessage[] = [];
    const app = await aSubscriberApp(async (message) => {
      seen.push(message);
    });
    const res = await deliver(app, { event_id: 'e-1', user_id: 'user-1', task_id: 3 });
    expect(res.json()).toEqual({ status: 'SUCCESS' });
    expect(seen).toEqual([
      { topic: 'task-events', key: 'user-1', eventId: 'e-1', payload: { event_id: 'e-1', user_id: 'user-1', task_id: 3 } },
    ]);
  });

  it('retries a failing handler within the delivery, and answers RETRY when it keeps failing', async () => {
    let calls = 0;
    const flaky = await aSubscriberApp(async () => {
      calls += 1;
      if (calls < 3) throw new Error('peer restarting');
    });
    expect((await deliver(flaky, { event_id: 'e-2' })).json()).toEqual({ status: 'SUCCESS' });
    expect(calls).toBe(3);

    calls = 0;
    const broken = await aSubscriberApp(async () => {
      calls += 1;
      throw new Error('down');
    });
    expect((await deliver(broken, { event_id: 'e-3' })).json()).toEqual({ status: 'RETRY' });
    expect(calls).toBe(3);
  });

  it('answers RETRY at once for a poison message when it has no sidecar client to dead-letter it with', async () => {
    let calls = 0;
    const app = await aSubscriberApp(async () => {
      calls += 1;
      throw new PoisonMessageError('not a task event');
    });
    expect((await deliver(app, { nonsense: true })).json()).toEqual({ status: 'RETRY' });
    expect(calls).toBe(1);
  });

  it('refuses a second handler for a topic the app already consumes (the sidecar would keep only one)', () => {
    const subscriber = new DaprSubscriber({ logger });
    subscriber.subscribe({ consumer: 'audit-service', topic: 'task-events', handle: async () => {} });
    expect(() => subscriber.subscribe({ consumer: 'audit-service-again', topic: 'task-events', handle: async () => {} })).toThrow(
      'already consumes task-events',
    );
  });

  it('refuses a delivery without the sidecar’s app token', async () => {
    let calls = 0;
    const app = await aSubscriberApp(async () => {
      calls += 1;
    });
    expect((await deliver(app, { event_id: 'e-4' }, 'wrong')).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/dapr/subscribe' })).statusCode).toBe(401);
    expect(calls).toBe(0);
  });

  it('counts handled deliveries and retried attempts per consumer and topic', async () => {
    const metrics = createMetrics();
    let calls = 0;
    const app = await aSubscriberApp(async () => {
      calls += 1;
      if (calls === 1) throw new Error('a peer is restarting');
    }, metrics);
    expect((await deliver(app, { event_id: 'e-5' })).json()).toEqual({ status: 'SUCCESS' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('doable_events_consumed_total{consumer="audit-service",topic="task-events",outcome="retried"} 1');
    expect(text).toContain('doable_events_consumed_total{consumer="audit-service",topic="task-events",outcome="handled"} 1');
    expect(text).toContain('doable_event_handling_seconds_count{consumer="audit-service",topic="task-events"} 2');
  });
});

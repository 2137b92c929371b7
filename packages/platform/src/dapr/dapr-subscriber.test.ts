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

  describe('a bulk subscription', () => {
    async function aBulkApp(handle: (message: BusMessage) => Promise<void>) {
      const subscriber = new DaprSubscriber({ logger, attemptsPerDelivery: 2, retryBaseMs: 1 });
      subscriber.subscribe({ consumer: 'notification-service', topic: 'reminders', handle, bulk: { maxMessages: 50, maxWaitMs: 20 } });
      const app = Fastify();
      registerProblemDetails(app);
      await subscriber.register(app, { token: APP_TOKEN });
      return app;
    }
    // The envelope as Dapr 1.18's sidecar posts it: each entry's event is the CloudEvent, its metadata Kafka's.
    const entry = (entryId: string, eventId: string, key: string) => ({
      entryId,
      event: { specversion: '1.0', id: `cloud-${eventId}`, topic: 'reminders', data: { event_id: eventId, user_id: `payload-${key}` } },
      metadata: { __key: key, __partition: '0' },
      contentType: 'application/cloudevents+json',
    });
    const deliverBulk = (app: Awaited<ReturnType<typeof aBulkApp>>, entries: ReturnType<typeof entry>[]) =>
      app.inject({
        method: 'POST',
        url: '/events/notification-service/reminders',
        headers: { 'content-type': 'application/json', 'dapr-api-token': APP_TOKEN },
        payload: JSON.stringify({ id: 'bulk-1', type: 'com.dapr.event.sent.bulk', topic: 'reminders', pubsub: 'kafka-pubsub', entries }),
      });

    it('asks the sidecar for batches of the size and wait it names', async () => {
      const app = await aBulkApp(async () => {});
      const res = await app.inject({ method: 'GET', url: '/dapr/subscribe', headers: { 'dapr-api-token': APP_TOKEN } });
      expect(res.json()).toEqual([
        {
          pubsubname: 'kafka-pubsub',
          topic: 'reminders',
          routes: { default: '/events/notification-service/reminders' },
          deadLetterTopic: 'reminders-dlq',
          bulkSubscribe: { enabled: true, maxMessagesCount: 50, maxAwaitDurationMs: 20 },
        },
      ]);
    });

    it('handles a batch’s keys side by side and each key’s entries in their order, each with its event id and Kafka key', async () => {
      const steps: string[] = [];
      const seen: BusMessage[] = [];
      // user-1's first entry finishes only once user-2's has started: a batch run one entry at a time never would.
      let otherKeyStarted: () => void = () => {};
      const otherKey = new Promise<void>((resolve) => {
        otherKeyStarted = resolve;
      });
      const app = await aBulkApp(async (message) => {
        steps.push(`start ${message.eventId}`);
        if (message.key === 'user-2') otherKeyStarted();
        if (message.eventId === 'e-1') await otherKey;
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(message);
        steps.push(`end ${message.eventId}`);
      });
      const res = await deliverBulk(app, [entry('0', 'e-1', 'user-1'), entry('1', 'e-2', 'user-2'), entry('2', 'e-3', 'user-1')]);
      expect(res.json()).toEqual({
        statuses: [
          { entryId: '0', status: 'SUCCESS' },
          { entryId: '1', status: 'SUCCESS' },
          { entryId: '2', status: 'SUCCESS' },
        ],
      });
      // user-2's entry ran beside user-1's first; user-1's second started only after its first finished.
      expect(steps.indexOf('start e-2')).toBeLessThan(steps.indexOf('end e-1'));
      expect(steps.indexOf('end e-1')).toBeLessThan(steps.indexOf('start e-3'));
      expect(seen.find((m) => m.eventId === 'e-2')).toEqual({
        topic: 'reminders',
        key: 'user-2',
        eventId: 'e-2',
        payload: { event_id: 'e-2', user_id: 'payload-user-2' },
      });
    });

    it('answers RETRY for the one entry that keeps failing and SUCCESS for the rest, so only it comes back', async () => {
      const calls = new Map<string, number>();
      let failing = true;
      const app = await aBulkApp(async (message) => {
        calls.set(message.eventId, (calls.get(message.eventId) ?? 0) + 1);
        if (message.eventId === 'e-2' && failing) throw new Error('push service down');
      });
      const first = await deliverBulk(app, [entry('0', 'e-1', 'user-1'), entry('1', 'e-2', 'user-2'), entry('2', 'e-3', 'user-3')]);
      expect(first.json()).toEqual({
        statuses: [
          { entryId: '0', status: 'SUCCESS' },
          { entryId: '1', status: 'RETRY' },
          { entryId: '2', status: 'SUCCESS' },
        ],
      });
      expect(Object.fromEntries(calls)).toEqual({ 'e-1': 1, 'e-2': 2, 'e-3': 1 });

      // The sidecar's redelivery carries only the failed entry, under its own entry id.
      failing = false;
      const again = await deliverBulk(app, [entry('1', 'e-2', 'user-2')]);
      expect(again.json()).toEqual({ statuses: [{ entryId: '1', status: 'SUCCESS' }] });
      expect(Object.fromEntries(calls)).toEqual({ 'e-1': 1, 'e-2': 3, 'e-3': 1 });
    });

    it('answers RETRY for a poison entry it cannot dead-letter, without holding back the others', async () => {
      const app = await aBulkApp(async (message) => {
        if (message.eventId === 'e-bad') throw new PoisonMessageError('not a reminder');
      });
      const res = await deliverBulk(app, [entry('0', 'e-bad', 'user-1'), entry('1', 'e-good', 'user-1')]);
      expect(res.json()).toEqual({
        statuses: [
          { entryId: '0', status: 'RETRY' },
          { entryId: '1', status: 'SUCCESS' },
        ],
      });
    });
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

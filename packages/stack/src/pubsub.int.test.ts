import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { daprResiliencyFile } from './dapr-resources.ts';
import { recordedRequests } from './recording-app.ts';
import { eventually, findOnTopic, publish, sidecar, waitForConsumerGroup } from './test-stack.ts';

interface CloudEvent {
  id: string;
  type: string;
  source: string;
  topic: string;
  pubsubname: string;
  specversion: string;
  datacontenttype: string;
  data: { event_id: string; behaviour?: string; user_id?: string };
}

const auditApp = () => sidecar('audit-service-0').appPort;

/** `maxRetries` of the committed delivery policy (k8s/dapr/config/resiliency.yaml), which the sidecars load. */
function deliveryRetries(): number {
  const resiliency = parse(readFileSync(daprResiliencyFile, 'utf8')) as {
    spec: { policies: { retries: { deliveryRetry: { maxRetries: number } } } };
  };
  return resiliency.spec.policies.retries.deliveryRetry.maxRetries;
}

async function deliveriesOf(appPort: number, route: string, eventId: string) {
  const requests = await recordedRequests(appPort, route);
  return requests.filter((r) => (r.body as CloudEvent | undefined)?.data?.event_id === eventId);
}

describe('pub/sub through Dapr to Kafka', () => {
  it('publishes through one sidecar, keeps the record on Kafka, and delivers it to the subscriber as a CloudEvent', async () => {
    const event = { event_id: randomUUID(), event_type: 'created', user_id: `user-${randomUUID()}`, task_id: 1 };
    const res = await publish('todo-backend-0', 'kafka-pubsub', 'task-events', event, event.user_id);
    expect(res.status).toBe(204);

    const { value, message } = await findOnTopic('task-events', (v) => (v as CloudEvent).data?.event_id === event.event_id);
    expect(message.key?.toString()).toBe(event.user_id);
    expect(value).toMatchObject({ specversion: '1.0', topic: 'task-events', pubsubname: 'kafka-pubsub', data: event });

    const delivered = await eventually(
      () => deliveriesOf(auditApp(), '/events/task-events', event.event_id),
      (d) => d.length > 0,
    );
    expect(delivered).toHaveLength(1);
    const cloudEvent = delivered.map((d) => d.body as CloudEvent)[0];
    expect(cloudEvent).toMatchObject({ specversion: '1.0', topic: 'task-events', pubsubname: 'kafka-pubsub', data: event });
    expect(cloudEvent?.source).toBe('todo-backend');
    expect(delivered[0]?.headers['content-type']).toContain('application/cloudevents+json');
  });

  it('redelivers a message the app answers RETRY to', async () => {
    const event = { event_id: randomUUID(), behaviour: 'retry-once' };
    expect((await publish('todo-backend-0', 'kafka-pubsub', 'task-events', event, 'user-retry')).status).toBe(204);

    const delivered = await eventually(
      () => deliveriesOf(auditApp(), '/events/task-events', event.event_id),
      (d) => d.length >= 2,
    );
    expect(delivered.map((d) => d.answer)).toEqual([{ status: 'RETRY' }, { status: 'SUCCESS' }]);
    // Same CloudEvent both times.
    const ids = delivered.map((d) => (d.body as CloudEvent).id);
    expect(ids[0]).toBe(ids[1]);
  });

  it('sends a message that keeps failing to the dead-letter topic, and the next message still flows', async () => {
    const poison = { event_id: randomUUID(), behaviour: 'fail' };
    const next = { event_id: randomUUID() };
    const key = `user-${randomUUID()}`; // same partition for both: the poison must not block it
    expect((await publish('todo-backend-0', 'kafka-pubsub', 'task-events', poison, key)).status).toBe(204);
    expect((await publish('todo-backend-0', 'kafka-pubsub', 'task-events', next, key)).status).toBe(204);

    const { value } = await findOnTopic('task-events-dlq', (v) => (v as CloudEvent).data?.event_id === poison.event_id, 360_000);
    expect((value as CloudEvent).data).toEqual(poison);
    // One delivery plus the Resiliency policy's retries.
    expect(await deliveriesOf(auditApp(), '/events/task-events', poison.event_id)).toHaveLength(1 + deliveryRetries());

    const nextDelivered = await eventually(
      () => deliveriesOf(auditApp(), '/events/task-events', next.event_id),
      (d) => d.length > 0,
    );
    expect(nextDelivered.map((d) => d.answer)).toEqual([{ status: 'SUCCESS' }]);
  }, 420_000);

  it('gives each replica of a {podName}-grouped subscriber its own consumer group, so both receive every message', async () => {
    await waitForConsumerGroup('websocket-service-websocket-service-0');
    await waitForConsumerGroup('websocket-service-websocket-service-1');
    const update = { event_id: randomUUID(), user_id: 'user-ws' };
    expect((await publish('todo-backend-0', 'kafka-pubsub', 'task-updates', update, update.user_id)).status).toBe(204);

    for (const replica of ['websocket-service-0', 'websocket-service-1']) {
      const port = sidecar(replica).appPort;
      const delivered = await eventually(
        () => deliveriesOf(port, '/events/task-updates', update.event_id),
        (d) => d.length > 0,
      );
      expect(delivered, replica).toHaveLength(1);
      // The envelope names the publisher's component; the subscription is on the broadcast one.
      expect(delivered.map((d) => (d.body as CloudEvent).topic)).toEqual(['task-updates']);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { daprUrl } from '../test-stack.ts';
import { sidecarHeaders } from './distributed-stack.ts';

interface SidecarMetadata {
  components: { name: string; type: string }[];
  subscriptions?: { pubsubname: string; topic: string; deadLetterTopic?: string; rules: { path: string }[] }[];
}

const metadataOf = async (podName: string) =>
  (await (await fetch(daprUrl(podName, '/v1.0/metadata'), { headers: sidecarHeaders() })).json()) as SidecarMetadata;

const subscriptionsOf = async (podName: string) =>
  ((await metadataOf(podName)).subscriptions ?? [])
    .map((s) => ({ pubsub: s.pubsubname, topic: s.topic, deadLetterTopic: s.deadLetterTopic, path: s.rules[0]?.path }))
    .sort((a, b) => a.topic.localeCompare(b.topic) || a.pubsub.localeCompare(b.pubsub));

const componentsOf = async (podName: string) => (await metadataOf(podName)).components.map((c) => c.name).sort();

describe('what each sidecar was told, and what it may use', () => {
  it('has each service subscribed to its topics with a dead-letter topic', async () => {
    expect(await subscriptionsOf('audit-service-0')).toEqual([
      { pubsub: 'kafka-pubsub', topic: 'task-events', deadLetterTopic: 'task-events-dlq', path: '/events/audit-service/task-events' },
    ]);
    expect(await subscriptionsOf('recurring-task-service-0')).toEqual([
      {
        pubsub: 'kafka-pubsub',
        topic: 'task-events',
        deadLetterTopic: 'task-events-dlq',
        path: '/events/recurring-task-service/task-events',
      },
    ]);
    expect(await subscriptionsOf('notification-service-0')).toEqual([
      {
        pubsub: 'kafka-pubsub',
        topic: 'project-events',
        deadLetterTopic: 'project-events-dlq',
        path: '/events/notification-service/project-events',
      },
      { pubsub: 'kafka-pubsub', topic: 'reminders', deadLetterTopic: 'reminders-dlq', path: '/events/notification-service/reminders' },
      {
        pubsub: 'kafka-pubsub',
        topic: 'task-events',
        deadLetterTopic: 'task-events-dlq',
        path: '/events/notification-service/task-events',
      },
    ]);
    for (const replica of ['websocket-service-0', 'websocket-service-1']) {
      expect(await subscriptionsOf(replica)).toEqual([
        // The membership view: one consumer group for all replicas, from the topic's beginning.
        {
          pubsub: 'kafka-pubsub',
          topic: 'project-events',
          deadLetterTopic: 'project-events-dlq',
          path: '/events/websocket-service-membership/project-events',
        },
        {
          pubsub: 'kafka-pubsub-broadcast',
          topic: 'project-events',
          deadLetterTopic: 'project-events-dlq',
          path: '/events/websocket-service/project-events',
        },
        {
          pubsub: 'kafka-pubsub-broadcast',
          topic: 'reminders',
          deadLetterTopic: 'reminders-dlq',
          path: '/events/websocket-service/reminders',
        },
        {
          pubsub: 'kafka-pubsub-broadcast',
          topic: 'task-updates',
          deadLetterTopic: 'task-updates-dlq',
          path: '/events/websocket-service/task-updates',
        },
      ]);
    }
    expect(await subscriptionsOf('todo-backend-0')).toEqual([]);
  });

  it('loads only the components a service is scoped to', async () => {
    expect(await componentsOf('todo-backend-0')).toEqual(['kafka-pubsub', 'kubernetes-secrets', 'reminder-cron', 'statestore']);
    expect(await componentsOf('websocket-service-0')).toEqual(['kafka-pubsub', 'kafka-pubsub-broadcast', 'kubernetes-secrets']);
    expect(await componentsOf('audit-service-0')).toEqual(['kafka-pubsub', 'kubernetes-secrets']);
  });

  it('refuses calls to a sidecar without the Dapr API token', async () => {
    const res = await fetch(daprUrl('todo-backend-0', '/v1.0/metadata'));
    expect(res.status).toBe(401);
  });
});

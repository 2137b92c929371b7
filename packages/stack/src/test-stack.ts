import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import { inject, vi } from 'vitest';
import { kafkaClient } from './kafka.ts';
import { PORT_OFFSETS, testStackPortOffset, testStackRunDir } from './paths.ts';
import type { RecordingAppOptions } from './recording-app.ts';
import type { SidecarInfo, StackInfo } from './stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

/** The stack the `stack` test project runs: its own folder and ports, beside any developer stack. */
export const testRunDir = testStackRunDir('test');
export const testPortOffset = testStackPortOffset(PORT_OFFSETS.stackTests);

/** One sidecar per entry, with the real app ids so the committed component scopes apply unchanged. */
export const testApps = [
  'todo-backend',
  'audit-service',
  'websocket-service',
  'websocket-service',
  'todo-frontend',
  // No recording app: the event bus contract serves a DaprSubscriber on their app ports (one app id per consumer).
  'notification-service',
  'recurring-task-service',
];

/** What each recording app (by app id) subscribes to or receives; an app id without an entry gets none. */
export const recordingAppBehaviour: Record<string, Omit<RecordingAppOptions, 'port'>> = {
  'todo-backend': { bindings: ['reminder-cron'] },
  'audit-service': {
    subscriptions: [
      { pubsubname: 'kafka-pubsub', topic: 'task-events', routes: { default: '/events/task-events' }, deadLetterTopic: 'task-events-dlq' },
    ],
  },
  'websocket-service': {
    subscriptions: [
      {
        pubsubname: 'kafka-pubsub-broadcast',
        topic: 'task-updates',
        routes: { default: '/events/task-updates' },
        deadLetterTopic: 'task-updates-dlq',
      },
    ],
  },
  'todo-frontend': {},
};

/** Metadata overridden for the tests only: the reminder sweep fires every second. */
export const testComponentMetadata = { 'reminder-cron': { schedule: '@every 1s' } };

export function stackInfo(): StackInfo {
  return inject('stack');
}

export function sidecar(podName: string): SidecarInfo {
  const found = stackInfo().sidecars.find((s) => s.podName === podName);
  if (!found) throw new Error(`no sidecar ${podName} in the test stack`);
  return found;
}

export const daprUrl = (podName: string, path: string) => `http://127.0.0.1:${sidecar(podName).httpPort}${path}`;

/** Publishes through a sidecar's HTTP API and returns the response. */
export function publish(podName: string, pubsub: string, topic: string, data: unknown, partitionKey?: string): Promise<Response> {
  const query = partitionKey ? `?metadata.partitionKey=${encodeURIComponent(partitionKey)}` : '';
  return fetch(daprUrl(podName, `/v1.0/publish/${pubsub}/${topic}${query}`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
    signal: AbortSignal.timeout(30_000),
  });
}

/** Reads `topic` from the beginning with a throwaway consumer group until `match` finds a record, or times out. */
export async function findOnTopic(
  topic: string,
  match: (value: unknown, message: KafkaMessage) => boolean,
  timeoutMs = 30_000,
): Promise<{ value: unknown; message: KafkaMessage }> {
  const { kafka } = stackInfo();
  const port = Number(kafka.bootstrap.split(':')[1]);
  const consumer = kafkaClient(port, kafka.credentials, 'stack-test-reader').consumer({ groupId: `stack-test-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching record on ${topic} within ${timeoutMs} ms`)), timeoutMs);
      consumer
        .run({
          eachMessage: async ({ message }) => {
            const text = message.value?.toString('utf8') ?? '';
            let value: unknown = text;
            try {
              value = JSON.parse(text);
            } catch {
              // not JSON: match on the text
            }
            if (match(value, message)) {
              clearTimeout(timer);
              resolve({ value, message });
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
}

/** Waits until a Kafka consumer group has members and a stable assignment. */
export async function waitForConsumerGroup(groupId: string, timeoutMs = 60_000): Promise<void> {
  const { kafka } = stackInfo();
  const admin = kafkaClient(Number(kafka.bootstrap.split(':')[1]), kafka.credentials).admin();
  await admin.connect();
  try {
    await vi.waitFor(
      async () => {
        const [group] = (await admin.describeGroups([groupId])).groups;
        if (group?.state !== 'Stable' || group.members.length === 0) throw new Error(`consumer group ${groupId} is ${group?.state}`);
      },
      { timeout: timeoutMs, interval: 250 },
    );
  } finally {
    await admin.disconnect();
  }
}

/**
 * Reads until `done` holds for the result (bounded by time) and returns the last result, for the caller to assert on.
 * A thin shape over `vi.waitFor` kept for the tests written against it; new tests use `vi.waitFor`/`expect.poll`.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000, intervalMs = 250): Promise<T> {
  let last: { value: T } | undefined;
  try {
    return await vi.waitFor(
      async () => {
        last = { value: await read() };
        if (!done(last.value)) throw new Error('not yet');
        return last.value;
      },
      { timeout: timeoutMs, interval: intervalMs },
    );
  } catch (error) {
    if (!last) throw error;
    return last.value;
  }
}

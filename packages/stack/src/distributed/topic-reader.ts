import { randomUUID } from 'node:crypto';
import { kafkaClient } from '../kafka.ts';
import type { StackInfo } from '../stack.ts';
import { stackInfo } from '../test-stack.ts';

/** One record of a topic: where it sits, its key, and its value parsed as JSON where it is JSON. */
export interface TopicRecord {
  partition: number;
  offset: number;
  key: string | undefined;
  /** When the producer made it (ms since the epoch): the sidecar's clock as it published. */
  timestamp: number;
  value: unknown;
}

/** Every record on `topic` up to its current end, values parsed as JSON where they are JSON. */
export async function readTopic(topic: string, timeoutMs = 30_000): Promise<unknown[]> {
  return (await readTopicRecords(stackInfo(), topic, timeoutMs)).map((r) => r.value);
}

/** Every record on `topic` of the stack `info` up to its current end, in offset order within each partition. */
export async function readTopicRecords(info: StackInfo, topic: string, timeoutMs = 30_000): Promise<TopicRecord[]> {
  const { kafka } = info;
  const client = kafkaClient(Number(kafka.bootstrap.split(':')[1]), kafka.credentials, 'stack-test-reader');
  const admin = client.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  // Partition → offset of its last record now; reading stops once each was reached.
  const ends = new Map(offsets.filter((o) => Number(o.high) > Number(o.low)).map((o) => [o.partition, Number(o.high) - 1]));
  const records: TopicRecord[] = [];
  if (ends.size === 0) return records;
  const consumer = client.consumer({ groupId: `stack-test-${randomUUID()}` });
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${topic} not read to its end within ${timeoutMs} ms`)), timeoutMs);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const end = ends.get(partition);
            const offset = Number(message.offset);
            if (end === undefined || offset > end) return;
            const text = message.value?.toString('utf8') ?? '';
            let value: unknown = text;
            try {
              value = JSON.parse(text);
            } catch {
              // not JSON: keep the text
            }
            records.push({ partition, offset, key: message.key?.toString('utf8'), timestamp: Number(message.timestamp), value });
            if (offset === end) ends.delete(partition);
            if (ends.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
  }
  return records;
}

import { randomUUID } from 'node:crypto';
import { kafkaClient } from '../kafka.ts';
import { stackInfo } from '../test-stack.ts';

/** Every record on `topic` up to its current end, values parsed as JSON where they are JSON. */
export async function readTopic(topic: string, timeoutMs = 30_000): Promise<unknown[]> {
  const { kafka } = stackInfo();
  const client = kafkaClient(Number(kafka.bootstrap.split(':')[1]), kafka.credentials, 'stack-test-reader');
  const admin = client.admin();
  await admin.connect();
  const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
  // Partition → offset of its last record now; reading stops once each was reached.
  const ends = new Map(offsets.filter((o) => Number(o.high) > Number(o.low)).map((o) => [o.partition, Number(o.high) - 1]));
  const values: unknown[] = [];
  if (ends.size === 0) return values;
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
            if (end === undefined || Number(message.offset) > end) return;
            const text = message.value?.toString('utf8') ?? '';
            try {
              values.push(JSON.parse(text));
            } catch {
              values.push(text);
            }
            if (Number(message.offset) === end) ends.delete(partition);
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
  return values;
}

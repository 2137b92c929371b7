import type { BusMessage, FailedPublish } from '@doable/platform';
import type { OutboxRow } from './outbox.ts';

export type BulkPublish = (topic: string, messages: BusMessage[]) => Promise<FailedPublish[]>;

export interface AcrossKeysResult {
  /** Rows the broker accepted, to be marked delivered. */
  delivered: OutboxRow[];
  /** The first row of each key that failed; that key's later rows were held back, to go after it in a later pass. */
  failed: { row: OutboxRow; error: string }[];
}

/**
 * Publishes `rows` (in id order) through bulk requests, each holding at most one row per partition key: round n
 * sends the n-th row of every key still going, one request per topic. A bulk request has no order (Dapr documents
 * none), so two rows of one key never share one; a key's next row goes only after its previous one was accepted,
 * which keeps each key's order. A key whose row fails stops there for this pass; the other keys go on. Accepted
 * rows are never sent again by this call.
 */
export async function publishAcrossKeys(rows: OutboxRow[], publishBulk: BulkPublish): Promise<AcrossKeysResult> {
  let going = [...Map.groupBy(rows, (row) => row.partition_key).values()];
  const delivered: OutboxRow[] = [];
  const failed: AcrossKeysResult['failed'] = [];
  for (let round = 0; going.length > 0; round++) {
    const heads = going.map((keyRows) => keyRows[round] as OutboxRow);
    const stopped = new Set<string>();
    await Promise.all(
      [...Map.groupBy(heads, (row) => row.topic)].map(async ([topic, topicRows]) => {
        let failures: { row: OutboxRow; error: string }[];
        try {
          const messages = new Map(topicRows.map((row) => [toMessage(row), row]));
          const refused = await publishBulk(topic, [...messages.keys()]);
          failures = refused.flatMap((failure) => {
            const row = messages.get(failure.message);
            return row ? [{ row, error: failure.error }] : [];
          });
        } catch (error) {
          // Nothing is known to have gone out: every row of the request is retried.
          failures = topicRows.map((row) => ({ row, error: String(error) }));
        }
        const failedIds = new Set(failures.map((failure) => failure.row.id));
        for (const row of topicRows) if (!failedIds.has(row.id)) delivered.push(row);
        for (const failure of failures) stopped.add(failure.row.partition_key);
        failed.push(...failures);
      }),
    );
    going = going.filter((keyRows) => keyRows.length > round + 1 && !stopped.has(keyRows[0]?.partition_key ?? ''));
  }
  return { delivered, failed };
}

function toMessage(row: OutboxRow): BusMessage {
  return { topic: row.topic, key: row.partition_key, eventId: row.event_id, payload: row.payload };
}

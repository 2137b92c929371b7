import type { BusMessage } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { type BulkPublish, publishAcrossKeys } from './across-keys.ts';
import type { OutboxRow } from './outbox.ts';

let nextId = 1;
function aRow(key: string, topic = 'task-events'): OutboxRow {
  const id = nextId++;
  return { id, topic, partition_key: key, event_id: `event-${id}`, payload: { n: id }, attempts: 0 };
}

/** A bulk publisher that records each request (what was sent, accepted or not) and refuses the event ids in `refuse` (once each). */
function aBroker(refuse: string[] = [], failWhole = false) {
  const requests: { topic: string; messages: BusMessage[] }[] = [];
  const refused = new Set(refuse);
  const publish: BulkPublish = async (topic, messages) => {
    requests.push({ topic, messages });
    if (failWhole) throw new Error('sidecar unreachable');
    const failed = messages.filter((message) => refused.delete(message.eventId));
    return failed.map((message) => ({ message, error: 'broker said no' }));
  };
  const sent = () => requests.flatMap((request) => request.messages.map((message) => message.eventId));
  return { publish, requests, sent };
}

describe('bulk publishing across keys', () => {
  it('never puts two events of one key in a request, and sends each key’s events in id order', async () => {
    const rows = [aRow('ann'), aRow('bob'), aRow('ann'), aRow('cy', 'reminders'), aRow('ann'), aRow('bob', 'reminders')];
    const broker = aBroker();

    const result = await publishAcrossKeys(rows, broker.publish);

    for (const request of broker.requests) {
      const keys = request.messages.map((message) => message.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(request.messages.every((message) => message.topic === request.topic)).toBe(true);
    }
    for (const key of ['ann', 'bob', 'cy']) {
      const sent = broker.sent().filter((eventId) => rows.find((row) => row.event_id === eventId)?.partition_key === key);
      expect(sent).toEqual(rows.filter((row) => row.partition_key === key).map((row) => row.event_id));
    }
    // Three rounds (ann has three events), each split by topic: 2 + 2 + 1 requests.
    expect(broker.requests.map((request) => request.messages.length)).toEqual([2, 1, 1, 1, 1]);
    expect(result.delivered.map((row) => row.id).sort((a, b) => a - b)).toEqual(rows.map((row) => row.id));
    expect(result.failed).toEqual([]);
  });

  it('holds back a key after its refused event while the other keys go on, and sends no accepted event again', async () => {
    const [ann1, bob1, ann2, bob2, ann3] = [aRow('ann'), aRow('bob'), aRow('ann'), aRow('bob'), aRow('ann')];
    const broker = aBroker([ann2.event_id]);

    const first = await publishAcrossKeys([ann1, bob1, ann2, bob2, ann3], broker.publish);

    expect(first.delivered.map((row) => row.id).sort((a, b) => a - b)).toEqual([ann1.id, bob1.id, bob2.id]);
    expect(first.failed).toEqual([{ row: ann2, error: 'broker said no' }]);
    // ann's third event waited behind the refused second one: never sent ahead of it.
    expect(broker.sent()).not.toContain(ann3.event_id);

    // The next pass reads what is still pending: the refused event first, then the one held back.
    const second = await publishAcrossKeys([ann2, ann3], broker.publish);
    expect(second.delivered).toEqual([ann2, ann3]);
    expect(broker.sent().filter((eventId) => eventId === ann1.event_id || eventId === bob1.event_id)).toHaveLength(2);
  });

  it('counts every event of a request as not sent when the request fails as a whole', async () => {
    const rows = [aRow('ann'), aRow('bob'), aRow('ann')];
    const broker = aBroker([], true);

    const result = await publishAcrossKeys(rows, broker.publish);

    expect(result.delivered).toEqual([]);
    expect(result.failed.map((failure) => failure.row)).toEqual([rows[0], rows[1]]);
    expect(broker.requests).toHaveLength(1);
  });
});

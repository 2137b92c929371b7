import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from './database-state.ts';
import { backlogDrainedAfterMs, medianMax } from './figures.ts';

const aRow = (createdAt: number, deliveredAt: number | null): OutboxEntry => ({
  id: createdAt,
  topic: 'task-events',
  partition_key: 'ann',
  event_id: `e${createdAt}`,
  task_id: 1,
  event_type: 'created',
  delivered: deliveredAt !== null,
  created_at: new Date(createdAt),
  delivered_at: deliveredAt === null ? null : new Date(deliveredAt),
});

describe('the chaos soak’s figures', () => {
  it('gives median and maximum in seconds, of the values measured', () => {
    expect(medianMax([3_000, undefined, 1_000, 2_000])).toBe('2.0/3.0');
    expect(medianMax([1_000, 4_000])).toBe('2.5/4.0');
    expect(medianMax([undefined])).toBe('n/a');
  });

  it('measures a backlog from the return until the last event written before it was delivered', () => {
    const outbox = [aRow(1_000, 12_000), aRow(9_000, 15_000), aRow(11_000, 11_500)];
    expect(backlogDrainedAfterMs({ tasks: [], auditEventIds: [], outbox }, 10_000)).toBe(5_000);
    expect(backlogDrainedAfterMs({ tasks: [], auditEventIds: [], outbox: [aRow(1_000, 2_000)] }, 10_000)).toBe(0);
    expect(backlogDrainedAfterMs({ tasks: [], auditEventIds: [], outbox: [aRow(1_000, null)] }, 10_000)).toBeUndefined();
  });
});

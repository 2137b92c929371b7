import { randomUUID } from 'node:crypto';
import { type Database, openDatabase } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { NextOccurrenceClient } from '../next-occurrence-client.ts';
import { createRecurringModule } from '../recurring-module.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

function aCompletedEvent(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_type: 'completed',
    event_id: randomUUID(),
    timestamp: '2030-01-01T10:00:00.000Z',
    user_id: 'user-1',
    task_id: 42,
    task_data: {
      title: 'Pay rent',
      completed: true,
      priority: 'high',
      tags: [],
      due_date: '2030-01-01T09:00:00.000Z',
      recurring: 'monthly',
    },
    ...overrides,
  };
}

describe('recurring consumer', () => {
  let database: Database;
  const requests: { userId: string; taskId: number; eventId: string }[] = [];
  let failNext = false;
  // The backend side of the call, recorded at the interface the service calls (the backend's own rule is tested end to end).
  const client: NextOccurrenceClient = {
    async createNextOccurrence(request) {
      if (failNext) {
        failNext = false;
        throw new Error('backend unavailable');
      }
      requests.push(request);
    },
  };
  let handle: (payload: unknown) => Promise<void>;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    const module = await createRecurringModule({ db: database.db, client, logger });
    const [subscription] = module.subscriptions;
    if (!subscription) throw new Error('no subscription');
    handle = (payload) => subscription.handle({ topic: 'task-events', key: 'user-1', eventId: 'x', payload });
  });
  afterAll(() => database.close());

  it('asks for the next occurrence once when the same event arrives twice', async () => {
    const event = aCompletedEvent();
    await handle(event);
    await handle(event);
    expect(requests.filter((r) => r.eventId === event.event_id)).toEqual([{ userId: 'user-1', taskId: 42, eventId: event.event_id }]);
  });

  it('asks for the next occurrence of a shared task completed by a member, as that member', async () => {
    const event = aCompletedEvent({
      task_id: 43,
      user_id: 'member-2',
      actor_id: 'member-2',
      project_id: 9,
      task_data: { ...aCompletedEvent().task_data, project_id: 9, assignee_id: 'member-2', created_by: 'owner-1' },
    });
    await handle(event);
    // The backend copies project, assignee and creator from the completed task (tested end to end in the app).
    expect(requests.filter((r) => r.eventId === event.event_id)).toEqual([{ userId: 'member-2', taskId: 43, eventId: event.event_id }]);
  });

  it('ignores other event types and tasks that do not recur', async () => {
    const before = requests.length;
    await handle(aCompletedEvent({ event_type: 'updated' }));
    await handle(
      aCompletedEvent({ task_data: { title: 'Once', completed: true, priority: 'low', tags: [], due_date: null, recurring: null } }),
    );
    expect(requests).toHaveLength(before);
  });

  it('a failed call is not recorded as processed, so redelivery retries it', async () => {
    const event = aCompletedEvent();
    failNext = true;
    await expect(handle(event)).rejects.toThrow('backend unavailable');
    await handle(event);
    expect(requests.filter((r) => r.eventId === event.event_id)).toHaveLength(1);
  });
});

import { taskEventSchema } from '@doable/contracts';
import { FUTURE_YEAR } from '@doable/test-kit';
import { describe, expect, it } from 'vitest';
import { eventually, findOnTopic } from '../test-stack.ts';
import { aUser, backend } from './distributed-stack.ts';

interface CloudEvent {
  id: string;
  topic: string;
  data: { event_id?: string; task_id?: number; user_id?: string; event_type?: string };
}

const listAll = async (token: string) =>
  (await backend(0).get('/api/v1/tasks?status=all&limit=100', token)).body.items as {
    id: number;
    title: string;
    recurring_parent_id: number | null;
    completed: boolean;
  }[];

describe('task events through the outbox, Dapr and Kafka', () => {
  it('puts a created task on `task-events` in the requirement’s schema, keyed by the project', async () => {
    const { token, userId } = await aUser();
    const created = await backend(0).post('/api/v1/tasks', { title: 'Buy groceries', priority: 'high', tags: ['home'] }, token);
    expect(created.status).toBe(201);

    const { value, message } = await findOnTopic(
      'task-events',
      (v) => (v as CloudEvent).data?.task_id === created.body.id && (v as CloudEvent).data?.user_id === userId,
    );
    const event = taskEventSchema.parse((value as CloudEvent).data);
    expect(event).toMatchObject({
      event_type: 'created',
      user_id: userId,
      task_id: created.body.id,
      task_data: { title: 'Buy groceries', priority: 'high', tags: ['home'], completed: false, due_date: null },
    });
    // Keyed by the project, so one project's events stay in order whoever makes them.
    expect(message.key?.toString()).toBe(`project:${created.body.project_id}`);
    // The CloudEvent carries the outbox's event id, so a republished row is recognisably the same event.
    expect((value as CloudEvent).id).toBe(event.event_id);
  });

  it('completing a recurring task yields exactly one next occurrence, through the recurring service', async () => {
    const { token } = await aUser();
    const api = backend(0);
    const series = await api.post(
      '/api/v1/tasks',
      { title: 'Water the plants', recurring: 'daily', due_date: `${FUTURE_YEAR}-03-01T09:00:00Z` },
      token,
    );
    // Completed twice (the second a no-op) and through the other replica too: still one occurrence.
    expect((await api.patch(`/api/v1/tasks/${series.body.id}/complete`, {}, token)).status).toBe(200);
    expect((await backend(1).patch(`/api/v1/tasks/${series.body.id}/complete`, {}, token)).status).toBe(200);

    const tasks = await eventually(
      () => listAll(token),
      (items) => items.some((t) => t.recurring_parent_id === series.body.id),
    );
    const next = tasks.filter((t) => t.recurring_parent_id === series.body.id);
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ title: 'Water the plants', completed: false });
    const occurrence = await api.get(`/api/v1/tasks/${next[0]?.id}`, token);
    expect(occurrence.body.due_date).toBe(`${FUTURE_YEAR}-03-02T09:00:00.000Z`);
    // A later completion of the same user's is handled after anything still in flight for this one: the user's events
    // share a partition, which the recurring service consumes in order.
    const later = await api.post(
      '/api/v1/tasks',
      { title: 'Feed the fish', recurring: 'daily', due_date: `${FUTURE_YEAR}-03-01T09:00:00Z` },
      token,
    );
    expect((await api.patch(`/api/v1/tasks/${later.body.id}/complete`, {}, token)).status).toBe(200);
    await eventually(
      () => listAll(token),
      (items) => items.some((t) => t.recurring_parent_id === later.body.id),
    );
    expect((await listAll(token)).filter((t) => t.recurring_parent_id === series.body.id)).toHaveLength(1);
  });

  it('keeps every event once in the audit service, served as the task’s history by the backend', async () => {
    const { token } = await aUser();
    const api = backend(0);
    const task = await api.post('/api/v1/tasks', { title: 'Write report' }, token);
    await api.patch(`/api/v1/tasks/${task.body.id}/priority`, { priority: 'high' }, token);
    await api.patch(`/api/v1/tasks/${task.body.id}/complete`, {}, token);

    const history = await eventually(
      () => backend(1).get(`/api/v1/tasks/${task.body.id}/history`, token),
      (res) => res.body.items?.length >= 3,
    );
    expect(history.status).toBe(200);
    const types = history.body.items.map((e: { event_type: string }) => e.event_type);
    expect(types).toEqual(['created', 'updated', 'completed']);
    const ids = history.body.items.map((e: { event_id: string }) => e.event_id);
    expect(new Set(ids).size).toBe(ids.length);

    // Another user sees none of it.
    const other = await aUser('Other');
    expect((await api.get(`/api/v1/tasks/${task.body.id}/history`, other.token)).status).toBe(404);
  });
});

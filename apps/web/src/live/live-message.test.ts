import { describe, expect, it } from 'vitest';
import { fromFrame } from './live-message.ts';

const taskEvent = {
  schema_version: 1,
  event_type: 'completed',
  event_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  timestamp: '2031-03-10T08:00:00.000Z',
  user_id: 'user-1',
  task_id: 7,
  task_data: { title: 'Stand-up', completed: true, priority: 'medium', tags: [], due_date: null },
};

describe('live messages', () => {
  it('reads hello, task.updated and reminder frames', () => {
    expect(fromFrame(JSON.stringify({ type: 'hello', user_id: 'user-1', heartbeat_interval_ms: 30_000 }))).toEqual({
      type: 'hello',
      user_id: 'user-1',
      heartbeat_interval_ms: 30_000,
    });
    expect(fromFrame(JSON.stringify({ type: 'task.updated', event: taskEvent }))).toMatchObject({
      type: 'task.updated',
      event: { task_id: 7 },
    });
    const reminder = {
      schema_version: 1,
      event_id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      timestamp: '2031-03-10T07:50:00.000Z',
      task_id: 7,
      user_id: 'user-1',
      title: 'Stand-up',
      due_at: '2031-03-10T08:00:00.000Z',
      remind_at: '2031-03-10T07:50:00.000Z',
    };
    expect(fromFrame(JSON.stringify({ type: 'reminder', event: reminder }))).toEqual({ type: 'reminder', event: reminder });
  });

  it('reads a project message leniently: which project, and whether it says the user is no longer a member', () => {
    expect(fromFrame(JSON.stringify({ type: 'project_removed', project_id: 12, reason: 'removed' }))).toEqual({
      type: 'project',
      project_id: 12,
      removed: true,
      member_id: undefined,
    });
    const removed = { event_type: 'member_removed', project_id: 12, member: { user_id: 'user-2', role: 'editor' } };
    expect(fromFrame(JSON.stringify({ type: 'project.event', event: removed }))).toEqual({
      type: 'project',
      project_id: 12,
      removed: true,
      member_id: 'user-2',
    });
    expect(fromFrame(JSON.stringify({ type: 'project.updated', event: { event_type: 'project_updated', project_id: 3 } }))).toMatchObject({
      removed: false,
      project_id: 3,
    });
  });

  it('carries the name of who changed a task when the event says it, and reads notifications', () => {
    expect(
      fromFrame(JSON.stringify({ type: 'task.updated', event: { ...taskEvent, actor_id: 'user-2', actor_name: 'Sam' } })),
    ).toMatchObject({
      event: { actor_name: 'Sam' },
    });
    const notification = {
      kind: 'task_assigned',
      event_id: 'e1',
      actor: { user_id: 'user-2', name: 'Sam' },
      project_id: 4,
      task_id: 7,
      title: 'Stand-up',
    };
    expect(fromFrame(JSON.stringify({ type: 'notification', notification }))).toEqual({ type: 'notification', notification });
  });

  it('ignores unknown types, malformed events, binary frames and text that is not JSON', () => {
    expect(fromFrame(JSON.stringify({ type: 'presence', users: 2 }))).toBeUndefined();
    expect(fromFrame(JSON.stringify({ type: 'task.updated', event: { ...taskEvent, task_id: 'seven' } }))).toBeUndefined();
    expect(fromFrame(new ArrayBuffer(4))).toBeUndefined();
    expect(fromFrame('{not json')).toBeUndefined();
  });
});

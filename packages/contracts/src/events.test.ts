import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { projectEventSchema, taskEventSchema } from './events.ts';

const aTaskEvent = (overrides: Record<string, unknown> = {}) => ({
  event_type: 'updated',
  event_id: randomUUID(),
  timestamp: '2030-01-01T10:00:00.000Z',
  user_id: 'user-1',
  task_id: 7,
  task_data: { title: 'Buy groceries', completed: false, priority: 'high', tags: [], due_date: null },
  ...overrides,
});

describe('where a change came from, on events', () => {
  it('a task event may say through what channel and client it was made', () => {
    const parsed = taskEventSchema.parse(aTaskEvent({ via: { channel: 'caldav', client: 'Thunderbird' } }));
    expect(parsed.via).toEqual({ channel: 'caldav', client: 'Thunderbird' });
    expect(taskEventSchema.parse(aTaskEvent({ via: { channel: 'chat' } })).via).toEqual({ channel: 'chat' });
  });

  it('an event written before it existed, without via, stays valid', () => {
    const parsed = taskEventSchema.parse(aTaskEvent());
    expect(parsed.via).toBeUndefined();
  });

  it('refuses an unknown channel and a client name past 80 characters or empty', () => {
    expect(taskEventSchema.safeParse(aTaskEvent({ via: { channel: 'fax' } })).success).toBe(false);
    expect(taskEventSchema.safeParse(aTaskEvent({ via: { channel: 'caldav', client: 'x'.repeat(81) } })).success).toBe(false);
    expect(taskEventSchema.safeParse(aTaskEvent({ via: { channel: 'caldav', client: '' } })).success).toBe(false);
  });

  it('a project event may say it too', () => {
    const event = {
      event_type: 'project_created',
      event_id: randomUUID(),
      timestamp: '2030-01-01T10:00:00.000Z',
      actor_id: 'user-1',
      project_id: 3,
      project: { name: 'Home', color: '#888888', emoji: null, archived: false },
    };
    expect(projectEventSchema.parse(event).via).toBeUndefined();
    expect(projectEventSchema.parse({ ...event, via: { channel: 'caldav', client: 'DAVx⁵' } }).via).toEqual({
      channel: 'caldav',
      client: 'DAVx⁵',
    });
  });
});

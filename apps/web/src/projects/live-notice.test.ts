import type { TaskEvent } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { describeLiveChange } from './live-notice.ts';

const event = (overrides: Partial<TaskEvent> = {}): TaskEvent => ({
  schema_version: 1,
  event_type: 'created',
  event_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  timestamp: '2031-03-10T08:00:00.000Z',
  user_id: 'sam',
  actor_id: 'sam',
  project_id: 4,
  task_id: 7,
  task_data: { title: 'Buy milk', completed: false, priority: 'medium', tags: [], due_date: null },
  ...overrides,
});

describe('a change another member made, in words', () => {
  it('names who did what, by first name', () => {
    expect(describeLiveChange(event(), 'ada', 'Sam Jones')).toBe('Sam added “Buy milk”');
    expect(describeLiveChange(event({ event_type: 'completed' }), 'ada', 'Sam')).toBe('Sam completed “Buy milk”');
    expect(describeLiveChange(event({ event_type: 'deleted' }), 'ada', 'Sam')).toBe('Sam deleted “Buy milk”');
    expect(describeLiveChange(event({ event_type: 'updated', changed_fields: ['project_id'] }), 'ada', 'Sam')).toBe('Sam moved “Buy milk”');
    expect(describeLiveChange(event({ event_type: 'updated', changed_fields: ['title'] }), 'ada', 'Sam')).toBe('Sam changed “Buy milk”');
  });

  it('says nothing about the user’s own changes, and "Someone" when the name is not known', () => {
    expect(describeLiveChange(event({ actor_id: 'ada', user_id: 'ada' }), 'ada', 'Ada')).toBeUndefined();
    expect(describeLiveChange(event(), 'ada', null)).toBe('Someone added “Buy milk”');
  });

  it('takes the actor from user_id for events from before projects', () => {
    const { actor_id: _omitted, ...old } = event({ user_id: 'ada' });
    expect(describeLiveChange(old, 'ada', 'Ada')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { TopicRecord } from '../distributed/topic-reader.ts';
import type { DatabaseState, DatabaseTask, OutboxEntry } from './database-state.ts';
import { checkAcknowledgedWrites, checkAuditLog, checkRecurrences, checkReminders, checkTopic, viewDifferences } from './invariants.ts';
import type { TrackedTask } from './traffic.ts';

const aTask = (overrides: Partial<DatabaseTask> = {}): DatabaseTask => ({
  id: 1,
  user_id: 'ann',
  title: 'Pay rent',
  priority: 'medium',
  completed: false,
  recurring: null,
  recurrence_source_id: null,
  reminder_at: null,
  reminder_sent_at: null,
  updated_at: new Date('2030-01-01T00:00:00Z'),
  ...overrides,
});
const aRow = (id: number, overrides: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  topic: 'task-events',
  partition_key: 'ann',
  event_id: `e${id}`,
  task_id: 1,
  event_type: 'updated',
  delivered: true,
  created_at: new Date(0),
  delivered_at: new Date(1),
  ...overrides,
});
const aState = (overrides: Partial<DatabaseState> = {}): DatabaseState => ({ tasks: [], outbox: [], auditEventIds: [], ...overrides });
const aRecord = (eventId: string, offset: number, timestamp = offset * 1000, key = 'ann'): TopicRecord => ({
  partition: 0,
  offset,
  key,
  timestamp,
  value: { data: { event_id: eventId } },
});

describe('the chaos soak’s invariants', () => {
  it('finds an event missing from the topic, one under the wrong key, and events whose first copies are out of order', () => {
    const db = aState({ outbox: [aRow(1), aRow(2), aRow(3), aRow(4)] });
    const f = checkTopic('task-events', db, [aRecord('e2', 0), aRecord('e1', 1), aRecord('e3', 2, 2_000, 'bob')], []);
    expect(f.lost).toEqual(['event e4 (task 1, updated) is not on task-events']);
    expect(f.wrong).toEqual([
      'event e3 on task-events under key bob, committed for ann',
      'key ann: outbox row 1 (task 1) first appears on task-events after row 2',
    ]);
  });

  it('lets two tasks of one key appear in commit order, which overlapping writes may give either way', () => {
    const db = aState({ outbox: [aRow(1), aRow(2, { task_id: 2 }), aRow(3), aRow(4, { task_id: 2 })] });
    const f = checkTopic('task-events', db, [aRecord('e2', 0), aRecord('e1', 1), aRecord('e4', 2), aRecord('e3', 3)], []);
    expect(f.wrong).toEqual([]);
    const swapped = checkTopic('task-events', db, [aRecord('e2', 0), aRecord('e3', 1), aRecord('e1', 2), aRecord('e4', 3)], []);
    expect(swapped.wrong).toEqual(['key ann: outbox row 1 (task 1) first appears on task-events after row 3']);
  });

  it('counts a second copy as re-sent only when a crash falls between the copies, else as a duplicate', () => {
    const db = aState({ outbox: [aRow(1), aRow(2), aRow(3)] });
    // e1 again after e2 and e3 (a relay that crashed before marking them): re-sent, and not out of order.
    const records = [
      aRecord('e1', 0, 1_000),
      aRecord('e2', 1, 2_000),
      aRecord('e3', 2, 3_000),
      aRecord('e1', 3, 9_000),
      aRecord('e3', 4, 9_500),
    ];
    const f = checkTopic('task-events', db, records, [5_000]);
    expect(f.resent).toHaveLength(2);
    expect(f.duplicated).toEqual([]);
    expect(f.wrong).toEqual([]);
    expect(checkTopic('task-events', db, records, [500, 9_900]).duplicated).toHaveLength(2);
  });

  it('finds an event the audit log misses and one it holds that was never committed', () => {
    const f = checkAuditLog(aState({ outbox: [aRow(1), aRow(2)], auditEventIds: ['e1', 'e9'] }));
    expect(f.lost).toEqual(['event e2 (task 1, updated) is not in the audit log']);
    expect(f.wrong).toEqual(['the audit log holds event e9, which was never committed']);
  });

  it('checks acknowledged values, except fields a write went unanswered for, and finds tasks nobody created', () => {
    const tracked: TrackedTask[] = [
      { id: 1, userId: 'ann', kind: 'plain', expected: { title: 'Pay rent', priority: 'high', completed: false }, uncertain: new Set() },
      { id: 2, userId: 'ann', kind: 'plain', expected: { title: 'Call', priority: 'low', completed: true }, uncertain: new Set(['title']) },
      { id: 3, userId: 'ann', kind: 'plain', expected: { title: 'Gone', priority: 'low', completed: false }, uncertain: new Set() },
    ];
    const db = aState({
      tasks: [
        aTask({ id: 1, priority: 'medium' }),
        aTask({ id: 2, title: 'Call back', priority: 'low', completed: true }),
        aTask({ id: 4, title: 'Maybe' }),
        aTask({ id: 5, title: 'Out of nowhere' }),
        aTask({ id: 6, title: 'Pay rent', recurrence_source_id: 1 }),
      ],
    });
    const f = checkAcknowledgedWrites(tracked, new Set(['Maybe']), db);
    expect(f.lost).toEqual(['task 1 priority: acknowledged "high", stored "medium"', 'task 3 (Gone): acknowledged, not in the database']);
    expect(f.wrong).toEqual(['task 5 (Out of nowhere) exists, but no request created it']);
  });

  it('finds a completed recurring task without its next occurrence, and an occurrence of a task not completed', () => {
    const f = checkRecurrences(
      aState({
        tasks: [
          aTask({ id: 1, recurring: 'daily', completed: true }),
          aTask({ id: 2, recurring: 'daily', completed: true }),
          aTask({ id: 3, recurring: 'daily', recurrence_source_id: 2 }),
          aTask({ id: 4, recurring: 'daily', recurrence_source_id: 3 }),
        ],
      }),
    );
    expect(f.lost).toEqual(['completed recurring task 1 has no next occurrence']);
    expect(f.wrong).toEqual(['task 4 follows task 3, which is not completed']);
  });

  it('wants each reminder that came due claimed once and pushed once', () => {
    const due = new Date('2030-01-01T09:00:00Z');
    const db = aState({
      tasks: [
        aTask({ id: 1, reminder_at: due, reminder_sent_at: due }),
        aTask({ id: 2, reminder_at: due, reminder_sent_at: due }),
        aTask({ id: 3, reminder_at: new Date('2030-01-01T10:00:00Z') }),
      ],
      outbox: [
        aRow(1, { topic: 'reminders', task_id: 1 }),
        aRow(2, { topic: 'reminders', task_id: 2 }),
        aRow(3, { topic: 'reminders', task_id: 2 }),
      ],
    });
    const f = checkReminders(db, new Map([['ann', [1, 1]]]), due);
    expect(f.duplicated).toEqual([
      'reminder of task 1 (due 2030-01-01T09:00:00.000Z) pushed 2 times',
      'reminder of task 2 (due 2030-01-01T09:00:00.000Z) claimed 2 times',
    ]);
    expect(f.lost).toEqual(['reminder of task 2 (due 2030-01-01T09:00:00.000Z) not pushed']);
  });

  it('tells how a tab differs from the database', () => {
    const view = new Map([
      [1, { title: 'Pay rent', priority: 'medium', completed: false, updated_at: '' }],
      [7, { title: 'Ghost', priority: 'low', completed: false, updated_at: '' }],
    ]);
    expect(viewDifferences(view, [aTask({ id: 1, completed: true }), aTask({ id: 2 })])).toEqual([
      'task 1: shows ["Pay rent","medium",false], stored ["Pay rent","medium",true]',
      'task 2 missing',
      'task 7 shown, not in the database',
    ]);
  });
});

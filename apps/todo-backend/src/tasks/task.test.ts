import { describe, expect, it } from 'vitest';
import { applyPatch, editTags, initialReminder, type TaskRecord } from './task.ts';

const now = new Date('2030-05-01T12:00:00Z');

function aTaskRecord(overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: 1,
    user_id: 'u1',
    title: 'Task',
    description: '',
    completed: false,
    completed_at: null,
    priority: 'medium',
    tags: [],
    due_date: null,
    recurring: null,
    recurrence_basis: 'due',
    recurring_parent_id: null,
    recurrence_source_id: null,
    recurrence_anchor: null,
    occurrence_number: 1,
    reminder_at: null,
    remind_before_seconds: null,
    reminder_sent_at: null,
    project_id: 1,
    assignee_id: null,
    created_by: 'u1',
    parent_id: null,
    position: 'a0',
    created_at: now,
    updated_at: now,
    ...overrides,
  };
}

describe('initial reminder', () => {
  const due = new Date('2030-06-01T09:00:00Z');
  it('uses an absolute time as given', () => {
    expect(initialReminder({ due_date: due, reminder_at: new Date('2030-05-30T00:00:00Z') }, 600)).toEqual({
      reminder_at: new Date('2030-05-30T00:00:00Z'),
      remind_before_seconds: null,
    });
  });
  it('computes a relative one from the due date', () => {
    expect(initialReminder({ due_date: due, remind_before: 3_600 }, null).reminder_at).toEqual(new Date('2030-06-01T08:00:00Z'));
  });
  it("falls back to the user's default offset only when there is a due date", () => {
    expect(initialReminder({ due_date: due }, 600).reminder_at).toEqual(new Date('2030-06-01T08:50:00Z'));
    expect(initialReminder({}, 600)).toEqual({ reminder_at: null, remind_before_seconds: null });
  });
  it('an explicit null turns the default off', () => {
    expect(initialReminder({ due_date: due, remind_before: null }, 600)).toEqual({ reminder_at: null, remind_before_seconds: null });
  });
});

describe('applyPatch', () => {
  it('moves a relative reminder with the due date and lets it fire again', () => {
    const task = aTaskRecord({
      due_date: new Date('2030-06-01T09:00:00Z'),
      remind_before_seconds: 3_600,
      reminder_at: new Date('2030-06-01T08:00:00Z'),
      reminder_sent_at: new Date('2030-06-01T08:00:00Z'),
    });
    const { changes, eventType, changedFields } = applyPatch(task, { due_date: new Date('2030-06-02T09:00:00Z') }, now);
    expect(changes.reminder_at).toEqual(new Date('2030-06-02T08:00:00Z'));
    expect(changes.reminder_sent_at).toBeNull();
    expect(eventType).toBe('updated');
    expect(changedFields.sort()).toEqual(['due_date', 'reminder_at']);
  });

  it('keeps an absolute reminder when the due date moves', () => {
    const task = aTaskRecord({ due_date: new Date('2030-06-01T09:00:00Z'), reminder_at: new Date('2030-05-31T09:00:00Z') });
    const { changes } = applyPatch(task, { due_date: new Date('2030-06-05T09:00:00Z') }, now);
    expect(changes.reminder_at).toBeUndefined();
  });

  it('clearing the due date clears a relative reminder', () => {
    const task = aTaskRecord({
      due_date: new Date('2030-06-01T09:00:00Z'),
      remind_before_seconds: 60,
      reminder_at: new Date('2030-06-01T08:59:00Z'),
    });
    expect(applyPatch(task, { due_date: null }, now).changes.reminder_at).toBeNull();
  });

  it('completing stamps the time and is a completed event; reopening clears it and is an update', () => {
    const completed = applyPatch(aTaskRecord(), { completed: true }, now);
    expect(completed.eventType).toBe('completed');
    expect(completed.changes).toMatchObject({ completed: true, completed_at: now });
    const reopened = applyPatch(aTaskRecord({ completed: true, completed_at: now }), { completed: false }, now);
    expect(reopened.eventType).toBe('updated');
    expect(reopened.changes).toMatchObject({ completed: false, completed_at: null });
  });

  it('reports no change for a patch that changes nothing', () => {
    expect(applyPatch(aTaskRecord({ priority: 'high' }), { priority: 'high', completed: false }, now).changedFields).toEqual([]);
  });

  it('anchors a series when a task becomes recurring, and forgets the anchor when it stops', () => {
    const due = new Date('2030-01-31T09:00:00Z');
    expect(applyPatch(aTaskRecord({ due_date: due }), { recurring: 'monthly' }, now).changes.recurrence_anchor).toEqual(due);
    expect(
      applyPatch(aTaskRecord({ recurring: 'monthly', recurrence_anchor: due }), { recurring: null }, now).changes.recurrence_anchor,
    ).toBeNull();
  });
});

describe('editTags', () => {
  it('adds without duplicates, keeps order and removes', () => {
    expect(editTags(['home', 'work'], { add: ['urgent', 'home'], remove: ['work'] })).toEqual(['home', 'urgent']);
    expect(editTags([], { remove: ['missing'] })).toEqual([]);
  });
});

import type { Task } from '@doable/contracts';
import { formatDuration } from '@doable/contracts';
import type { VtodoFields } from './vtodo-shape.ts';

/** A task as the API shows it. */
export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    id: 42,
    title: 'Water the plants',
    description: '',
    completed: false,
    completed_at: null,
    priority: 'medium',
    tags: [],
    due_date: null,
    recurring: null,
    recurrence_basis: 'due',
    recurring_parent_id: null,
    reminder_at: null,
    remind_before: null,
    project_id: 1,
    assignee_id: null,
    created_by: 'user-1',
    parent_id: null,
    position: 'a0',
    subtask_count: 0,
    completed_subtask_count: 0,
    created_at: '2026-11-30T08:00:00.000Z',
    updated_at: '2026-12-01T09:30:00.000Z',
    ...overrides,
  };
}

/** The task the service would store from a VTODO's fields (a relative reminder becomes an instant before DUE). */
export function storedTask(fields: VtodoFields, base: Partial<Task> = {}): Task {
  const dueDate = fields.due_date ?? null;
  const remindBefore = fields.remind_before ?? null;
  const reminderAt = fields.reminder_at ?? (remindBefore !== null && dueDate ? new Date(dueDate.getTime() - remindBefore * 1000) : null);
  return aTask({
    ...base,
    title: fields.title ?? '',
    description: fields.description ?? '',
    completed: fields.completed ?? false,
    completed_at: fields.completed ? (base.completed_at ?? '2026-12-02T12:00:05.000Z') : null,
    priority: fields.priority ?? 'medium',
    tags: fields.tags ?? [],
    due_date: dueDate?.toISOString() ?? null,
    recurring: fields.recurring ?? null,
    reminder_at: reminderAt?.toISOString() ?? null,
    remind_before: remindBefore === null ? null : formatDuration(remindBefore),
  });
}

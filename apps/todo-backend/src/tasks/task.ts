import { formatDuration, type Priority, type Task, type TaskEventType, type UpdateTaskBody } from '@doable/contracts';

/** A row of backend.tasks as the repository returns it. */
export interface TaskRecord {
  id: number;
  user_id: string;
  title: string;
  description: string;
  completed: boolean;
  completed_at: Date | null;
  priority: Priority;
  tags: string[];
  due_date: Date | null;
  recurring: string | null;
  recurrence_basis: 'due' | 'completion';
  recurring_parent_id: number | null;
  recurrence_source_id: number | null;
  recurrence_anchor: Date | null;
  occurrence_number: number;
  reminder_at: Date | null;
  remind_before_seconds: number | null;
  reminder_sent_at: Date | null;
  project_id: number;
  assignee_id: string | null;
  created_by: string;
  parent_id: number | null;
  position: string;
  created_at: Date;
  updated_at: Date;
}

/** Columns a task's answer does not show: a list does not read them. */
export const NOT_LISTED = ['user_id', 'recurrence_source_id', 'recurrence_anchor', 'occurrence_number', 'reminder_sent_at'] as const;

/** What a task's answer is made of (`toTaskDto`). */
export type ListedTask = Omit<TaskRecord, (typeof NOT_LISTED)[number]>;

/** Direct subtasks of a task, for its "2/5". */
export interface SubtaskCounts {
  subtask_count: number;
  completed_subtask_count: number;
}

export const NO_SUBTASKS: SubtaskCounts = { subtask_count: 0, completed_subtask_count: 0 };

/** The columns a create or an update may set. */
export type TaskChanges = Partial<
  Pick<
    TaskRecord,
    | 'title'
    | 'description'
    | 'completed'
    | 'completed_at'
    | 'priority'
    | 'tags'
    | 'due_date'
    | 'recurring'
    | 'recurrence_basis'
    | 'recurrence_anchor'
    | 'reminder_at'
    | 'remind_before_seconds'
    | 'reminder_sent_at'
    | 'assignee_id'
  >
>;

/** What a caller asks to change (the API's update body); `undefined` leaves a field alone, `null` clears it. */
export type TaskPatch = UpdateTaskBody;

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export function toTaskDto(task: ListedTask, counts: SubtaskCounts = NO_SUBTASKS): Task {
  return {
    id: task.id,
    title: task.title,
    description: task.description,
    completed: task.completed,
    completed_at: iso(task.completed_at),
    priority: task.priority,
    tags: task.tags,
    due_date: iso(task.due_date),
    recurring: task.recurring,
    recurrence_basis: task.recurrence_basis,
    recurring_parent_id: task.recurring_parent_id,
    reminder_at: iso(task.reminder_at),
    remind_before: task.remind_before_seconds === null ? null : formatDuration(task.remind_before_seconds),
    project_id: task.project_id,
    assignee_id: task.assignee_id,
    created_by: task.created_by,
    parent_id: task.parent_id,
    position: task.position,
    subtask_count: counts.subtask_count,
    completed_subtask_count: counts.completed_subtask_count,
    created_at: task.created_at.toISOString(),
    updated_at: task.updated_at.toISOString(),
  };
}

/** task_data of a Task Event: the requirement's five fields first, then the rest of the task. */
export function toTaskEventData(task: TaskRecord) {
  // Subtask counts describe other rows: they are read from the API, not carried by each event.
  const { id: _id, subtask_count: _count, completed_subtask_count: _completed, ...rest } = toTaskDto(task);
  return rest;
}

function reminderFor(dueDate: Date | null, remindBeforeSeconds: number | null): Date | null {
  return dueDate && remindBeforeSeconds !== null ? new Date(dueDate.getTime() - remindBeforeSeconds * 1000) : null;
}

/** Reminder columns for a new task: explicit time, else offset from the due date, else the user's default offset. */
export function initialReminder(
  patch: Pick<TaskPatch, 'due_date' | 'reminder_at' | 'remind_before'>,
  defaultRemindBeforeSeconds: number | null,
): Pick<TaskRecord, 'reminder_at' | 'remind_before_seconds'> {
  if (patch.reminder_at) return { reminder_at: patch.reminder_at, remind_before_seconds: null };
  const remindBefore = patch.remind_before !== undefined ? patch.remind_before : patch.due_date ? defaultRemindBeforeSeconds : null;
  return { reminder_at: reminderFor(patch.due_date ?? null, remindBefore), remind_before_seconds: remindBefore };
}

/** Event `changed_fields` speak the API's names; bookkeeping columns (reminder_sent_at, recurrence_anchor) are left out. */
const API_FIELD_OF_COLUMN: Record<string, string[]> = {
  title: ['title'],
  description: ['description'],
  completed: ['completed'],
  completed_at: ['completed_at'],
  priority: ['priority'],
  tags: ['tags'],
  due_date: ['due_date'],
  recurring: ['recurring'],
  recurrence_basis: ['recurrence_basis'],
  reminder_at: ['reminder_at'],
  remind_before_seconds: ['remind_before'],
  assignee_id: ['assignee_id'],
};

/**
 * The column changes a patch makes to a task, and the event it becomes. A relative reminder follows the due date;
 * a moved reminder may fire again; completing stamps completed_at, reopening clears it.
 */
export function applyPatch(
  task: TaskRecord,
  patch: TaskPatch,
  now: Date,
): { changes: TaskChanges; eventType: TaskEventType; changedFields: string[] } {
  const changes: TaskChanges = {};
  const simple = ['title', 'description', 'priority', 'tags', 'due_date', 'recurring', 'recurrence_basis', 'assignee_id'] as const;
  for (const field of simple) {
    const value = patch[field];
    if (value !== undefined) Object.assign(changes, { [field]: value });
  }
  if (patch.recurring !== undefined && patch.recurring !== null && !task.recurring) {
    changes.recurrence_anchor = patch.due_date !== undefined ? patch.due_date : task.due_date;
  }
  if (patch.recurring === null) changes.recurrence_anchor = null;

  const dueDate = patch.due_date !== undefined ? patch.due_date : task.due_date;
  if (patch.reminder_at !== undefined && patch.reminder_at !== null) {
    changes.reminder_at = patch.reminder_at;
    changes.remind_before_seconds = null;
  } else if (patch.remind_before !== undefined) {
    changes.remind_before_seconds = patch.remind_before;
    changes.reminder_at = reminderFor(dueDate, patch.remind_before);
  } else if (patch.reminder_at === null) {
    changes.reminder_at = null;
    changes.remind_before_seconds = null;
  } else if (patch.due_date !== undefined && task.remind_before_seconds !== null) {
    changes.reminder_at = reminderFor(dueDate, task.remind_before_seconds);
  }
  if (changes.reminder_at !== undefined && changes.reminder_at?.getTime() !== task.reminder_at?.getTime()) {
    changes.reminder_sent_at = null;
  }

  let eventType: TaskEventType = 'updated';
  if (patch.completed !== undefined && patch.completed !== task.completed) {
    changes.completed = patch.completed;
    changes.completed_at = patch.completed ? now : null;
    if (patch.completed) eventType = 'completed';
  }
  const changedFields = Object.keys(changes)
    .filter((field) => JSON.stringify(task[field as keyof TaskRecord]) !== JSON.stringify(changes[field as keyof TaskChanges]))
    .flatMap((column) => API_FIELD_OF_COLUMN[column] ?? []);
  return { changes, eventType, changedFields };
}

/** Tags after `{add, remove}`, keeping the order in which they were first added. */
export function editTags(current: string[], edit: { add?: string[]; remove?: string[] }): string[] {
  const removed = new Set(edit.remove ?? []);
  return [...new Set([...current, ...(edit.add ?? [])])].filter((tag) => !removed.has(tag));
}

import { randomUUID } from 'node:crypto';
import {
  type CreateTaskBody,
  type ListTasksQuery,
  type Task,
  type TaskEvent,
  type TaskEventType,
  type TaskPage,
  TOPICS,
} from '@doable/contracts';
import { NotFoundError, ValidationError } from '@doable/platform';
import type { Executor } from '../database/executor.ts';
import { settingsRepository } from '../me/settings-repository.ts';
import { enqueue } from '../outbox/outbox.ts';
import { nextDueDate, parseRecurrence, rhythmProblem } from './recurrence.ts';
import { applyPatch, initialReminder, type TaskChanges, type TaskPatch, type TaskRecord, toTaskDto, toTaskEventData } from './task.ts';
import { decodeCursor, encodeCursor, invalidCursor } from './task-cursor.ts';
import { type ListSort, taskRepository } from './task-repository.ts';

export interface TaskServiceOptions {
  db: Executor;
  /** Called after every commit that enqueued events or touched reminders. */
  onCommitted: () => void;
  clock?: () => Date;
}

/** PostgreSQL: invalid datetime format, datetime field overflow, invalid text representation. */
const INVALID_VALUE_CODES = new Set(['22007', '22008', '22P02']);

const DEFAULT_ORDER: Record<ListSort & string, 'asc' | 'desc'> = {
  due_date: 'asc',
  priority: 'desc',
  title: 'asc',
  created_at: 'desc',
  updated_at: 'desc',
  relevance: 'desc',
};

function taskEvent(type: TaskEventType, task: TaskRecord, now: Date, changedFields?: string[]): TaskEvent {
  return {
    schema_version: 1,
    event_type: type,
    event_id: randomUUID(),
    timestamp: now.toISOString(),
    user_id: task.user_id,
    task_id: task.id,
    task_data: toTaskEventData(task),
    ...(changedFields ? { changed_fields: changedFields } : {}),
  };
}

/** Every task event goes to `task-events` (services) and `task-updates` (live clients), in the change's transaction. */
async function publishTaskEvent(trx: Executor, event: TaskEvent): Promise<void> {
  await enqueue(trx, [
    { topic: TOPICS.taskEvents, key: event.user_id, eventId: event.event_id, payload: event },
    { topic: TOPICS.taskUpdates, key: event.user_id, eventId: randomUUID(), payload: event },
  ]);
}

const invalidRecurrence = (message: string) =>
  new ValidationError('The recurrence pattern is not valid.', [{ field: 'recurring', message }]);

function normalisedRecurrence(pattern: string | null | undefined): string | null | undefined {
  if (pattern === undefined || pattern === null) return pattern;
  const parsed = parseRecurrence(pattern);
  if (!parsed.ok) throw invalidRecurrence(parsed.message);
  return parsed.rule;
}

/**
 * Basis `due` follows the rule's INTERVAL from the series' anchor (else the due date): refuse a rhythm that never
 * reaches a date from there, rather than a series that silently ends at its first completion.
 */
async function assertRhythm(
  trx: Executor,
  userId: string,
  task: Pick<TaskRecord, 'recurring' | 'recurrence_basis' | 'recurrence_anchor' | 'due_date'>,
): Promise<void> {
  const anchor = task.recurrence_anchor ?? task.due_date;
  if (!task.recurring || task.recurrence_basis !== 'due' || !anchor) return;
  const { time_zone } = await settingsRepository.find(trx, userId);
  const problem = rhythmProblem(task.recurring, anchor, time_zone);
  if (problem) throw invalidRecurrence(problem);
}

/** Whether a change touches what a series' rhythm starts from: the rule, the basis, or the date it counts from. */
const changesRhythm = (task: TaskRecord, changes: TaskChanges) =>
  changes.recurring !== undefined ||
  changes.recurrence_basis !== undefined ||
  changes.recurrence_anchor !== undefined ||
  (changes.due_date !== undefined && !task.recurrence_anchor);

/** The task use cases shared by REST, MCP and chat: every change and its events commit together. */
export function createTaskService(options: TaskServiceOptions) {
  const { db } = options;
  const clock = options.clock ?? (() => new Date());

  async function inTransaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    const result = await db.transaction().execute(work);
    options.onCommitted();
    return result;
  }

  async function getRecord(userId: string, id: number): Promise<TaskRecord> {
    const task = await taskRepository.find(db, userId, id);
    if (!task) throw new NotFoundError(`Task ${id}`);
    return task;
  }

  async function patchTask(userId: string, id: number, patch: TaskPatch | ((task: TaskRecord) => TaskPatch)): Promise<Task> {
    return inTransaction(async (trx) => {
      const task = await taskRepository.find(trx, userId, id, { forUpdate: true });
      if (!task) throw new NotFoundError(`Task ${id}`);
      // After the row lock, so updated_at and event times follow the order in which changes commit.
      const now = clock();
      const requested = typeof patch === 'function' ? patch(task) : patch;
      const normalised = { ...requested, recurring: normalisedRecurrence(requested.recurring) };
      const { changes, eventType, changedFields } = applyPatch(task, normalised, now);
      if (changedFields.length === 0) return toTaskDto(task);
      if (changesRhythm(task, changes)) await assertRhythm(trx, userId, { ...task, ...changes });
      const updated = await taskRepository.update(trx, userId, id, changes, now);
      if (!updated) throw new NotFoundError(`Task ${id}`);
      await publishTaskEvent(trx, taskEvent(eventType, updated, now, changedFields));
      return toTaskDto(updated);
    });
  }

  /** Creates every task or none: one transaction holds the rows and their `created` events. */
  async function createTasks(userId: string, bodies: CreateTaskBody[]): Promise<Task[]> {
    const now = clock();
    const recurrences = bodies.map((body) => normalisedRecurrence(body.recurring) ?? null);
    return inTransaction(async (trx) => {
      const settings = await settingsRepository.find(trx, userId);
      const created: Task[] = [];
      for (const [index, body] of bodies.entries()) {
        const recurring = recurrences[index] ?? null;
        const recurrence_basis = body.recurrence_basis ?? 'due';
        const recurrence_anchor = recurring ? (body.due_date ?? null) : null;
        await assertRhythm(trx, userId, { recurring, recurrence_basis, recurrence_anchor, due_date: body.due_date ?? null });
        const task = await taskRepository.insert(trx, userId, {
          title: body.title,
          description: body.description ?? '',
          priority: body.priority ?? 'medium',
          tags: body.tags ?? [],
          due_date: body.due_date ?? null,
          recurring,
          recurrence_basis,
          recurrence_anchor,
          ...initialReminder(body, settings.default_remind_before_seconds),
        });
        if (!task) throw new Error('insert returned no row');
        await publishTaskEvent(trx, taskEvent('created', task, now));
        created.push(toTaskDto(task));
      }
      return created;
    });
  }

  return {
    async createTask(userId: string, body: CreateTaskBody): Promise<Task> {
      const [task] = await createTasks(userId, [body]);
      if (!task) throw new Error('createTasks returned no task');
      return task;
    },

    createTasks,

    async getTask(userId: string, id: number): Promise<Task> {
      return toTaskDto(await getRecord(userId, id));
    },

    /** Throws NotFoundError unless the user owns the task. */
    async assertOwned(userId: string, id: number): Promise<void> {
      await getRecord(userId, id);
    },

    updateTask: (userId: string, id: number, patch: TaskPatch) => patchTask(userId, id, patch),

    editTask: (userId: string, id: number, edit: (task: TaskRecord) => TaskPatch) => patchTask(userId, id, edit),

    async deleteTask(userId: string, id: number): Promise<void> {
      await inTransaction(async (trx) => {
        const task = await taskRepository.delete(trx, userId, id);
        if (!task) throw new NotFoundError(`Task ${id}`);
        await publishTaskEvent(trx, taskEvent('deleted', task, clock()));
      });
    },

    async listTasks(userId: string, query: ListTasksQuery): Promise<TaskPage> {
      const sort: ListSort & string = query.sort ?? (query.search ? 'relevance' : 'created_at');
      const order = query.order ?? DEFAULT_ORDER[sort];
      const after = query.cursor ? decodeCursor(query.cursor, { sort, order }) : undefined;
      const rows = await taskRepository.list(db, { userId, query, sort, order, after, now: clock() }).catch((error: { code?: string }) => {
        // A well-shaped cursor with an impossible value (month 13) fails PostgreSQL's cast: still the caller's cursor.
        if (after && INVALID_VALUE_CODES.has(error.code ?? '')) throw invalidCursor();
        throw error;
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const next_cursor = rows.length > query.limit && last ? encodeCursor({ sort, order, value: last.sort_value, id: last.id }) : null;
      return { items: page.map(toTaskDto), next_cursor };
    },

    async listTags(userId: string) {
      return { items: await taskRepository.tagCounts(db, userId) };
    },

    /**
     * Creates the occurrence that follows a completed recurring task, once: the new row's unique
     * `recurrence_source_id` makes redelivery, re-completion and racing consumers all end in one task.
     * Returns the new task, or undefined when there is nothing (more) to create.
     */
    async createNextOccurrence(userId: string, sourceId: number): Promise<Task | undefined> {
      const now = clock();
      return inTransaction(async (trx) => {
        const source = await taskRepository.find(trx, userId, sourceId);
        if (!source?.recurring || !source.completed) return undefined;
        // Re-completing or redelivery: the next occurrence exists already, so nothing is left to compute.
        if (await taskRepository.hasNextOccurrence(trx, source.id)) return undefined;
        const { time_zone } = await settingsRepository.find(trx, userId);
        const dueDate = nextDueDate({
          occurrenceNumber: source.occurrence_number,
          pattern: source.recurring,
          basis: source.recurrence_basis,
          dueDate: source.due_date,
          seriesAnchor: source.recurrence_anchor,
          completedAt: source.completed_at ?? now,
          timeZone: time_zone,
        });
        if (!dueDate) return undefined;
        // An absolute reminder becomes relative to the due date, so every occurrence keeps its lead time.
        const remindBefore =
          source.remind_before_seconds ??
          (source.reminder_at && source.due_date
            ? Math.max(0, Math.round((source.due_date.getTime() - source.reminder_at.getTime()) / 1000))
            : null);
        const next = await taskRepository.insert(trx, userId, {
          title: source.title,
          description: source.description,
          priority: source.priority,
          tags: source.tags,
          due_date: dueDate,
          recurring: source.recurring,
          recurrence_basis: source.recurrence_basis,
          recurrence_anchor: source.recurrence_anchor ?? source.due_date,
          recurring_parent_id: source.recurring_parent_id ?? source.id,
          recurrence_source_id: source.id,
          occurrence_number: source.occurrence_number + 1,
          ...initialReminder({ due_date: dueDate, remind_before: remindBefore }, null),
        });
        if (!next) return undefined;
        await publishTaskEvent(trx, taskEvent('created', next, now));
        return toTaskDto(next);
      });
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;

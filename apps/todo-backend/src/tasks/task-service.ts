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
import { ValidationError } from '@doable/platform';
import { findRole, requireProjectAccess, requireTaskAccess, taskNotFound } from '../access/project-access.ts';
import type { Executor } from '../database/executor.ts';
import { settingsRepository } from '../me/settings-repository.ts';
import { enqueue } from '../outbox/outbox.ts';
import { ensureInbox } from '../projects/inbox.ts';
import { UnprocessableError } from '../projects/project-errors.ts';
import { projectKey } from '../projects/project-events.ts';
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

/** `user_id` stays the actor, as before projects; `actor_id` says so by name. */
export function taskEvent(type: TaskEventType, task: TaskRecord, actorId: string, now: Date, changedFields?: string[]): TaskEvent {
  return {
    schema_version: 1,
    event_type: type,
    event_id: randomUUID(),
    timestamp: now.toISOString(),
    user_id: actorId,
    actor_id: actorId,
    project_id: task.project_id,
    task_id: task.id,
    task_data: toTaskEventData(task),
    ...(changedFields ? { changed_fields: changedFields } : {}),
  };
}

/**
 * Every task event goes to `task-events` (services) and `task-updates` (live clients), in the change's transaction,
 * keyed by the project so one project's events stay in order whoever makes them.
 */
export async function publishTaskEvent(trx: Executor, event: TaskEvent): Promise<void> {
  const key = event.project_id !== undefined ? projectKey(event.project_id) : event.user_id;
  await enqueue(trx, [
    { topic: TOPICS.taskEvents, key, eventId: event.event_id, payload: event },
    { topic: TOPICS.taskUpdates, key, eventId: randomUUID(), payload: event },
  ]);
}

/** An assignee must be a member of the task's project (any role): else 422, naming the field. */
async function assertAssignable(trx: Executor, projectId: number, assigneeId: string | null | undefined): Promise<void> {
  if (assigneeId === undefined || assigneeId === null) return;
  if (!(await findRole(trx, assigneeId, projectId))) {
    throw new UnprocessableError('The assignee must be a member of the task’s project.', [
      { field: 'assignee_id', message: 'Not a member of this project.' },
    ]);
  }
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
    return (await requireTaskAccess(db, userId, id, 'read')).task;
  }

  async function patchTask(userId: string, id: number, patch: TaskPatch | ((task: TaskRecord) => TaskPatch)): Promise<Task> {
    return inTransaction(async (trx) => {
      const { task } = await requireTaskAccess(trx, userId, id, 'writeTasks', { forUpdate: true });
      // After the row lock, so updated_at and event times follow the order in which changes commit.
      const now = clock();
      const requested = typeof patch === 'function' ? patch(task) : patch;
      const normalised = { ...requested, recurring: normalisedRecurrence(requested.recurring) };
      const { changes, eventType, changedFields } = applyPatch(task, normalised, now);
      if (changedFields.length === 0) return toTaskDto(task);
      if (changesRhythm(task, changes)) await assertRhythm(trx, userId, { ...task, ...changes });
      if (changes.assignee_id !== undefined) await assertAssignable(trx, task.project_id, changes.assignee_id);
      const updated = await taskRepository.update(trx, id, changes, now);
      if (!updated) throw taskNotFound(id);
      await publishTaskEvent(trx, taskEvent(eventType, updated, userId, now, changedFields));
      return toTaskDto(updated);
    });
  }

  /**
   * Creates every task or none: one transaction holds the rows and their `created` events. A task without a project
   * goes to the caller's Inbox; one with a project needs the write role there.
   */
  async function createTasks(userId: string, bodies: CreateTaskBody[]): Promise<Task[]> {
    const now = clock();
    const recurrences = bodies.map((body) => normalisedRecurrence(body.recurring) ?? null);
    return inTransaction(async (trx) => {
      const settings = await settingsRepository.find(trx, userId);
      const created: Task[] = [];
      for (const [index, body] of bodies.entries()) {
        let projectId = body.project_id;
        if (projectId === undefined) projectId = await ensureInbox(trx, userId, now);
        else await requireProjectAccess(trx, userId, projectId, 'writeTasks', { lock: true });
        await assertAssignable(trx, projectId, body.assignee_id);
        const recurring = recurrences[index] ?? null;
        const recurrence_basis = body.recurrence_basis ?? 'due';
        const recurrence_anchor = recurring ? (body.due_date ?? null) : null;
        await assertRhythm(trx, userId, { recurring, recurrence_basis, recurrence_anchor, due_date: body.due_date ?? null });
        const task = await taskRepository.insert(trx, {
          project_id: projectId,
          created_by: userId,
          assignee_id: body.assignee_id ?? null,
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
        await publishTaskEvent(trx, taskEvent('created', task, userId, now));
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

    /** Throws NotFoundError unless the task is in one of the user's projects (any role reads). */
    async assertOwned(userId: string, id: number): Promise<void> {
      await getRecord(userId, id);
    },

    /**
     * Whether the caller may read a task's history: yes for a member of its project; a task that exists in a project
     * they are not in is a 404 whatever the audit trail holds; a deleted task's trail is the history reader's to scope.
     */
    async historyAccess(userId: string, id: number): Promise<'member' | 'deleted'> {
      if (await taskRepository.findWithRole(db, userId, id)) return 'member';
      if (await taskRepository.findById(db, id)) throw taskNotFound(id);
      return 'deleted';
    },

    updateTask: (userId: string, id: number, patch: TaskPatch) => patchTask(userId, id, patch),

    editTask: (userId: string, id: number, edit: (task: TaskRecord) => TaskPatch) => patchTask(userId, id, edit),

    async deleteTask(userId: string, id: number): Promise<void> {
      await inTransaction(async (trx) => {
        await requireTaskAccess(trx, userId, id, 'writeTasks', { forUpdate: true });
        const task = await taskRepository.delete(trx, id);
        if (!task) throw taskNotFound(id);
        await publishTaskEvent(trx, taskEvent('deleted', task, userId, clock()));
      });
    },

    /**
     * Moves a task to another project: the write role on both. An assignee who is not a member of the new project
     * is unassigned, in the same change.
     */
    async moveTask(userId: string, id: number, projectId: number): Promise<Task> {
      return inTransaction(async (trx) => {
        const { task } = await requireTaskAccess(trx, userId, id, 'writeTasks', { forUpdate: true });
        await requireProjectAccess(trx, userId, projectId, 'writeTasks', { lock: true });
        if (task.project_id === projectId) return toTaskDto(task);
        const now = clock();
        const keepsAssignee = task.assignee_id === null || (await findRole(trx, task.assignee_id, projectId)) !== undefined;
        const changes = { project_id: projectId, ...(keepsAssignee ? {} : { assignee_id: null }) };
        const moved = await taskRepository.update(trx, id, changes, now);
        if (!moved) throw taskNotFound(id);
        const changed = keepsAssignee ? ['project_id'] : ['project_id', 'assignee_id'];
        await publishTaskEvent(trx, taskEvent('updated', moved, userId, now, changed));
        return toTaskDto(moved);
      });
    },

    async listTasks(userId: string, query: ListTasksQuery): Promise<TaskPage> {
      // One project: a project the caller is not in is a 404, as everywhere, not an empty page.
      if (query.project !== undefined) await requireProjectAccess(db, userId, query.project, 'read');
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
     * Returns the new task, or undefined when there is nothing (more) to create. `userId` is who completed it (the
     * event's actor); the next occurrence stays in the series' project with its assignee and creator, even if that
     * member has left since.
     */
    async createNextOccurrence(userId: string, sourceId: number): Promise<Task | undefined> {
      const now = clock();
      return inTransaction(async (trx) => {
        const source = await taskRepository.findById(trx, sourceId);
        if (!source?.recurring || !source.completed) return undefined;
        // Re-completing or redelivery: the next occurrence exists already, so nothing is left to compute.
        if (await taskRepository.hasNextOccurrence(trx, source.id)) return undefined;
        // The series' rhythm is its creator's time zone, whoever completed this occurrence.
        const { time_zone } = await settingsRepository.find(trx, source.created_by);
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
        const next = await taskRepository.insert(trx, {
          project_id: source.project_id,
          created_by: source.created_by,
          assignee_id: source.assignee_id,
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
        await publishTaskEvent(trx, taskEvent('created', next, userId, now));
        return toTaskDto(next);
      });
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;

import { randomUUID } from 'node:crypto';
import {
  type CreateTaskBody,
  type ListTasksQuery,
  MAX_TASK_DEPTH,
  type MoveTaskBody,
  type Task,
  type TaskEvent,
  type TaskEventType,
  type TaskPage,
  TOPICS,
} from '@doable/contracts';
import { ValidationError } from '@doable/platform';
import {
  assertRoleAllows,
  findRole,
  projectNotFound,
  requireProjectAccess,
  requireTaskAccess,
  taskNotFound,
} from '../access/project-access.ts';
import type { Executor } from '../database/executor.ts';
import { currentChangeOrigin } from '../http/change-origin.ts';
import { settingsRepository } from '../me/settings-repository.ts';
import { actorName } from '../outbox/actor-name.ts';
import { enqueue, type OutboxMessage } from '../outbox/outbox.ts';
import { ensureInbox } from '../projects/inbox.ts';
import { UnprocessableError } from '../projects/project-errors.ts';
import { projectKey } from '../projects/project-events.ts';
import { nextOccurrenceRepository } from './next-occurrence-repository.ts';
import { keyBetween } from './position-key.ts';
import { createProjectHints, DEFAULT_PROJECT_HINTS } from './project-hints.ts';
import { subtaskRepository } from './subtask-repository.ts';
import {
  applyPatch,
  initialReminder,
  type SubtaskCounts,
  type TaskChanges,
  type TaskPatch,
  type TaskRecord,
  toTaskDto,
  toTaskEventData,
} from './task.ts';
import { type ListAccess, type NewTask, type TopLevelList, taskCreationRepository } from './task-creation-repository.ts';
import { decodeCursor, encodeCursor, invalidCursor } from './task-cursor.ts';
import { type ListSort, taskRepository } from './task-repository.ts';

export interface TaskServiceOptions {
  db: Executor;
  /** Called after every commit (each enqueues events): the outbox relay's cue. */
  onCommitted: () => void;
  /**
   * Called after a commit that left a task with a reminder still to fire (set, moved, or back with its task reopened):
   * the scheduler's cue to look again, as that reminder may come before its timer. A commit that sets none does not
   * call it: a reminder removed or a task completed or deleted only makes the armed timer find nothing.
   */
  onReminderSet?: () => void;
  clock?: () => Date;
}

/** Whether a task as written holds a reminder that may still fire. */
const awaitsReminder = (task: Pick<Task, 'reminder_at' | 'completed'>) => task.reminder_at !== null && !task.completed;
const anyAwaitsReminder = (tasks: Task[]) => tasks.some(awaitsReminder);
/** A next occurrence, or the copies of its subtasks, may have reminders. */
const occurrenceAwaitsReminder = (next: Task | undefined) => next !== undefined && (awaitsReminder(next) || next.subtask_count > 0);

/** PostgreSQL: invalid datetime format, datetime field overflow, invalid text representation. */
const INVALID_VALUE_CODES = new Set(['22007', '22008', '22P02']);

const DEFAULT_ORDER: Record<ListSort & string, 'asc' | 'desc'> = {
  due_date: 'asc',
  priority: 'desc',
  title: 'asc',
  created_at: 'desc',
  updated_at: 'desc',
  position: 'asc',
  relevance: 'desc',
};

const tooDeep = (field: string) =>
  new UnprocessableError(`Subtasks go at most ${MAX_TASK_DEPTH} levels deep.`, [
    { field, message: `A task has at most ${MAX_TASK_DEPTH} levels, counting its subtasks.` },
  ]);

const listKey = (list: TopLevelList) => ('inbox' in list ? 'inbox' : `project:${list.projectId}`);
const siblingsKey = (projectId: number, parentId: number | null) => `${projectId}:${parentId ?? 'top'}`;
const topLevelListOf = (body: Pick<CreateTaskBody, 'project_id'>): TopLevelList =>
  body.project_id === undefined ? { inbox: true } : { projectId: body.project_id };

/** A new task as its row will read once inserted, but for its id and times, which the database gives. */
const asInserted = (task: NewTask, now: Date): TaskRecord => ({
  ...task,
  id: 0,
  user_id: task.created_by,
  completed: false,
  completed_at: null,
  recurring_parent_id: null,
  recurrence_source_id: null,
  occurrence_number: 1,
  reminder_sent_at: null,
  created_at: now,
  updated_at: now,
});

/** Tasks as the API shows them, with their direct subtask counts. */
async function withCounts(ex: Executor, records: TaskRecord[]): Promise<Task[]> {
  const counts = await subtaskRepository.counts(
    ex,
    records.map((record) => record.id),
  );
  return records.map((record) => toTaskDto(record, counts.get(record.id)));
}

async function oneWithCounts(ex: Executor, record: TaskRecord): Promise<Task> {
  const [task] = await withCounts(ex, [record]);
  if (!task) throw new Error('withCounts returned no task');
  return task;
}

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

/** The creation of a recurring task's next occurrence (or of a copy of its subtask), caused by a completion. */
const occurrenceEvent = (task: TaskRecord, actorId: string, now: Date): TaskEvent => ({
  ...taskEvent('created', task, actorId, now),
  cause: 'next_occurrence',
});

/** An event with its actor's name read along with the change's first row, so publishing it needs no read of its own. */
const namedBy = (actorName: string | undefined, event: TaskEvent): TaskEvent =>
  actorName === undefined ? event : { ...event, actor_name: actorName };

/**
 * Every task event goes to `task-events` (services) and `task-updates` (live clients), in the change's transaction,
 * keyed by the project so one project's events stay in order whoever makes them. `name` is the actor's, read with the
 * change.
 */
function taskEventMessages(event: TaskEvent, name: string | undefined): OutboxMessage[] {
  const key = event.project_id !== undefined ? projectKey(event.project_id) : event.user_id;
  // Through what the change came (web app, API, chat, MCP, CalDAV client): set by the request, absent for Doable's own work.
  const via = event.via ?? currentChangeOrigin();
  const named = { ...event, ...(name === undefined ? {} : { actor_name: name }), ...(via ? { via } : {}) };
  return [
    { topic: TOPICS.taskEvents, key, eventId: named.event_id, payload: named },
    { topic: TOPICS.taskUpdates, key, eventId: randomUUID(), payload: named },
  ];
}

export async function publishTaskEvent(trx: Executor, event: TaskEvent): Promise<void> {
  await enqueue(trx, taskEventMessages(event, event.actor_name ?? (await actorName(trx, event.user_id))));
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

/**
 * The rule engine (rrule, luxon) loads with the first recurring task, not at start: an idle server never needs it
 * (docs/benchmarks.md, embedded mode).
 */
const loadRecurrence = () => import('./recurrence.ts');

async function normalisedRecurrence(pattern: string | null | undefined): Promise<string | null | undefined> {
  if (pattern === undefined || pattern === null) return pattern;
  const { parseRecurrence } = await loadRecurrence();
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
  timeZone?: string,
): Promise<void> {
  const anchor = task.recurrence_anchor ?? task.due_date;
  if (!task.recurring || task.recurrence_basis !== 'due' || !anchor) return;
  const { rhythmProblem } = await loadRecurrence();
  const problem = rhythmProblem(task.recurring, anchor, timeZone ?? (await settingsRepository.find(trx, userId)).time_zone);
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
  const projectHints = createProjectHints(db, { ...DEFAULT_PROJECT_HINTS, clock });

  /** Runs `work` in a transaction; once it commits, tells the relay, and the scheduler when `setsReminder` of the result. */
  async function inTransaction<T>(setsReminder: ((result: T) => boolean) | undefined, work: (trx: Executor) => Promise<T>): Promise<T> {
    const result = await db.transaction().execute(work);
    options.onCommitted();
    if (setsReminder?.(result)) options.onReminderSet?.();
    return result;
  }

  async function getRecord(userId: string, id: number): Promise<TaskRecord> {
    return (await requireTaskAccess(db, userId, id, 'read')).task;
  }

  async function patchTask(userId: string, id: number, patch: TaskPatch | ((task: TaskRecord) => TaskPatch)): Promise<Task> {
    return inTransaction(awaitsReminder, async (trx) => {
      const { task, actorName } = await requireTaskAccess(trx, userId, id, 'writeTasks', { forUpdate: true });
      // After the row lock, so updated_at and event times follow the order in which changes commit.
      const now = clock();
      const requested = typeof patch === 'function' ? patch(task) : patch;
      const normalised = { ...requested, recurring: await normalisedRecurrence(requested.recurring) };
      const { changes, eventType, changedFields } = applyPatch(task, normalised, now);
      if (changedFields.length === 0) return oneWithCounts(trx, task);
      if (changesRhythm(task, changes)) await assertRhythm(trx, userId, { ...task, ...changes });
      if (changes.assignee_id !== undefined) await assertAssignable(trx, task.project_id, changes.assignee_id);
      const updated = await taskRepository.update(trx, id, changes, now);
      if (!updated) throw taskNotFound(id);
      await publishTaskEvent(trx, namedBy(actorName, taskEvent(eventType, updated, userId, now, changedFields)));
      // Completing a parent completes its open subtree, an event each; reopening leaves the subtasks as they are.
      if (eventType === 'completed') return toTaskDto(updated, await completeSubtree(trx, userId, actorName, id, now));
      return oneWithCounts(trx, updated);
    });
  }

  /** Completes a task's open subtree; returns the task's direct subtask counts, all of them completed now. */
  async function completeSubtree(
    trx: Executor,
    userId: string,
    actorName: string | undefined,
    id: number,
    now: Date,
  ): Promise<SubtaskCounts> {
    let direct = 0;
    for (const child of await subtaskRepository.descendants(trx, id)) {
      let done: TaskRecord | undefined = child;
      if (!child.completed) {
        const { changes, changedFields } = applyPatch(child, { completed: true }, now);
        done = await taskRepository.update(trx, child.id, changes, now);
        if (done) await publishTaskEvent(trx, namedBy(actorName, taskEvent('completed', done, userId, now, changedFields)));
      }
      // A subtask deleted since the subtree was read is no longer counted.
      if (done && child.level === 1) direct++;
    }
    return { subtask_count: direct, completed_subtask_count: direct };
  }

  /**
   * The next occurrence brings copies of the source's subtasks, open, in the same shape and order: same titles,
   * descriptions, priorities, tags and assignees; a due date only where the subtask had one, shifted as the parent's
   * was. The copies do not repeat on their own (the parent's series brings them each time). Returns how many direct
   * subtasks the next occurrence got.
   */
  async function copySubtree(
    trx: Executor,
    actor: { id: string; name: string | undefined },
    source: TaskRecord,
    next: TaskRecord,
    now: Date,
  ): Promise<number> {
    const shift = source.due_date && next.due_date ? next.due_date.getTime() - source.due_date.getTime() : 0;
    const copyOf = new Map<number, number>([[source.id, next.id]]);
    let direct = 0;
    for (const child of await subtaskRepository.descendants(trx, source.id)) {
      const parentId = child.parent_id === null ? undefined : copyOf.get(child.parent_id);
      if (parentId === undefined) continue;
      const dueDate = child.due_date ? new Date(child.due_date.getTime() + shift) : null;
      const copy = await taskRepository.insert(trx, {
        project_id: next.project_id,
        parent_id: parentId,
        position: child.position,
        created_by: child.created_by,
        assignee_id: child.assignee_id,
        title: child.title,
        description: child.description,
        priority: child.priority,
        tags: child.tags,
        due_date: dueDate,
        ...initialReminder({ due_date: dueDate, remind_before: child.remind_before_seconds }, null),
      });
      if (!copy) continue;
      copyOf.set(child.id, copy.id);
      if (parentId === next.id) direct++;
      await publishTaskEvent(trx, namedBy(actor.name, occurrenceEvent(copy, actor.id, now)));
    }
    return direct;
  }

  /**
   * Where a new task goes: its parent's project (the write role there) or the one asked for, else the Inbox. A list's
   * access is read once per create (`lists`); `locked` gets the sibling sets whose lock a read took on the way.
   */
  async function placeNew(
    trx: Executor,
    userId: string,
    body: Pick<CreateTaskBody, 'project_id' | 'parent_id'>,
    now: Date,
    lists: Map<string, ListAccess>,
    locked: Set<string>,
  ): Promise<{ projectId: number; parentId: number | null }> {
    if (body.parent_id === undefined) {
      const list = topLevelListOf(body);
      const key = listKey(list);
      const access = lists.get(key) ?? (await taskCreationRepository.findList(trx, userId, list));
      lists.set(key, access);
      if (access.project_id === null) {
        if (body.project_id !== undefined) throw projectNotFound(body.project_id);
        const inbox = await ensureInbox(trx, userId, now);
        lists.set(key, { project_id: inbox, role: null, siblings_locked: false });
        return { projectId: inbox, parentId: null };
      }
      if (access.role !== null) assertRoleAllows(access.role, 'writeTasks');
      if (access.siblings_locked) locked.add(siblingsKey(access.project_id, null));
      return { projectId: access.project_id, parentId: null };
    }
    // The parent row stays locked until commit, so a concurrent completion of the parent sees the new subtask.
    const { task: parent } = await requireTaskAccess(trx, userId, body.parent_id, 'writeTasks', { forUpdate: true });
    if (body.project_id !== undefined && body.project_id !== parent.project_id) {
      throw new UnprocessableError('A subtask goes into its parent’s project.', [
        { field: 'project_id', message: 'Leave project_id out, or give the parent’s project.' },
      ]);
    }
    if ((await subtaskRepository.depth(trx, parent.id, { lockChildren: parent.project_id })) >= MAX_TASK_DEPTH) throw tooDeep('parent_id');
    locked.add(siblingsKey(parent.project_id, parent.id));
    return { projectId: parent.project_id, parentId: parent.id };
  }

  /**
   * Creates every task or none: one transaction holds the rows and their `created` events. A task without a project
   * goes to the caller's Inbox; one with a project needs the write role there. In round trips: the caller's name and
   * settings with the first task's list (its lock taken), each further list once, each list's last position once
   * (the later tasks of a list follow the one before), then every task with its events in one statement.
   */
  async function createTasks(userId: string, bodies: CreateTaskBody[]): Promise<Task[]> {
    const now = clock();
    const recurrences = await Promise.all(bodies.map(async (body) => (await normalisedRecurrence(body.recurring)) ?? null));
    return inTransaction(anyAwaitsReminder, async (trx) => {
      const [first] = bodies;
      const firstList = first && first.parent_id === undefined ? topLevelListOf(first) : undefined;
      const creator = await taskCreationRepository.findCreator(trx, userId, firstList);
      const lists = new Map<string, ListAccess>(firstList ? [[listKey(firstList), creator]] : []);
      const locked = new Set<string>();
      // The last key given in each sibling set so far, read once under the set's lock.
      const lastKeys = new Map<string, string | null>();
      const drafts: NewTask[] = [];
      const messages: [number, OutboxMessage][] = [];
      for (const [index, body] of bodies.entries()) {
        const { projectId, parentId } = await placeNew(trx, userId, body, now, lists, locked);
        await assertAssignable(trx, projectId, body.assignee_id);
        const recurring = recurrences[index] ?? null;
        const recurrence_basis = body.recurrence_basis ?? 'due';
        const recurrence_anchor = recurring ? (body.due_date ?? null) : null;
        const due_date = body.due_date ?? null;
        await assertRhythm(trx, userId, { recurring, recurrence_basis, recurrence_anchor, due_date }, creator.time_zone);
        const siblings = siblingsKey(projectId, parentId);
        if (!lastKeys.has(siblings)) {
          if (!locked.has(siblings)) await subtaskRepository.lockSiblings(trx, projectId, parentId);
          lastKeys.set(siblings, await subtaskRepository.lastPosition(trx, projectId, parentId));
        }
        const position = keyBetween(lastKeys.get(siblings) ?? null, null);
        lastKeys.set(siblings, position);
        const draft: NewTask = {
          project_id: projectId,
          parent_id: parentId,
          position,
          created_by: userId,
          assignee_id: body.assignee_id ?? null,
          title: body.title,
          description: body.description ?? '',
          priority: body.priority ?? 'medium',
          tags: body.tags ?? [],
          due_date,
          recurring,
          recurrence_basis,
          recurrence_anchor,
          ...initialReminder(body, creator.default_remind_before_seconds),
        };
        drafts.push(draft);
        // The event as the row will read; the statement writes in its id and times.
        const event = taskEvent('created', asInserted(draft, now), userId, now);
        for (const message of taskEventMessages(event, creator.actor_name ?? undefined)) messages.push([index, message]);
      }
      const created = await taskCreationRepository.insertWithEvents(trx, drafts, messages);
      return created.map((task) => toTaskDto(task));
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
      return oneWithCounts(db, await getRecord(userId, id));
    },

    updateTask: (userId: string, id: number, patch: TaskPatch) => patchTask(userId, id, patch),

    editTask: (userId: string, id: number, edit: (task: TaskRecord) => TaskPatch) => patchTask(userId, id, edit),

    async deleteTask(userId: string, id: number): Promise<void> {
      await inTransaction(undefined, async (trx) => {
        await requireTaskAccess(trx, userId, id, 'writeTasks', { forUpdate: true });
        const now = clock();
        // The subtree goes with its parent, deepest first, a `deleted` event each. Read again once it is locked: a
        // subtask added meanwhile (its parent locked by the add) is then seen, and gets its event too.
        await subtaskRepository.lock(
          trx,
          (await subtaskRepository.descendants(trx, id)).map((child) => child.id),
        );
        const subtree = await subtaskRepository.descendants(trx, id);
        for (const child of subtree.reverse()) {
          const gone = await taskRepository.delete(trx, child.id);
          if (gone) await publishTaskEvent(trx, taskEvent('deleted', gone, userId, now));
        }
        const task = await taskRepository.delete(trx, id);
        if (!task) throw taskNotFound(id);
        await publishTaskEvent(trx, taskEvent('deleted', task, userId, now));
      });
    },

    /**
     * Moves a task: to another project (the write role on both; its subtree comes along, an event each), under
     * another parent, and/or between siblings. Only the moved task gets a new position key. An assignee who is not a
     * member of the new project is unassigned, in the same change.
     */
    async moveTask(userId: string, id: number, move: MoveTaskBody | number): Promise<Task> {
      const body: MoveTaskBody = typeof move === 'number' ? { project_id: move } : move;
      return inTransaction(undefined, async (trx) => {
        const { task } = await requireTaskAccess(trx, userId, id, 'writeTasks', { forUpdate: true });
        const sibling = body.after_id ?? body.before_id ?? null;
        let siblingTask: TaskRecord | undefined;
        if (sibling !== null) {
          siblingTask = (await requireTaskAccess(trx, userId, sibling, 'read')).task;
        }
        // The new parent: as asked; else the sibling's; else the same one within the project, top level in another.
        let parentId: number | null;
        if (body.parent_id !== undefined) parentId = body.parent_id;
        else if (siblingTask && body.project_id === undefined) parentId = siblingTask.parent_id;
        else if (body.project_id !== undefined && body.project_id !== task.project_id) parentId = null;
        else parentId = task.parent_id;
        let projectId = body.project_id ?? (siblingTask && parentId === siblingTask.parent_id ? siblingTask.project_id : task.project_id);
        if (parentId !== null) {
          // Not locked: a move takes the moved task's lock first, a completion its parent's, and both taking both
          // would deadlock. The foreign key keeps the parent from going away underneath.
          const { task: parent } = await requireTaskAccess(trx, userId, parentId, 'writeTasks');
          if (body.project_id !== undefined && body.project_id !== parent.project_id) {
            throw new UnprocessableError('A subtask goes into its parent’s project.', [
              { field: 'parent_id', message: 'The parent is in another project.' },
            ]);
          }
          projectId = parent.project_id;
        }
        if (projectId !== task.project_id) await requireProjectAccess(trx, userId, projectId, 'writeTasks', { lock: true });
        const subtree = await subtaskRepository.descendants(trx, id);
        if (parentId !== null && parentId !== task.parent_id) {
          if (parentId === id || subtree.some((child) => child.id === parentId)) {
            throw new UnprocessableError('A task cannot go under itself or one of its own subtasks.', [
              { field: 'parent_id', message: 'Choose a task outside this one’s subtree.' },
            ]);
          }
          const height = 1 + Math.max(0, ...subtree.map((child) => child.level));
          if ((await subtaskRepository.depth(trx, parentId)) + height > MAX_TASK_DEPTH) throw tooDeep('parent_id');
        }
        if (siblingTask && (siblingTask.id === id || siblingTask.project_id !== projectId || siblingTask.parent_id !== parentId)) {
          const field = body.after_id != null ? 'after_id' : 'before_id';
          throw new UnprocessableError('Place a task next to one of its siblings.', [
            { field, message: `Task ${siblingTask.id} is not a sibling in the task’s new place.` },
          ]);
        }

        await subtaskRepository.lockSiblings(trx, projectId, parentId);
        let position: string;
        if (siblingTask && body.after_id != null) {
          position = keyBetween(siblingTask.position, await subtaskRepository.neighbour(trx, siblingTask, 'after', id));
        } else if (siblingTask) {
          position = keyBetween(await subtaskRepository.neighbour(trx, siblingTask, 'before', id), siblingTask.position);
        } else if (projectId === task.project_id && parentId === task.parent_id && body.parent_id === undefined) {
          // Only a project was named, the one the task is in: nothing moves.
          position = task.position;
        } else {
          position = keyBetween(await subtaskRepository.lastPosition(trx, projectId, parentId, id), null);
        }
        if (projectId === task.project_id && parentId === task.parent_id && position === task.position) {
          return oneWithCounts(trx, task);
        }

        const now = clock();
        const keeps = async (assignee: string | null) =>
          assignee === null || projectId === task.project_id || (await findRole(trx, assignee, projectId)) !== undefined;
        const keepsAssignee = await keeps(task.assignee_id);
        const changes = { project_id: projectId, parent_id: parentId, position, ...(keepsAssignee ? {} : { assignee_id: null }) };
        const moved = await taskRepository.update(trx, id, changes, now);
        if (!moved) throw taskNotFound(id);
        const changed = [
          ...(projectId !== task.project_id ? ['project_id'] : []),
          ...(parentId !== task.parent_id ? ['parent_id'] : []),
          ...(position !== task.position ? ['position'] : []),
          ...(keepsAssignee ? [] : ['assignee_id']),
        ];
        const previous = projectId !== task.project_id ? { previous_project_id: task.project_id } : {};
        // The old project's members see the task go.
        await publishTaskEvent(trx, { ...taskEvent('updated', moved, userId, now, changed), ...previous });
        if (projectId !== task.project_id) {
          // The subtree comes along, keeping its shape and order.
          for (const child of subtree) {
            const childKeeps = await keeps(child.assignee_id);
            const update = { project_id: projectId, ...(childKeeps ? {} : { assignee_id: null }) };
            const carried = await taskRepository.update(trx, child.id, update, now);
            if (!carried) continue;
            const fields = childKeeps ? ['project_id'] : ['project_id', 'assignee_id'];
            await publishTaskEvent(trx, { ...taskEvent('updated', carried, userId, now, fields), previous_project_id: task.project_id });
          }
        }
        return oneWithCounts(trx, moved);
      });
    },

    async listTasks(userId: string, query: ListTasksQuery): Promise<TaskPage> {
      // One project: a project the caller is not in is a 404, as everywhere, not an empty page.
      if (query.project !== undefined) await requireProjectAccess(db, userId, query.project, 'read');
      // A parent the caller cannot see is a 404 too.
      if (typeof query.parent === 'number') await requireTaskAccess(db, userId, query.parent, 'read');
      const sort: ListSort & string = query.sort ?? (query.search ? 'relevance' : 'created_at');
      const order = query.order ?? DEFAULT_ORDER[sort];
      const after = query.cursor ? decodeCursor(query.cursor, { sort, order }) : undefined;
      // A list across projects names the caller's projects for the planner; a search plans its reads itself.
      const acrossProjects = query.project === undefined && query.search === undefined;
      const projectIds = acrossProjects ? await projectHints.of(userId) : [];
      const spec = { userId, query, sort, order, after, now: clock(), projectHints: projectIds };
      const rows = await taskRepository.list(db, spec).catch((error: { code?: string }) => {
        // A well-shaped cursor with an impossible value (month 13) fails PostgreSQL's cast: still the caller's cursor.
        if (after && INVALID_VALUE_CODES.has(error.code ?? '')) throw invalidCursor();
        throw error;
      });
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const next_cursor = rows.length > query.limit && last ? encodeCursor({ sort, order, value: last.sort_value, id: last.id }) : null;
      return { items: page.map((row) => toTaskDto(row, row)), next_cursor };
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
      return inTransaction(occurrenceAwaitsReminder, async (trx) => {
        // Undefined when it is not a completed recurring task, or (re-completion, redelivery) its next one exists.
        const source = await nextOccurrenceRepository.findSource(trx, sourceId, userId);
        if (!source?.recurring) return undefined;
        const { nextDueDate } = await loadRecurrence();
        const dueDate = nextDueDate({
          occurrenceNumber: source.occurrence_number,
          pattern: source.recurring,
          basis: source.recurrence_basis,
          dueDate: source.due_date,
          seriesAnchor: source.recurrence_anchor,
          completedAt: source.completed_at ?? now,
          timeZone: source.creator_time_zone,
        });
        if (!dueDate) return undefined;
        // An absolute reminder becomes relative to the due date, so every occurrence keeps its lead time.
        const remindBefore =
          source.remind_before_seconds ??
          (source.reminder_at && source.due_date
            ? Math.max(0, Math.round((source.due_date.getTime() - source.reminder_at.getTime()) / 1000))
            : null);
        // The siblings' lock was taken with the source: their last position is read under it.
        const last = await subtaskRepository.lastPosition(trx, source.project_id, source.parent_id);
        const next = await taskRepository.insert(trx, {
          project_id: source.project_id,
          parent_id: source.parent_id,
          position: keyBetween(last, null),
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
        const actor = { id: userId, name: source.actor_name ?? undefined };
        await publishTaskEvent(trx, namedBy(actor.name, occurrenceEvent(next, actor.id, now)));
        // A new task's subtasks are the copies just made, all open.
        const copies = source.has_subtasks ? await copySubtree(trx, actor, source, next, now) : 0;
        return toTaskDto(next, { subtask_count: copies, completed_subtask_count: 0 });
      });
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;

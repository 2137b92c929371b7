import { createTaskBodySchema, type Task, type ToolCallRecord, updateTaskBodySchema } from '@doable/contracts';
import { DomainError } from '@doable/platform';
import type { ToolContext } from '../assistant/task-tools/index.ts';

/**
 * How to take back the last change a conversation made, kept in the conversation's state. Undoing goes through the
 * task service like every change (so it is a new event, audited, live), never by rewriting history.
 */
export type UndoStep =
  | { kind: 'created'; task_ids: number[] }
  | {
      kind: 'changed';
      task_id: number;
      /** The fields the change altered, as they were before it (as the API writes them: the state is JSON). */
      fields: Record<string, unknown>;
      /** Subtasks the completion of their parent completed. */
      reopen_ids: number[];
      /** Where the task was, when the change moved it. */
      place?: { project_id: number; parent_id: number | null };
    }
  /** The deleted task and its subtree, parents before children. */
  | { kind: 'deleted'; tasks: Task[] };

/** What is read before a change, to know afterwards what it altered. */
export type Snapshot = { kind: 'task'; task: Task; openDescendants: number[] } | { kind: 'subtree'; tasks: Task[] };

const CREATING = new Set(['add_task', 'add_tasks', 'quick_add', 'create_recurring', 'create_recurring_task', 'add_subtask']);
const EDITING = new Set([
  'update_task',
  'complete_task',
  'set_priority',
  'add_tag',
  'remove_tag',
  'set_due_date',
  'postpone_task',
  'set_reminder',
  'assign_task',
  'move_task',
]);
const FIELDS = [
  'title',
  'description',
  'priority',
  'tags',
  'due_date',
  'recurring',
  'recurrence_basis',
  'assignee_id',
  'completed',
] as const;

/** The task and its subtree, parents before children (subtasks go at most 4 levels deep). */
async function subtree(ctx: ToolContext, root: Task, status: 'all' | 'pending'): Promise<Task[]> {
  const tasks = [root];
  for (let level = [root]; level.length > 0; ) {
    const next: Task[] = [];
    for (const parent of level) {
      if (parent.subtask_count === 0) continue;
      next.push(...(await ctx.tasks.listTasks(ctx.userId, { parent: parent.id, status, tags_match: 'all', limit: 200 })).items);
    }
    tasks.push(...next);
    level = next;
  }
  return tasks;
}

/** Reads what a change to an existing task could alter, before the tool runs; undefined for any other tool. */
export async function snapshotBefore(ctx: ToolContext, tool: string, args: Record<string, unknown>): Promise<Snapshot | undefined> {
  if (typeof args.task_id !== 'number' || !(EDITING.has(tool) || tool === 'delete_task')) return undefined;
  const task = await ctx.tasks.getTask(ctx.userId, args.task_id).catch(() => undefined);
  if (!task) return undefined; // the tool itself answers "not found"
  if (tool === 'delete_task') return { kind: 'subtree', tasks: await subtree(ctx, task, 'all') };
  const completing = tool === 'complete_task' && args.completed !== false && !task.completed;
  const openDescendants = completing ? (await subtree(ctx, task, 'pending')).slice(1).map((t) => t.id) : [];
  return { kind: 'task', task, openDescendants };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The step that takes back a change that just succeeded; undefined when the tool changed nothing undoable. */
export async function undoStepAfter(
  ctx: ToolContext,
  tool: string,
  result: Record<string, unknown>,
  snapshot: Snapshot | undefined,
): Promise<UndoStep | undefined> {
  if (CREATING.has(tool)) {
    const items = Array.isArray(result.items) ? (result.items as { id?: unknown }[]) : [result];
    const ids = items.map((item) => item.id).filter((id): id is number => typeof id === 'number');
    return ids.length > 0 ? { kind: 'created', task_ids: ids } : undefined;
  }
  if (snapshot?.kind === 'subtree') return { kind: 'deleted', tasks: snapshot.tasks };
  if (snapshot?.kind !== 'task') return undefined;
  const before = snapshot.task;
  const after = await ctx.tasks.getTask(ctx.userId, before.id);
  const fields: Record<string, unknown> = {};
  for (const field of FIELDS) if (!same(before[field], after[field])) fields[field] = before[field];
  if (!same(before.reminder_at, after.reminder_at) || !same(before.remind_before, after.remind_before)) {
    if (before.remind_before !== null) fields.remind_before = before.remind_before;
    else fields.reminder_at = before.reminder_at;
  }
  const moved = before.project_id !== after.project_id || before.parent_id !== after.parent_id;
  return {
    kind: 'changed',
    task_id: before.id,
    fields,
    reopen_ids: snapshot.openDescendants,
    ...(moved ? { place: { project_id: before.project_id, parent_id: before.parent_id } } : {}),
  };
}

const quoted = (task: { title: string }) => `"${task.title}"`;

/** Takes the step back through the task service; answers what the user is told and the calls made. */
export async function undo(ctx: ToolContext, step: UndoStep): Promise<{ reply: string; tool_calls: ToolCallRecord[] }> {
  const calls: ToolCallRecord[] = [];
  const record = (name: string, args: Record<string, unknown>, result?: unknown) =>
    calls.push({ name, arguments: args, ok: true, ...(result === undefined ? {} : { result }) });
  try {
    switch (step.kind) {
      case 'created': {
        const titles: string[] = [];
        for (const id of step.task_ids) {
          const task = await ctx.tasks.getTask(ctx.userId, id).catch(() => undefined);
          if (!task) continue; // deleted meanwhile: nothing to take back
          await ctx.tasks.deleteTask(ctx.userId, id);
          record('delete_task', { task_id: id });
          titles.push(quoted(task));
        }
        return {
          reply: titles.length > 0 ? `Undone: deleted ${titles.join(', ')}.` : 'Nothing to undo: that task is already gone.',
          tool_calls: calls,
        };
      }
      case 'changed': {
        if (step.place) {
          await ctx.tasks.moveTask(ctx.userId, step.task_id, step.place);
          record('move_task', { task_id: step.task_id, ...step.place });
        }
        let task = await ctx.tasks.getTask(ctx.userId, step.task_id);
        if (Object.keys(step.fields).length > 0) {
          task = await ctx.tasks.updateTask(ctx.userId, step.task_id, updateTaskBodySchema.parse(step.fields));
          record('update_task', { task_id: step.task_id, ...step.fields }, task);
        }
        for (const id of step.reopen_ids) {
          await ctx.tasks.updateTask(ctx.userId, id, { completed: false });
          record('complete_task', { task_id: id, completed: false });
        }
        return { reply: `Undone: ${quoted(task)} is back as it was.`, tool_calls: calls };
      }
      case 'deleted': {
        // Brought back as new tasks (new ids), parents first; completed ones completed after, children first.
        const newIds = new Map<number, number>();
        for (const old of step.tasks) {
          const parentId = old.parent_id === null ? undefined : newIds.get(old.parent_id);
          const body = createTaskBodySchema.parse({
            title: old.title,
            project_id: old.project_id,
            ...(parentId === undefined ? {} : { parent_id: parentId }),
            ...(old.description === null ? {} : { description: old.description }),
            priority: old.priority,
            tags: old.tags,
            due_date: old.due_date,
            recurring: old.recurring,
            recurrence_basis: old.recurrence_basis,
            assignee_id: old.assignee_id,
            ...(old.remind_before !== null ? { remind_before: old.remind_before } : { reminder_at: old.reminder_at }),
          });
          const created = await ctx.tasks.createTask(ctx.userId, body);
          newIds.set(old.id, created.id);
          record('add_task', { title: old.title, project_id: old.project_id }, created);
        }
        for (const old of [...step.tasks].reverse()) {
          const id = newIds.get(old.id);
          if (old.completed && id !== undefined) await ctx.tasks.updateTask(ctx.userId, id, { completed: true });
        }
        const root = step.tasks[0] as Task;
        const more = step.tasks.length > 1 ? ` with its ${step.tasks.length - 1} subtask${step.tasks.length > 2 ? 's' : ''}` : '';
        return { reply: `Undone: ${quoted(root)} is back${more}, as #${newIds.get(root.id)}.`, tool_calls: calls };
      }
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { reply: `I could not undo that: ${error.message}`, tool_calls: calls };
  }
}

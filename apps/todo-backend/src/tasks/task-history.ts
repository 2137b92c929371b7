import type { TaskHistoryEntry } from '@doable/contracts';
import { NotFoundError } from '@doable/platform';
import { requireProjectAccess, taskNotFound } from '../access/index.ts';
import type { Executor } from '../database/executor.ts';
import { taskRepository } from './task-repository.ts';

/** Reads a task's audit trail from whoever owns it (the audit module in-process, or the audit service). */
export interface TaskHistoryReader {
  /** The changes `userId` made to the task: safe without an access check (the answer before projects). */
  listTaskHistory(userId: string, taskId: number): Promise<TaskHistoryEntry[]>;
  /**
   * Every member's changes to the task (a shared task's whole history). Call it only once the access policy has
   * let the reader see the task (or, for a deleted task, its project): the audit does not check membership.
   */
  listAllTaskHistory?(taskId: number): Promise<TaskHistoryEntry[]>;
}

/**
 * Fills each entry's actor name from the accounts where the event carried none (entries from before events named
 * their actor), so the trail reads "Ada completed". A user deleted since keeps a null name.
 */
export async function nameActors(ex: Executor, entries: TaskHistoryEntry[]): Promise<TaskHistoryEntry[]> {
  const unnamed = [...new Set(entries.flatMap((entry) => (entry.actor && entry.actor.name === null ? [entry.actor.user_id] : [])))];
  if (unnamed.length === 0) return entries;
  const rows = await ex.selectFrom('user').select(['id', 'name']).where('id', 'in', unnamed).execute();
  const names = new Map(rows.map((row) => [row.id, row.name]));
  return entries.map((entry) =>
    entry.actor && entry.actor.name === null
      ? { ...entry, actor: { ...entry.actor, name: names.get(entry.actor.user_id) ?? null } }
      : entry,
  );
}

/**
 * The trail `GET /tasks/{id}/history` answers: every member's changes, each naming its actor, for any member of the
 * task's project (the access policy decides), and 404 for anyone else. A deleted task's trail is readable by the
 * members of the project it was last in; a trail from before projects, by the user whose task it was. Wraps the
 * mode's reader, so the route keeps its one call.
 */
export function createSharedTaskHistory(ex: Executor, reader: TaskHistoryReader): TaskHistoryReader {
  return {
    async listTaskHistory(userId, taskId) {
      if (!reader.listAllTaskHistory) return nameActors(ex, await reader.listTaskHistory(userId, taskId));
      const task = await taskRepository.findById(ex, taskId);
      if (task) await requireProjectAccess(ex, userId, task.project_id, 'read').catch(rethrowAs(taskId));
      const entries = await reader.listAllTaskHistory(taskId);
      if (!task) {
        const projectId = entries.findLast((entry) => entry.task_data.project_id !== undefined)?.task_data.project_id;
        if (projectId !== undefined) await requireProjectAccess(ex, userId, projectId, 'read').catch(rethrowAs(taskId));
        else if (!entries.some((entry) => (entry.actor?.user_id ?? userId) === userId)) throw taskNotFound(taskId);
      }
      return nameActors(ex, entries);
    },
  };
}

/** A project the reader is not in hides the task the same way a missing task does. */
const rethrowAs = (taskId: number) => (error: unknown) => {
  throw error instanceof NotFoundError ? taskNotFound(taskId) : error;
};

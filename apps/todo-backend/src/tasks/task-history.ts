import type { TaskHistoryEntry } from '@doable/contracts';
import type { Executor } from '../database/executor.ts';

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

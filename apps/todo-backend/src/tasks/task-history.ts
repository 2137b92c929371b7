import type { TaskHistoryEntry } from '@doable/contracts';

/** Reads a task's audit trail from whoever owns it (the audit module in-process, or the audit service). */
export interface TaskHistoryReader {
  listTaskHistory(userId: string, taskId: number): Promise<TaskHistoryEntry[]>;
}

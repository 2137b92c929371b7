import { taskHistorySchema } from '@doable/contracts';
import type { DaprClient } from '@doable/platform';
import type { TaskHistoryReader } from './task-history.ts';

/** A task's history from the audit service, by service invocation (distributed mode). */
export function createDaprTaskHistory(client: DaprClient, auditAppId = 'audit-service'): TaskHistoryReader {
  async function read(path: string) {
    const res = await client.invoke(auditAppId, path);
    if (!res.ok) throw new Error(`the audit service answered ${res.status} for a task history`);
    return taskHistorySchema.parse(await res.json()).items;
  }
  return {
    listTaskHistory: (userId, taskId) => read(`internal/users/${encodeURIComponent(userId)}/tasks/${taskId}/history`),
    listAllTaskHistory: (taskId) => read(`internal/tasks/${taskId}/history`),
  };
}

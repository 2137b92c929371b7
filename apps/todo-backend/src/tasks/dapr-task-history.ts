import { taskHistorySchema } from '@doable/contracts';
import type { DaprClient } from '@doable/platform';
import type { TaskHistoryReader } from './task-history.ts';

/** A task's history from the audit service, by service invocation (distributed mode). */
export function createDaprTaskHistory(client: DaprClient, auditAppId = 'audit-service'): TaskHistoryReader {
  return {
    async listTaskHistory(userId, taskId) {
      const res = await client.invoke(auditAppId, `internal/users/${encodeURIComponent(userId)}/tasks/${taskId}/history`);
      if (!res.ok) throw new Error(`the audit service answered ${res.status} for a task history`);
      return taskHistorySchema.parse(await res.json()).items;
    },
  };
}

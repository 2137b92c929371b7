import type { DaprClient } from '@doable/platform';
import type { NextOccurrenceClient } from './next-occurrence-client.ts';

/**
 * Asks the backend for the next occurrence by service invocation. A repeated call (a redelivered completion) is
 * harmless: the backend creates at most one next occurrence per completed task (`recurrence_source_id` is unique).
 */
export function createDaprNextOccurrenceClient(client: DaprClient, backendAppId = 'todo-backend'): NextOccurrenceClient {
  return {
    async createNextOccurrence({ userId, taskId }) {
      const res = await client.invoke(backendAppId, `internal/users/${encodeURIComponent(userId)}/tasks/${taskId}/next-occurrence`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (!res.ok) throw new Error(`the backend answered ${res.status} when asked for the next occurrence of task ${taskId}`);
    },
  };
}

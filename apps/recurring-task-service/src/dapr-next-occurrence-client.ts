import type { DaprClient } from '@doable/platform';
import type { NextOccurrenceClient } from './next-occurrence-client.ts';

/**
 * Asks the backend for the next occurrence by service invocation. The completion's event id is the idempotency
 * key; the backend's one-occurrence-per-task rule makes a repeated call harmless either way.
 */
export function createDaprNextOccurrenceClient(client: DaprClient, backendAppId = 'todo-backend'): NextOccurrenceClient {
  return {
    async createNextOccurrence({ userId, taskId, eventId }) {
      const res = await client.invoke(backendAppId, `internal/users/${encodeURIComponent(userId)}/tasks/${taskId}/next-occurrence`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': eventId },
        body: '{}',
      });
      if (!res.ok) throw new Error(`the backend answered ${res.status} when asked for the next occurrence of task ${taskId}`);
    },
  };
}

import type { DaprClient } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { createDaprTaskHistory } from './dapr-task-history.ts';

describe('createDaprTaskHistory', () => {
  it('asks the audit service for one user’s changes, or for every member’s, and rejects an error answer', async () => {
    const asked: string[] = [];
    const answer = { items: [] as unknown[] };
    let status = 200;
    const client = {
      invoke: async (appId: string, path: string) => {
        asked.push(`${appId} ${path}`);
        return new Response(JSON.stringify(answer), { status });
      },
    } as unknown as DaprClient;
    const history = createDaprTaskHistory(client);
    answer.items = [
      {
        event_id: 'e1',
        event_type: 'completed',
        timestamp: '2030-01-01T10:00:00.000Z',
        task_data: { title: 'Pay rent', completed: true, priority: 'high', tags: [], due_date: null },
        actor: { user_id: 'ada', name: 'Ada' },
      },
    ];
    expect(await history.listAllTaskHistory?.(9)).toEqual(answer.items);
    expect(await history.listTaskHistory('a b', 9)).toEqual(answer.items);
    expect(asked).toEqual(['audit-service internal/tasks/9/history', 'audit-service internal/users/a%20b/tasks/9/history']);
    status = 500;
    await expect(history.listAllTaskHistory?.(9)).rejects.toThrow(/answered 500/);
  });
});

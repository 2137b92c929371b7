import type { Task } from '@doable/contracts';
import { useEffect, useRef } from 'react';
import { apiRequest } from '../api/api-client.ts';
import type { OpenTaskRequest } from '../app.tsx';

/**
 * A reminder or a notification asked for this task: bring it into view in the list, and hand it over to be opened
 * (or say it is gone). The handlers may change on every render; only a new request acts.
 */
export function useOpenTask(request: OpenTaskRequest | undefined, onFound: (task: Task) => void, onMissing: () => void): void {
  const handlers = useRef({ onFound, onMissing });
  handlers.current = { onFound, onMissing };

  useEffect(() => {
    if (!request) return;
    const params = new URLSearchParams(location.search);
    if (params.has('task')) {
      params.delete('task');
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    }
    const item = document.querySelector<HTMLElement>(`li[data-task-id="${request.taskId}"]`);
    item?.scrollIntoView({ block: 'center' });
    apiRequest<Task>('GET', `/api/v1/tasks/${request.taskId}`).then(
      (task) => handlers.current.onFound(task),
      () => handlers.current.onMissing(),
    );
  }, [request]);
}

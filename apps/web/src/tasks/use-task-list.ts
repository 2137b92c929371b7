import type { Task, TaskPage, tagListResponseSchema } from '@doable/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError, apiRequest, isDatabaseUnavailable } from '../api/api-client.ts';
import { toApiQuery, type ViewState } from './view-state.ts';

type TagList = z.infer<typeof tagListResponseSchema>;
export type TagCount = TagList['items'][number];

export interface TaskList {
  /** Undefined until the first answer arrived. */
  tasks: Task[] | undefined;
  tags: TagCount[];
  error: string | undefined;
  showError: (message: string) => void;
  /** Fetches the view on screen when it runs, not the one on screen when it was scheduled. */
  reload: () => Promise<void>;
  /** Shows a change before the server has it; the next reload shows what the server says. */
  patchTasks: (change: (tasks: Task[]) => Task[]) => void;
}

/** The tasks of the view and the user's tags, fetched again on each new view and each `refreshSignal`. */
export function useTaskList(view: ViewState, refreshSignal: number): TaskList {
  const [tasks, setTasks] = useState<Task[]>();
  const [tags, setTags] = useState<TagCount[]>([]);
  const [error, setError] = useState<string>();
  const requestSeq = useRef(0);
  const viewOnScreen = useRef(view);
  viewOnScreen.current = view;

  const reload = useCallback(async () => {
    // Answers can arrive out of order (a slow one for the previous view): only the latest request's is shown.
    const seq = ++requestSeq.current;
    try {
      const [page, tagList] = await Promise.all([
        apiRequest<TaskPage>('GET', `/api/v1/tasks?${toApiQuery(viewOnScreen.current)}`),
        apiRequest<TagList>('GET', '/api/v1/tags'),
      ]);
      if (seq !== requestSeq.current) return;
      setTasks(page.items);
      setTags(tagList.items);
      setError(undefined);
    } catch (caught) {
      if (seq !== requestSeq.current) return;
      // Not an error to show here: the page's outage banner says so, retries, and this list reloads once it is back.
      if (isDatabaseUnavailable(caught)) return;
      setError(caught instanceof ApiError ? caught.message : 'Offline: could not reach Doable. Retrying…');
    }
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new view and refreshSignal (the chat changed tasks, the database is back) are triggers.
  useEffect(() => {
    void reload();
  }, [reload, view, refreshSignal]);

  const patchTasks = useCallback((change: (tasks: Task[]) => Task[]) => setTasks((current) => current && change(current)), []);
  return { tasks, tags, error, showError: setError, reload, patchTasks };
}

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
  /** Whether the server has more tasks for this view than are shown. */
  hasMore: boolean;
  loadingMore: boolean;
  /** Appends the next page of the view. */
  loadMore: () => Promise<void>;
  showError: (message: string) => void;
  /** Fetches the view on screen when it runs, not the one on screen when it was scheduled. */
  reload: () => Promise<void>;
  /** Shows a change before the server has it; the next reload shows what the server says. */
  patchTasks: (change: (tasks: Task[]) => Task[]) => void;
}

/**
 * The tasks of the view and the user's tags, fetched again on each new view and each `refreshSignal`. The list
 * comes in pages of 200 over the cursor API; a reload fetches again as many pages as are shown, so a change made
 * elsewhere does not fold the list back to its first page.
 */
export function useTaskList(view: ViewState, refreshSignal: number): TaskList {
  const [tasks, setTasks] = useState<Task[]>();
  const [tags, setTags] = useState<TagCount[]>([]);
  const [error, setError] = useState<string>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const requestSeq = useRef(0);
  const viewOnScreen = useRef(view);
  const pagesShown = useRef(1);
  const viewOfPages = useRef(view);
  viewOnScreen.current = view;

  const fail = useCallback((caught: unknown) => {
    // Not an error to show here: the page's outage banner says so, retries, and this list reloads once it is back.
    if (isDatabaseUnavailable(caught)) return;
    setError(caught instanceof ApiError ? caught.message : 'Offline: could not reach Doable. Retrying…');
  }, []);

  const reload = useCallback(async () => {
    // Answers can arrive out of order (a slow one for the previous view): only the latest request's is shown.
    const seq = ++requestSeq.current;
    const shownView = viewOnScreen.current;
    if (viewOfPages.current !== shownView) {
      viewOfPages.current = shownView;
      pagesShown.current = 1;
    }
    try {
      const [pages, tagList] = await Promise.all([fetchPages(shownView, pagesShown.current), apiRequest<TagList>('GET', '/api/v1/tags')]);
      if (seq !== requestSeq.current) return;
      setTasks(pages.items);
      setCursor(pages.next_cursor);
      setTags(tagList.items);
      setError(undefined);
    } catch (caught) {
      if (seq !== requestSeq.current) return;
      fail(caught);
    }
  }, [fail]);

  const loadMore = useCallback(async () => {
    if (!cursor) return;
    // One more page, fetched with the ones shown: a reload already on its way (a live change) cannot then answer
    // with fewer pages after this one.
    pagesShown.current += 1;
    setLoadingMore(true);
    try {
      await reload();
    } finally {
      setLoadingMore(false);
    }
  }, [cursor, reload]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new view and refreshSignal (the chat changed tasks, the database is back) are triggers.
  useEffect(() => {
    void reload();
  }, [reload, view, refreshSignal]);

  const patchTasks = useCallback((change: (tasks: Task[]) => Task[]) => setTasks((current) => current && change(current)), []);
  return { tasks, tags, error, hasMore: cursor !== null, loadingMore, loadMore, showError: setError, reload, patchTasks };
}

/** The first `count` pages of a view, one after the other (each needs the cursor of the one before). */
async function fetchPages(view: ViewState, count: number): Promise<TaskPage> {
  const now = new Date();
  let items: Task[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < count; page++) {
    const answer = await apiRequest<TaskPage>('GET', `/api/v1/tasks?${toApiQuery(view, now, cursor)}`);
    items = mergePage(items, answer.items);
    if (!answer.next_cursor) return { items, next_cursor: null };
    cursor = answer.next_cursor;
  }
  return { items, next_cursor: cursor ?? null };
}

/** The next page after the ones shown; a task that moved between pages meanwhile is shown once. */
export function mergePage(shown: Task[], next: Task[]): Task[] {
  const seen = new Set(shown.map((task) => task.id));
  return [...shown, ...next.filter((task) => !seen.has(task.id))];
}

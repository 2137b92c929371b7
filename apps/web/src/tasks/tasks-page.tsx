import type { Task, TaskPage } from '@doable/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiRequest, isDatabaseUnavailable } from '../api/api-client.ts';
import type { OpenTaskRequest } from '../app.tsx';
import { FilterBar } from './filter-bar.tsx';
import { KeyboardHelp } from './keyboard-help.tsx';
import { QuickAdd } from './quick-add.tsx';
import { TaskForm } from './task-form.tsx';
import { TaskHistory } from './task-history.tsx';
import { TaskItem } from './task-item.tsx';
import { fromSearchParams, isFiltered, toApiQuery, toSearchParams, type ViewState } from './view-state.ts';

const UNDO_MS = 6000;
/** Changes often come in bursts (a completion and its next occurrence, a chat command): one refetch for each burst. */
const LIVE_DEBOUNCE_MS = 150;
/** Only while the live connection is down: the list does not go stale, and an expired session is noticed. */
const FALLBACK_REFRESH_MS = 30_000;

function useUrlView(): [ViewState, (patch: Partial<ViewState>) => void, () => void] {
  const [view, setView] = useState(() => fromSearchParams(new URLSearchParams(location.search)));
  useEffect(() => {
    const onPop = () => setView(fromSearchParams(new URLSearchParams(location.search)));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<ViewState>) => {
    setView((current) => {
      const next = { ...current, ...patch };
      const query = toSearchParams(next).toString();
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
      return next;
    });
  }, []);
  const reset = useCallback(() => {
    history.pushState(null, '', location.pathname);
    setView(fromSearchParams(new URLSearchParams()));
  }, []);
  return [view, update, reset];
}

interface Toast {
  message: string;
  undo?: () => void;
}

interface TasksPageProps {
  timeZone: string;
  /** Bumped when the chat changed tasks, and when the database is back after an outage. */
  refreshSignal: number;
  /** Bumped on every live message about tasks, and on every (re)connect of `/ws`. */
  liveSignal: number;
  isLive: boolean;
  openTask: OpenTaskRequest | undefined;
  /** The user just saved a task with a reminder: a good moment to offer system notifications. */
  onReminderSet: () => void;
}

export function TasksPage({ timeZone, refreshSignal, liveSignal, isLive, openTask, onReminderSet }: TasksPageProps) {
  const [view, updateView, resetView] = useUrlView();
  const [tasks, setTasks] = useState<Task[]>();
  const [tags, setTags] = useState<{ tag: string; count: number }[]>([]);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<Task | 'new'>();
  const [toast, setToast] = useState<Toast>();
  const [helpOpen, setHelpOpen] = useState(false);
  const [historyOf, setHistoryOf] = useState<Task>();
  const pendingDeletes = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  const requestSeq = useRef(0);

  const load = useCallback(async () => {
    const seq = ++requestSeq.current;
    try {
      const [page, tagList] = await Promise.all([
        apiRequest<TaskPage>('GET', `/api/v1/tasks?${toApiQuery(view)}`),
        apiRequest<{ items: { tag: string; count: number }[] }>('GET', '/api/v1/tags'),
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
  }, [view]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshSignal is a trigger (chat changed tasks).
  useEffect(() => {
    void load();
  }, [load, refreshSignal]);

  // Changes made elsewhere (another tab, the chat, an MCP client, the recurring service) arrive over /ws; the list is
  // refetched rather than patched, because whether a changed task belongs in this view is the API's filter to decide.
  useEffect(() => {
    if (liveSignal === 0) return;
    const timer = setTimeout(() => void load(), LIVE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [liveSignal, load]);

  useEffect(() => {
    if (isLive) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, FALLBACK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [isLive, load]);

  // A reminder or a notification asked for this task: bring it into view in the list, and open it.
  useEffect(() => {
    if (!openTask) return;
    const params = new URLSearchParams(location.search);
    if (params.has('task')) {
      params.delete('task');
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    }
    const item = document.querySelector<HTMLElement>(`li[data-task-id="${openTask.taskId}"]`);
    item?.scrollIntoView({ block: 'center' });
    apiRequest<Task>('GET', `/api/v1/tasks/${openTask.taskId}`).then(
      (task) => setEditing(task),
      () => setToast({ message: 'That task no longer exists.' }),
    );
  }, [openTask]);

  // A delete waiting for its undo window is sent right away if the page goes away.
  useEffect(() => {
    const flush = () => {
      for (const [id, timer] of pendingDeletes.current) {
        clearTimeout(timer);
        void fetch(`/api/v1/tasks/${id}`, { method: 'DELETE', keepalive: true, credentials: 'same-origin' });
      }
      pendingDeletes.current.clear();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  // Keyboard: n new task, / search, ? help.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, dialog, [contenteditable]') || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === 'n') {
        event.preventDefault();
        setEditing('new');
      } else if (event.key === '?') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (event.key === '/') {
        event.preventDefault();
        document.getElementById('search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function toggle(task: Task) {
    setTasks((current) => current?.map((other) => (other.id === task.id ? { ...other, completed: !task.completed } : other)));
    try {
      await apiRequest<Task>('PATCH', `/api/v1/tasks/${task.id}/complete`, { completed: !task.completed });
      // The next occurrence is created by the recurring service right after the completion event; it arrives live.
      if (!task.completed && task.recurring) setToast({ message: `Completed “${task.title}”. The next one is on its way.` });
      await load();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not update the task.');
      await load();
    }
  }

  async function rename(task: Task, title: string) {
    setTasks((current) => current?.map((other) => (other.id === task.id ? { ...other, title } : other)));
    try {
      await apiRequest<Task>('PATCH', `/api/v1/tasks/${task.id}`, { title });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not rename the task.');
    }
    await load();
  }

  function remove(task: Task) {
    setTasks((current) => current?.filter((other) => other.id !== task.id));
    const timer = setTimeout(async () => {
      pendingDeletes.current.delete(task.id);
      try {
        await apiRequest('DELETE', `/api/v1/tasks/${task.id}`);
      } catch (caught) {
        if (!(caught instanceof ApiError && caught.status === 404)) setError('Could not delete the task.');
      }
      await load();
    }, UNDO_MS);
    pendingDeletes.current.set(task.id, timer);
    setToast({
      message: `Deleted “${task.title}”.`,
      undo: () => {
        clearTimeout(timer);
        pendingDeletes.current.delete(task.id);
        setToast(undefined);
        void load();
      },
    });
  }

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(undefined), UNDO_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  const visible = tasks?.filter((task) => !pendingDeletes.current.has(task.id));
  const filtered = isFiltered(view);

  return (
    <>
      <div className="toolbar">
        <h2 className="view-title">{view.status === 'completed' ? 'Completed' : view.status === 'all' ? 'All tasks' : 'To do'}</h2>
        <button type="button" className="primary" onClick={() => setEditing('new')} aria-keyshortcuts="n">
          + New task
        </button>
      </div>
      <QuickAdd
        onAdded={(reply) => {
          setToast({ message: reply });
          void load();
        }}
      />
      <FilterBar view={view} knownTags={tags} onChange={updateView} />
      {error && (
        <p role="alert" className="error banner">
          {error}
        </p>
      )}
      <section aria-label="Tasks" aria-busy={tasks === undefined}>
        {visible === undefined ? (
          <p className="muted">Loading…</p>
        ) : visible.length === 0 ? (
          <div className="empty">
            {filtered ? (
              <>
                <p>No tasks match this view.</p>
                <button type="button" onClick={resetView}>
                  Clear search and filters
                </button>
              </>
            ) : view.status === 'completed' ? (
              <p>Nothing completed yet. Tick a task’s box when it is done and it shows up here.</p>
            ) : (
              <>
                <p>Nothing to do. Add your first task — or ask the assistant, e.g. “remind me to pay rent every month on the 1st”.</p>
                <button type="button" className="primary" onClick={() => setEditing('new')}>
                  + New task
                </button>
              </>
            )}
          </div>
        ) : (
          <>
            <p className="count muted" aria-live="polite">
              {visible.length} {visible.length === 1 ? 'task' : 'tasks'}
            </p>
            <ul className="task-list">
              {visible.map((task) => (
                <TaskItem
                  key={task.id}
                  task={task}
                  timeZone={timeZone}
                  search={view.search}
                  onToggle={toggle}
                  onEdit={setEditing}
                  onRename={rename}
                  onHistory={setHistoryOf}
                  onDelete={remove}
                  onTagClick={(tag) => updateView({ tags: view.tags.includes(tag) ? view.tags : [...view.tags, tag] })}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      {editing && (
        <TaskForm
          task={editing === 'new' ? undefined : editing}
          knownTags={tags.map((entry) => entry.tag)}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setEditing(undefined);
            if (saved.reminder_at) onReminderSet();
            setToast({ message: `Saved “${saved.title}”.` });
            void load();
          }}
        />
      )}
      {helpOpen && <KeyboardHelp onClose={() => setHelpOpen(false)} />}
      {historyOf && <TaskHistory task={historyOf} timeZone={timeZone} onClose={() => setHistoryOf(undefined)} />}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast">
            <span>{toast.message}</span>
            {toast.undo && (
              <button type="button" onClick={toast.undo}>
                Undo
              </button>
            )}
          </div>
        )}
      </div>
    </>
  );
}

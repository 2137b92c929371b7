import type { OpenTaskRequest } from '../app.tsx';
import { FilterBar } from './filter-bar.tsx';
import { QuickAdd } from './quick-add.tsx';
import { TaskDialogs } from './task-dialogs.tsx';
import { TaskList } from './task-list.tsx';
import { ToastRegion, useToast } from './toast.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { useLiveRefresh } from './use-live-refresh.ts';
import { useOpenTask } from './use-open-task.ts';
import { usePendingDeletes } from './use-pending-deletes.ts';
import { useTaskActions } from './use-task-actions.ts';
import { useTaskDialogs } from './use-task-dialogs.ts';
import { useTaskList } from './use-task-list.ts';
import { useUrlView } from './use-url-view.ts';

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
  const { view, updateView, resetView } = useUrlView();
  const list = useTaskList(view, refreshSignal);
  useLiveRefresh(liveSignal, isLive, list.reload);
  const toast = useToast();
  const dialogs = useTaskDialogs();
  const deletes = usePendingDeletes();
  const actions = useTaskActions({ list, deletes, showToast: toast.show, dismissToast: toast.dismiss });
  useOpenTask(openTask, dialogs.openTask, () => toast.show({ message: 'That task no longer exists.' }));
  useKeyboardShortcuts(dialogs.openNewTask, dialogs.openHelp);

  const visible = list.tasks?.filter((task) => !deletes.isPending(task.id));

  return (
    <>
      <div className="toolbar">
        <h2 className="view-title">{view.status === 'completed' ? 'Completed' : view.status === 'all' ? 'All tasks' : 'To do'}</h2>
        <button type="button" className="primary" onClick={dialogs.openNewTask} aria-keyshortcuts="n">
          + New task
        </button>
      </div>
      <QuickAdd
        timeZone={timeZone}
        onAdded={(reply) => {
          toast.show({ message: reply });
          void list.reload();
        }}
      />
      <FilterBar view={view} knownTags={list.tags} onChange={updateView} />
      {list.error && (
        <p role="alert" className="error banner">
          {list.error}
        </p>
      )}
      <TaskList
        tasks={visible}
        view={view}
        timeZone={timeZone}
        onToggle={actions.toggle}
        onEdit={dialogs.openTask}
        onRename={actions.rename}
        onHistory={dialogs.openHistory}
        onDelete={actions.remove}
        onTagClick={(tag) => updateView({ tags: view.tags.includes(tag) ? view.tags : [...view.tags, tag] })}
        onNewTask={dialogs.openNewTask}
        onResetView={resetView}
      />
      <TaskDialogs
        dialogs={dialogs}
        knownTags={list.tags.map((entry) => entry.tag)}
        timeZone={timeZone}
        onSaved={(saved) => {
          if (saved.reminder_at) onReminderSet();
          toast.show({ message: `Saved “${saved.title}”.` });
          void list.reload();
        }}
      />
      <ToastRegion toast={toast.toast} />
    </>
  );
}

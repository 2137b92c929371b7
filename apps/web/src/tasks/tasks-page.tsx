import type { Me, Project, Task } from '@doable/contracts';
import { useEffect, useState } from 'react';
import type { OpenTaskRequest } from '../app.tsx';
import type { TaskMessage } from '../live/use-live-updates.ts';
import { actorOf, describeLiveChange } from '../projects/live-notice.ts';
import { ProjectForm } from '../projects/project-form.tsx';
import { ProjectHeader } from '../projects/project-header.tsx';
import { ShareDialog } from '../projects/share-dialog.tsx';
import { canWrite, type Projects, VIEWER_HINT } from '../projects/use-projects.ts';
import { FilterBar } from './filter-bar.tsx';
import { QuickAdd } from './quick-add.tsx';
import { TaskDialogs } from './task-dialogs.tsx';
import { TaskList } from './task-list.tsx';
import { ToastRegion, useToast } from './toast.tsx';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts';
import { useLiveRefresh } from './use-live-refresh.ts';
import { useOpenTask } from './use-open-task.ts';
import { usePendingDeletes } from './use-pending-deletes.ts';
import { usePeople } from './use-people.ts';
import { useTaskActions } from './use-task-actions.ts';
import { useTaskDialogs } from './use-task-dialogs.ts';
import { useTaskList } from './use-task-list.ts';
import type { UrlView } from './use-url-view.ts';
import { SMART_VIEWS } from './view-state.ts';

interface TasksPageProps {
  urlView: UrlView;
  projects: Projects;
  me: Me | undefined;
  timeZone: string;
  /** Bumped when the chat changed tasks, and when the database is back after an outage. */
  refreshSignal: number;
  /** Bumped on every live message about tasks, and on every (re)connect of `/ws`. */
  liveSignal: number;
  /** The last live task message, to say who changed what. */
  liveMessage: TaskMessage | undefined;
  isLive: boolean;
  openTask: OpenTaskRequest | undefined;
  /** The user just saved a task with a reminder: a good moment to offer system notifications. */
  onReminderSet: () => void;
}

export function TasksPage({
  urlView,
  projects,
  me,
  timeZone,
  refreshSignal,
  liveSignal,
  liveMessage,
  isLive,
  openTask,
  onReminderSet,
}: TasksPageProps) {
  const { view, updateView, resetView } = urlView;
  const list = useTaskList(view, refreshSignal);
  useLiveRefresh(liveSignal, isLive, list.reload);
  const toast = useToast();
  const dialogs = useTaskDialogs();
  const deletes = usePendingDeletes();
  const actions = useTaskActions({ list, deletes, showToast: toast.show, dismissToast: toast.dismiss });
  const [projectDialog, setProjectDialog] = useState<'share' | 'settings'>();
  useOpenTask(openTask, dialogs.openTask, () => toast.show({ message: 'That task no longer exists.' }));

  const shown = projects.byId(view.project);
  const inbox = projects.all?.find((project) => project.is_inbox);
  const writable = canWrite(shown);
  const newTask = () => writable && dialogs.openNewTask();
  useKeyboardShortcuts(newTask, dialogs.openHelp);
  const people = usePeople(list.tasks, projects.members);

  // Another member's change, in words ("Sam added …"): the name from the message, else from the project's members.
  useEffect(() => {
    if (!liveMessage) return;
    const { event } = liveMessage;
    const actorId = actorOf(event);
    const show = (name: string | null | undefined) => {
      const words = describeLiveChange(event, me?.id, name);
      if (words) toast.show({ message: `${words}.` });
    };
    if (event.actor_name || !event.project_id || actorId === me?.id) show(event.actor_name);
    else
      projects
        .members(event.project_id)
        .then((members) => show(members.find((member) => member.user_id === actorId)?.name))
        .catch(() => show(undefined));
  }, [liveMessage, me?.id, projects.members, toast.show]);

  const visible = list.tasks?.filter((task) => !deletes.isPending(task.id));
  const title = shown
    ? undefined
    : view.smart
      ? SMART_VIEWS.find((entry) => entry.value === view.smart)?.label
      : view.status === 'completed'
        ? 'Completed'
        : view.status === 'all'
          ? 'All tasks'
          : 'To do';

  function afterQuickAdd(task: Task) {
    toast.show({ message: `Added “${task.title}”${shown ? ` to ${shown.name}` : ''}.` });
    void list.reload();
    void projects.reload();
  }

  return (
    <>
      {shown ? (
        <ProjectHeader
          project={shown}
          myId={me?.id}
          members={projects.members}
          onShare={() => setProjectDialog('share')}
          onSettings={() => setProjectDialog('settings')}
          onLeft={() => {
            toast.show({ message: `You left “${shown.name}”.` });
            updateView({ project: null, smart: '' });
            void projects.reload();
          }}
        />
      ) : null}
      <div className="toolbar">
        {title && <h2 className="view-title">{title}</h2>}
        <button
          type="button"
          className="primary"
          onClick={newTask}
          aria-keyshortcuts="n"
          disabled={!writable}
          title={writable ? undefined : VIEWER_HINT}
        >
          + New task
        </button>
      </div>
      {writable && <QuickAdd timeZone={timeZone} project={shown && !shown.is_inbox ? shown : undefined} onAdded={afterQuickAdd} />}
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
        canEdit={(task) => canWrite(projects.byId(task.project_id))}
        projectOf={(task) => {
          // Named only in views across projects, and not for the Inbox: one user's own list looks as it always did.
          const project = view.project === null ? projects.byId(task.project_id) : undefined;
          return project?.is_inbox ? undefined : project;
        }}
        personName={people.nameOf}
        onToggle={actions.toggle}
        onEdit={dialogs.openTask}
        onRename={actions.rename}
        onHistory={dialogs.openHistory}
        onDelete={actions.remove}
        onMove={actions.move}
        onAddSubtask={actions.addSubtask}
        onTagClick={(tag) => updateView({ tags: view.tags.includes(tag) ? view.tags : [...view.tags, tag] })}
        onNewTask={newTask}
        onResetView={resetView}
      />
      {list.hasMore && visible && (
        <div className="load-more">
          <button type="button" onClick={() => void list.loadMore()} disabled={list.loadingMore} aria-busy={list.loadingMore}>
            {list.loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      )}
      <TaskDialogs
        dialogs={dialogs}
        knownTags={list.tags.map((entry) => entry.tag)}
        timeZone={timeZone}
        projects={(projects.all ?? []).filter((project) => !project.archived && canWrite(project))}
        defaultProjectId={shown && canWrite(shown) ? shown.id : inbox?.id}
        members={projects.members}
        onSaved={(saved) => {
          if (saved.reminder_at) onReminderSet();
          // A new subtask is said as "+ Subtask" on its parent's row says it.
          const parent =
            dialogs.editing === 'new' && saved.parent_id !== null ? list.tasks?.find((task) => task.id === saved.parent_id) : undefined;
          toast.show({ message: parent ? `Added “${saved.title}” under “${parent.title}”.` : `Saved “${saved.title}”.` });
          void list.reload();
          void projects.reload();
        }}
      />
      {shown && projectDialog === 'share' && (
        <ShareDialog project={shown} onClose={() => setProjectDialog(undefined)} onChanged={() => void projects.reload()} />
      )}
      {shown && projectDialog === 'settings' && (
        <ProjectForm
          project={shown}
          onClose={() => setProjectDialog(undefined)}
          onSaved={(saved: Project) => {
            setProjectDialog(undefined);
            toast.show({ message: `Saved “${saved.name}”.` });
            void projects.reload();
          }}
          onDeleted={() => {
            setProjectDialog(undefined);
            toast.show({ message: `Deleted “${shown.name}”.` });
            updateView({ project: null, smart: '' });
            void projects.reload();
          }}
        />
      )}
      <ToastRegion toast={toast.toast} />
    </>
  );
}

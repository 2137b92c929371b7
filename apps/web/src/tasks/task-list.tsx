import type { Project, Task } from '@doable/contracts';
import { TaskItem } from './task-item.tsx';
import type { MoveBody } from './task-tree.ts';
import { TaskTreeList } from './task-tree-list.tsx';
import type { MoveKind, TreeTask } from './tree-controls.tsx';
import { isFiltered, isTreeView, type ViewState } from './view-state.ts';

interface TaskListProps extends TaskItemHandlers {
  /** Undefined while the first answer is awaited. */
  tasks: Task[] | undefined;
  view: ViewState;
  timeZone: string;
  onNewTask: () => void;
  onResetView: () => void;
  onMove: (task: TreeTask, kind: MoveKind | 'drop', body: MoveBody) => Promise<void>;
  onAddSubtask: (parent: TreeTask, title: string) => Promise<boolean>;
}

/** What each row can do, the same in the flat list and the tree. */
export interface TaskItemHandlers {
  /** Whether the user may change the task (not a viewer of its project). */
  canEdit: (task: Task) => boolean;
  /** The task's project, to name it on the task in views across projects. */
  projectOf: (task: Task) => Project | undefined;
  personName: (userId: string) => string | undefined;
  onToggle: (task: Task) => void;
  onEdit: (task: Task) => void;
  onRename: (task: Task, title: string) => void;
  onHistory: (task: Task) => void;
  onDelete: (task: Task) => void;
  onTagClick: (tag: string) => void;
}

export function TaskList({ tasks, view, timeZone, onNewTask, onResetView, onMove, onAddSubtask, ...itemHandlers }: TaskListProps) {
  return (
    <section aria-label="Tasks" aria-busy={tasks === undefined}>
      {tasks === undefined ? (
        <p className="muted">Loading…</p>
      ) : tasks.length === 0 ? (
        <EmptyList view={view} onNewTask={onNewTask} onResetView={onResetView} />
      ) : (
        <>
          <p className="count muted" aria-live="polite">
            {tasks.length} {tasks.length === 1 ? 'task' : 'tasks'}
          </p>
          {isTreeView(view) ? (
            <TaskTreeList
              tasks={tasks}
              timeZone={timeZone}
              search={view.search}
              onMove={onMove}
              onAddSubtask={onAddSubtask}
              {...itemHandlers}
            />
          ) : (
            <ul className="task-list">
              {tasks.map((task) => (
                <TaskItem key={task.id} task={task} timeZone={timeZone} search={view.search} {...itemHandlers} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** What an empty list says depends on why it is empty: the filters, the completed view, or no tasks at all. */
function EmptyList({ view, onNewTask, onResetView }: Pick<TaskListProps, 'view' | 'onNewTask' | 'onResetView'>) {
  return (
    <div className="empty">
      {isFiltered(view) ? (
        <>
          <p>No tasks match this view.</p>
          <button type="button" onClick={onResetView}>
            Clear search and filters
          </button>
        </>
      ) : view.status === 'completed' ? (
        <p>Nothing completed yet. Tick a task’s box when it is done and it shows up here.</p>
      ) : (
        <>
          <p>Nothing to do. Add your first task — or ask the assistant, e.g. “remind me to pay rent every month on the 1st”.</p>
          <button type="button" className="primary" onClick={onNewTask}>
            + New task
          </button>
        </>
      )}
    </div>
  );
}

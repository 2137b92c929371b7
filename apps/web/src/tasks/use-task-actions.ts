import type { Task } from '@doable/contracts';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { descendantIds, type MoveBody } from './task-tree.ts';
import { TOAST_MS, type Toast } from './toast.tsx';
import type { MoveKind, TreeTask } from './tree-controls.tsx';
import type { PendingDeletes } from './use-pending-deletes.ts';
import type { TaskList } from './use-task-list.ts';

/** The Undo button is on the toast: the delete waits as long as the toast shows. */
const UNDO_MS = TOAST_MS;

interface TaskActionDeps {
  list: TaskList;
  deletes: PendingDeletes;
  showToast: (toast: Toast) => void;
  dismissToast: () => void;
}

const MOVED: Record<MoveKind | 'drop', string> = {
  up: 'Moved up',
  down: 'Moved down',
  indent: 'Indented',
  outdent: 'Outdented',
  drop: 'Moved',
};

/** What can be done to a task from its row: each shows at once, then asks the server and reloads the list. */
export function useTaskActions({ list, deletes, showToast, dismissToast }: TaskActionDeps) {
  async function toggle(task: Task) {
    list.patchTasks((tasks) => {
      // Completing a parent completes its open subtasks (the API does it too); reopening it leaves them as they are.
      const done = task.completed ? new Set<number>() : descendantIds(tasks, task.id);
      return tasks.map((other) =>
        other.id === task.id ? { ...other, completed: !task.completed } : done.has(other.id) ? { ...other, completed: true } : other,
      );
    });
    try {
      await apiRequest<Task>('PATCH', `/api/v1/tasks/${task.id}/complete`, { completed: !task.completed });
      // The next occurrence is created by the recurring service right after the completion event; it arrives live.
      if (!task.completed && task.recurring) showToast({ message: `Completed “${task.title}”. The next one is on its way.` });
      await list.reload();
    } catch (caught) {
      list.showError(caught instanceof ApiError ? caught.message : 'Could not update the task.');
      await list.reload();
    }
  }

  async function rename(task: Task, title: string) {
    list.patchTasks((tasks) => tasks.map((other) => (other.id === task.id ? { ...other, title } : other)));
    try {
      await apiRequest<Task>('PATCH', `/api/v1/tasks/${task.id}`, { title });
    } catch (caught) {
      list.showError(caught instanceof ApiError ? caught.message : 'Could not rename the task.');
    }
    await list.reload();
  }

  function remove(task: Task) {
    list.patchTasks((tasks) => tasks.filter((other) => other.id !== task.id));
    deletes.schedule(task.id, UNDO_MS, async () => {
      try {
        await apiRequest('DELETE', `/api/v1/tasks/${task.id}`);
      } catch (caught) {
        if (!(caught instanceof ApiError && caught.status === 404)) list.showError('Could not delete the task.');
      }
      await list.reload();
    });
    showToast({
      message: `Deleted “${task.title}”.`,
      undo: () => {
        deletes.cancel(task.id);
        dismissToast();
        void list.reload();
      },
    });
  }

  /** A reorder, indent or outdent (`PATCH /tasks/{id}/move`), said in the toast for those who cannot see it. */
  async function move(task: TreeTask, kind: MoveKind | 'drop', body: MoveBody) {
    try {
      await apiRequest<Task>('PATCH', `/api/v1/tasks/${task.id}/move`, body);
      showToast({ message: `${MOVED[kind]} “${task.title}”.` });
    } catch (caught) {
      list.showError(caught instanceof ApiError ? caught.message : 'Could not move the task.');
    }
    await list.reload();
  }

  async function addSubtask(parent: TreeTask, title: string): Promise<boolean> {
    try {
      await apiRequest<Task>('POST', '/api/v1/tasks', { title, parent_id: parent.id });
      showToast({ message: `Added “${title}” under “${parent.title}”.` });
      await list.reload();
      return true;
    } catch (caught) {
      list.showError(caught instanceof ApiError ? caught.message : 'Could not add the subtask.');
      return false;
    }
  }

  return { toggle, rename, remove, move, addSubtask };
}

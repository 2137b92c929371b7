import type { Task } from '@doable/contracts';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { TOAST_MS, type Toast } from './toast.tsx';
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

/** What can be done to a task from its row: each shows at once, then asks the server and reloads the list. */
export function useTaskActions({ list, deletes, showToast, dismissToast }: TaskActionDeps) {
  async function toggle(task: Task) {
    list.patchTasks((tasks) => tasks.map((other) => (other.id === task.id ? { ...other, completed: !task.completed } : other)));
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

  return { toggle, rename, remove };
}

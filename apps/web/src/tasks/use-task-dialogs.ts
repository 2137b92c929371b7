import type { Task } from '@doable/contracts';
import { useCallback, useState } from 'react';

/** Which of the page's dialogs are open: the task form (new or editing), keyboard help, a task's history. */
export function useTaskDialogs() {
  const [editing, setEditing] = useState<Task | 'new'>();
  const [helpOpen, setHelpOpen] = useState(false);
  const [historyOf, setHistoryOf] = useState<Task>();
  return {
    editing,
    helpOpen,
    historyOf,
    openNewTask: useCallback(() => setEditing('new'), []),
    openTask: setEditing as (task: Task) => void,
    closeTask: useCallback(() => setEditing(undefined), []),
    openHelp: useCallback(() => setHelpOpen(true), []),
    closeHelp: useCallback(() => setHelpOpen(false), []),
    openHistory: setHistoryOf as (task: Task) => void,
    closeHistory: useCallback(() => setHistoryOf(undefined), []),
  };
}

export type TaskDialogState = ReturnType<typeof useTaskDialogs>;

import { useEffect } from 'react';

/** n new task, / search, ? help; not while typing, in a dialog, or with a modifier (those belong to the browser). */
export function useKeyboardShortcuts(onNewTask: () => void, onHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, dialog, [contenteditable]') || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === 'n') {
        event.preventDefault();
        onNewTask();
      } else if (event.key === '?') {
        event.preventDefault();
        onHelp();
      } else if (event.key === '/') {
        event.preventDefault();
        document.getElementById('search')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onNewTask, onHelp]);
}

import { useCallback, useEffect, useRef } from 'react';

export interface PendingDeletes {
  /** Runs `send` after `delayMs` unless cancelled first. */
  schedule: (taskId: number, delayMs: number, send: () => Promise<void>) => void;
  cancel: (taskId: number) => void;
  isPending: (taskId: number) => boolean;
}

/** Deletes waiting out their undo window; any still waiting are sent right away if the page goes away. */
export function usePendingDeletes(): PendingDeletes {
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const flush = () => {
      for (const [id, timer] of timers.current) {
        clearTimeout(timer);
        void fetch(`/api/v1/tasks/${id}`, { method: 'DELETE', keepalive: true, credentials: 'same-origin' });
      }
      timers.current.clear();
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);

  const schedule = useCallback((taskId: number, delayMs: number, send: () => Promise<void>) => {
    const timer = setTimeout(() => {
      timers.current.delete(taskId);
      void send();
    }, delayMs);
    timers.current.set(taskId, timer);
  }, []);
  const cancel = useCallback((taskId: number) => {
    clearTimeout(timers.current.get(taskId));
    timers.current.delete(taskId);
  }, []);
  const isPending = useCallback((taskId: number) => timers.current.has(taskId), []);
  return { schedule, cancel, isPending };
}

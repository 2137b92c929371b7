import type { ReminderEvent } from '@doable/contracts';
import { useEffect, useRef, useState } from 'react';
import { type LiveStatus, openLiveConnection } from './live-connection.ts';

export interface LiveHandlers {
  /** A task changed somewhere, or the socket (re)connected and anything may have changed meanwhile. */
  onTasksChanged: () => void;
  onReminder: (event: ReminderEvent) => void;
}

/** One live connection per tab while signed in; the handlers may change on every render. */
export function useLiveUpdates(token: string | null, handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!token) return;
    return openLiveConnection({
      token,
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.type === 'reminder') latest.current.onReminder(message.event);
        else latest.current.onTasksChanged();
      },
    });
  }, [token]);

  return status;
}

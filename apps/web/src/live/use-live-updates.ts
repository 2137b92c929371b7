import type { ReminderEvent } from '@doable/contracts';
import { useEffect, useRef, useState } from 'react';
import { type LiveStatus, openLiveConnection } from './live-connection.ts';

export interface LiveHandlers {
  /** A task changed somewhere, or the socket (re)connected and anything may have changed meanwhile. */
  onTasksChanged: () => void;
  onReminder: (event: ReminderEvent) => void;
}

/** One live connection per tab while signed in; the handlers may change on every render. */
export function useLiveUpdates(signedIn: boolean, handlers: LiveHandlers): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!signedIn) return;
    return openLiveConnection({
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.type === 'reminder') latest.current.onReminder(message.event);
        else latest.current.onTasksChanged();
      },
    });
  }, [signedIn]);

  return status;
}

import type { LiveNotification, ReminderEvent } from '@doable/contracts';
import { useEffect, useRef, useState } from 'react';
import { type LiveStatus, openLiveConnection } from './live-connection.ts';
import type { LiveMessage, ProjectMessage } from './live-message.ts';

export type TaskMessage = Extract<LiveMessage, { type: 'task.updated' }>;

export interface LiveHandlers {
  /** A task changed somewhere (the message, when one said so), or the socket (re)connected and anything may have changed meanwhile. */
  onTasksChanged: (message?: TaskMessage) => void;
  onReminder: (event: ReminderEvent) => void;
  /** A project or its membership changed. */
  onProject: (message: ProjectMessage) => void;
  /** Someone else assigned the user a task or invited them to a project. */
  onNotification: (notification: LiveNotification) => void;
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
        else if (message.type === 'project') latest.current.onProject(message);
        else if (message.type === 'notification') latest.current.onNotification(message.notification);
        else latest.current.onTasksChanged(message.type === 'task.updated' ? message : undefined);
      },
    });
  }, [signedIn]);
  return status;
}

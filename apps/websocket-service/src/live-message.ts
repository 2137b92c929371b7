import type { LiveNotification, ProjectRemovedMessage, ReminderEvent, TaskEvent } from '@doable/contracts';

/** Every message the server sends on `/ws`, as JSON text frames (see the README for the protocol). */
export type LiveMessage =
  | { type: 'hello'; user_id: string; heartbeat_interval_ms: number }
  | { type: 'task.updated'; event: TaskEvent }
  | { type: 'reminder'; event: ReminderEvent }
  | { type: 'notification'; notification: LiveNotification }
  | ProjectRemovedMessage;

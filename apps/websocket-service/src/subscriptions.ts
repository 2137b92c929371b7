import { TOPICS } from '@doable/contracts';
import type { Logger, Subscription } from '@doable/platform';
import type { ConnectionRegistry } from './connection-registry.ts';
import { onReminderDue } from './handlers/on-reminder-due.ts';
import { onTaskUpdated } from './handlers/on-task-updated.ts';
import { createRecentEventIds } from './recent-event-ids.ts';

export const LIVE_UPDATES_CONSUMER = 'websocket-service';

/**
 * Every topic the live-updates service consumes. Broadcast: a user's sockets live on one replica, so every replica
 * must see every message and deliver to the sockets it holds.
 */
export function liveUpdatesSubscriptions(deps: { connections: ConnectionRegistry; logger: Logger }): Subscription[] {
  const handlerDeps = { ...deps, recent: createRecentEventIds() };
  return [
    { consumer: LIVE_UPDATES_CONSUMER, topic: TOPICS.taskUpdates, broadcast: true, handle: onTaskUpdated(handlerDeps) },
    { consumer: LIVE_UPDATES_CONSUMER, topic: TOPICS.reminders, broadcast: true, handle: onReminderDue(handlerDeps) },
  ];
}

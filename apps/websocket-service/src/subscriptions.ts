import { TOPICS } from '@doable/contracts';
import type { Logger, Subscription } from '@doable/platform';
import type { ConnectionRegistry } from './connection-registry.ts';
import { onProjectEventForSockets, onProjectEventForView } from './handlers/on-project-event.ts';
import { onReminderDue } from './handlers/on-reminder-due.ts';
import { onTaskUpdated } from './handlers/on-task-updated.ts';
import type { MembershipView } from './membership/membership-view.ts';
import { createRecentEventIds } from './recent-event-ids.ts';

export const LIVE_UPDATES_CONSUMER = 'websocket-service';
/** The shared consumer that keeps the membership view (one replica applies each project event). */
export const MEMBERSHIP_VIEW_CONSUMER = 'websocket-service-membership';

/**
 * Every topic the live-updates service consumes. Broadcast: a user's sockets live on one replica, so every replica
 * must see every message and deliver to the sockets it holds. `project-events` is consumed twice: shared, to keep the
 * membership view complete from the topic's beginning, and broadcast, to tell the sockets on every replica.
 */
export function liveUpdatesSubscriptions(deps: {
  connections: ConnectionRegistry;
  membership: MembershipView;
  logger: Logger;
}): Subscription[] {
  const handlerDeps = { ...deps, recent: createRecentEventIds() };
  return [
    { consumer: LIVE_UPDATES_CONSUMER, topic: TOPICS.taskUpdates, broadcast: true, handle: onTaskUpdated(handlerDeps) },
    { consumer: LIVE_UPDATES_CONSUMER, topic: TOPICS.reminders, broadcast: true, handle: onReminderDue(handlerDeps) },
    { consumer: LIVE_UPDATES_CONSUMER, topic: TOPICS.projectEvents, broadcast: true, handle: onProjectEventForSockets(handlerDeps) },
    { consumer: MEMBERSHIP_VIEW_CONSUMER, topic: TOPICS.projectEvents, handle: onProjectEventForView(deps) },
  ];
}

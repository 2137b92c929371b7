import { taskEventSchema } from '@doable/contracts';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { ConnectionRegistry } from '../connection-registry.ts';
import type { RecentEventIds } from '../recent-event-ids.ts';

/** Pushes a task change (any event type) to the open tabs of the task's owner, and nobody else. */
export function onTaskUpdated(deps: { connections: ConnectionRegistry; recent: RecentEventIds; logger: Logger }) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = taskEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a task event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    if (!deps.recent.firstSeen(event.event_id)) return;
    const sent = deps.connections.send(event.user_id, { type: 'task.updated', event });
    deps.logger.debug({ eventId: event.event_id, userId: event.user_id, sockets: sent }, 'task update pushed');
  };
}

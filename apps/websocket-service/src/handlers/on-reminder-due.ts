import { reminderEventSchema } from '@doable/contracts';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { ConnectionRegistry } from '../connection-registry.ts';
import type { RecentEventIds } from '../recent-event-ids.ts';

/** Pushes a due reminder to the open tabs of its user, so an open app can show it without Web Push. */
export function onReminderDue(deps: { connections: ConnectionRegistry; recent: RecentEventIds; logger: Logger }) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = reminderEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a reminder event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    if (!deps.recent.firstSeen(event.event_id)) return;
    const sent = deps.connections.send(event.user_id, { type: 'reminder', event });
    deps.logger.debug({ eventId: event.event_id, userId: event.user_id, sockets: sent }, 'reminder pushed');
  };
}

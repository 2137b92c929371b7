import { type ProjectEvent, projectEventSchema } from '@doable/contracts';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { ConnectionRegistry } from '../connection-registry.ts';
import type { MembershipView } from '../membership/membership-view.ts';
import type { RecentEventIds } from '../recent-event-ids.ts';

function parse(message: BusMessage): ProjectEvent {
  const parsed = projectEventSchema.safeParse(message.payload);
  if (!parsed.success) throw new PoisonMessageError(`not a project event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/**
 * Keeps the membership view (the shared consumer: one replica applies each event, from the topic's beginning, so
 * the view is complete even for events published while no replica was running).
 */
export function onProjectEventForView(deps: { membership: MembershipView }) {
  return async (message: BusMessage): Promise<void> => {
    await deps.membership.apply(parse(message));
  };
}

/**
 * Every replica: applies the event to the view too (idempotent), so this replica stops delivering a removed
 * member's updates before it tells their sockets; then tells this replica's sockets what concerns them.
 */
export function onProjectEventForSockets(deps: {
  connections: ConnectionRegistry;
  recent: RecentEventIds;
  membership: MembershipView;
  logger: Logger;
}) {
  return async (message: BusMessage): Promise<void> => {
    const event = parse(message);
    await deps.membership.apply(event);
    // Whom to tell of a deletion: the members it had (their rows stay; they no longer receive its updates).
    const deletedFor = event.event_type === 'project_deleted' ? await deps.membership.lastMembersOf(event.project_id) : [];
    if (!deps.recent.firstSeen(event.event_id)) return;
    const actor = { user_id: event.actor_id, name: event.actor_name ?? null };
    switch (event.event_type) {
      case 'member_removed':
        if (event.member)
          deps.connections.send(event.member.user_id, { type: 'project_removed', project_id: event.project_id, reason: 'removed' });
        return;
      case 'project_deleted':
        for (const userId of deletedFor)
          deps.connections.send(userId, { type: 'project_removed', project_id: event.project_id, reason: 'deleted' });
        return;
      case 'invitation_created':
        if (event.member && event.member.user_id !== event.actor_id) {
          deps.connections.send(event.member.user_id, {
            type: 'notification',
            notification: {
              kind: 'project_invitation',
              event_id: event.event_id,
              actor,
              project_id: event.project_id,
              project_name: event.project.name,
              role: event.member.role,
            },
          });
        }
        return;
      default:
        return;
    }
  };
}

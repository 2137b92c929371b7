import { assignedBySomeoneElse, type TaskEvent, taskEventSchema } from '@doable/contracts';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { ConnectionRegistry } from '../connection-registry.ts';
import type { MembershipView } from '../membership/membership-view.ts';
import type { RecentEventIds } from '../recent-event-ids.ts';

interface Deps {
  connections: ConnectionRegistry;
  recent: RecentEventIds;
  membership: MembershipView;
  logger: Logger;
}

/**
 * Pushes a task change (any event type) to the open tabs of every current member of the task's project, checked in
 * the membership view at delivery time (on a move, the members of the project it left too, so it leaves their view),
 * and tells an assignee someone else just gave them the task. An event from
 * before projects (no `project_id`) goes to its `user_id` only, as it always did.
 */
export function onTaskUpdated(deps: Deps) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = taskEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a task event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    // Nobody connected to this replica: no lookup at all.
    if (deps.connections.count() === 0) return;
    // Looked up before the event counts as seen: when the lookup fails (the database is away), the bus redelivers
    // the event and this replica must still push it then.
    const to = await recipients(deps.membership, event);
    if (!deps.recent.firstSeen(event.event_id)) return;
    let sent = 0;
    for (const userId of to) sent += deps.connections.send(userId, { type: 'task.updated', event });
    const assignee = assignedBySomeoneElse(event);
    if (assignee) {
      deps.connections.send(assignee, {
        type: 'notification',
        notification: {
          kind: 'task_assigned',
          event_id: event.event_id,
          actor: { user_id: actorOf(event), name: event.actor_name ?? null },
          project_id: event.project_id ?? null,
          task_id: event.task_id,
          title: event.task_data.title,
        },
      });
    }
    deps.logger.debug({ eventId: event.event_id, projectId: event.project_id, sockets: sent }, 'task update pushed');
  };
}

const actorOf = (event: TaskEvent) => event.actor_id ?? event.user_id;

/**
 * The project's members now, plus the actor unless they have left it (see `audienceOf`): the actor was allowed to
 * make the change, and their own tabs must not wait for the membership event of a project just created.
 */
async function recipients(membership: MembershipView, event: TaskEvent): Promise<Set<string>> {
  if (event.project_id === undefined) return new Set([event.user_id]);
  const left = event.previous_project_id === undefined ? [] : await membership.membersOf(event.previous_project_id);
  return new Set([...(await membership.audienceOf(event.project_id, actorOf(event))), ...left]);
}

import { assignedBySomeoneElse, type ProjectEvent, projectEventSchema, type TaskEvent, taskEventSchema } from '@doable/contracts';
import { type BusMessage, type Logger, PoisonMessageError } from '@doable/platform';
import type { PushDelivery } from '../delivery/push-delivery.ts';
import type { PushMessage } from '../delivery/push-sender.ts';

/** A week: an invitation or an assignment is still news when the device wakes up days later. */
const NEWS_TTL_SECONDS = 7 * 24 * 60 * 60;

/** Who did it, as the person told reads it; the event's name when it carried one. */
const actorName = (name: string | undefined) => name?.trim() || 'Someone';

/**
 * The push payload of news about shared work: `title` and `body` ready to show, so the service worker needs no
 * wording of its own; `tag` collapses repeats on the device.
 */
function newsMessage(news: {
  kind: 'task_assigned' | 'project_invitation';
  title: string;
  body: string;
  tag: string;
  url: string;
  task_id?: number;
  project_id?: number;
}): PushMessage {
  return {
    payload: JSON.stringify({ type: 'notification', ...news }),
    ttl: NEWS_TTL_SECONDS,
    urgency: 'normal',
    topic: news.tag,
  };
}

export function assignmentPush(event: TaskEvent): PushMessage {
  return newsMessage({
    kind: 'task_assigned',
    title: `${actorName(event.actor_name)} assigned you a task`,
    body: event.task_data.title,
    tag: `task-${event.task_id}-assigned`,
    url: `/?task=${event.task_id}`,
    task_id: event.task_id,
    ...(event.project_id !== undefined ? { project_id: event.project_id } : {}),
  });
}

export function invitationPush(event: ProjectEvent): PushMessage {
  return newsMessage({
    kind: 'project_invitation',
    title: `${actorName(event.actor_name)} invited you to ${event.project.name}`,
    body: 'Open Doable to accept or decline.',
    tag: `project-${event.project_id}-invitation`,
    url: '/',
    project_id: event.project_id,
  });
}

/** Task events: Web Push to a person someone else just assigned a task (when they allowed push). */
export function onTaskAssigned(deps: { logger: Logger; deliver: PushDelivery }) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = taskEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a task event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    const assignee = assignedBySomeoneElse(event);
    if (!assignee) return;
    await deps.deliver({
      eventId: event.event_id,
      userId: assignee,
      push: assignmentPush(event),
      logger: deps.logger.child({ eventId: event.event_id, taskId: event.task_id }),
    });
  };
}

/** Project events: Web Push to a person with an account someone invited to a project (when they allowed push). */
export function onProjectInvitation(deps: { logger: Logger; deliver: PushDelivery }) {
  return async (message: BusMessage): Promise<void> => {
    const parsed = projectEventSchema.safeParse(message.payload);
    if (!parsed.success) throw new PoisonMessageError(`not a project event: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const event = parsed.data;
    if (event.event_type !== 'invitation_created' || !event.member || event.member.user_id === event.actor_id) return;
    await deps.deliver({
      eventId: event.event_id,
      userId: event.member.user_id,
      push: invitationPush(event),
      logger: deps.logger.child({ eventId: event.event_id, projectId: event.project_id }),
    });
  };
}

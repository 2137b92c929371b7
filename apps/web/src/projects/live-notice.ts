import type { TaskEvent } from '@doable/contracts';
import { firstName } from './people.ts';

/** Who did a change made elsewhere: the event's actor (its `user_id` before projects had `actor_id`). */
export const actorOf = (event: TaskEvent): string => event.actor_id ?? event.user_id;

/** "Sam added “Buy milk”": a change another member made, in words; undefined for the user's own changes. */
export function describeLiveChange(event: TaskEvent, myId: string | undefined, actorName: string | null | undefined): string | undefined {
  if (!myId || actorOf(event) === myId) return undefined;
  const who = actorName ? firstName(actorName) : 'Someone';
  const title = event.task_data.title ? `“${event.task_data.title}”` : 'a task';
  switch (event.event_type) {
    case 'created':
      return `${who} added ${title}`;
    case 'completed':
      return `${who} completed ${title}`;
    case 'deleted':
      return `${who} deleted ${title}`;
    default:
      if (event.changed_fields?.includes('project_id')) return `${who} moved ${title}`;
      if (event.changed_fields?.includes('assignee_id')) return `${who} assigned ${title}`;
      if (event.changed_fields?.includes('completed') && event.task_data.completed === false) return `${who} reopened ${title}`;
      return `${who} changed ${title}`;
  }
}

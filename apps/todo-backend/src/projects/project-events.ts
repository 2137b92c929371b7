import { randomUUID } from 'node:crypto';
import { type ProjectEvent, type ProjectEventType, type ProjectRole, TOPICS } from '@doable/contracts';
import type { Executor } from '../database/executor.ts';
import { currentChangeOrigin } from '../http/change-origin.ts';
import { actorName } from '../outbox/actor-name.ts';
import { enqueue } from '../outbox/outbox.ts';

/** The fields of a project row that events carry. */
export interface ProjectSnapshot {
  id: number;
  name: string;
  color: string;
  emoji: string | null;
  archived: boolean;
}

/** Partition key of everything about one project (its task events too), so a project's events stay in order. */
export const projectKey = (projectId: number) => `project:${projectId}`;

export function projectEvent(
  type: ProjectEventType,
  project: ProjectSnapshot,
  actorId: string,
  now: Date,
  member?: { user_id: string; role: ProjectRole },
): ProjectEvent {
  return {
    schema_version: 1,
    event_type: type,
    event_id: randomUUID(),
    timestamp: now.toISOString(),
    actor_id: actorId,
    project_id: project.id,
    project: { name: project.name, color: project.color, emoji: project.emoji, archived: project.archived },
    ...(member ? { member } : {}),
  };
}

/** Project events go to `project-events`, in the transaction of the change they describe. */
export async function publishProjectEvents(trx: Executor, events: ProjectEvent[]): Promise<void> {
  const names = new Map<string, string | undefined>();
  const origin = currentChangeOrigin();
  for (const { actor_id } of events) if (!names.has(actor_id)) names.set(actor_id, await actorName(trx, actor_id));
  await enqueue(
    trx,
    events.map((event) => {
      const name = event.actor_name ?? names.get(event.actor_id);
      const via = event.via ?? origin;
      const payload = { ...event, ...(name === undefined ? {} : { actor_name: name }), ...(via ? { via } : {}) };
      return { topic: TOPICS.projectEvents, key: projectKey(event.project_id), eventId: event.event_id, payload };
    }),
  );
}

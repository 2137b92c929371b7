import { randomUUID } from 'node:crypto';
import { type ProjectEvent, type ProjectEventType, type ProjectRole, TOPICS } from '@doable/contracts';
import type { Executor } from '../database/executor.ts';
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
  await enqueue(
    trx,
    events.map((event) => ({ topic: TOPICS.projectEvents, key: projectKey(event.project_id), eventId: event.event_id, payload: event })),
  );
}

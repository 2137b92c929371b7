import { z } from 'zod';
import { projectRoleSchema } from './projects.ts';

/**
 * Messages of the live protocol (`/ws`) that are about projects and people rather than one event; the
 * websocket-service's README describes the whole protocol. Clients ignore message types they do not know.
 */

/** Who did something, with the name they had when they did it (null when the event did not carry one). */
export const liveActorSchema = z.object({ user_id: z.string(), name: z.string().nullable() });

/** Someone else assigned the recipient a task, or invited them to a project. */
export const liveNotificationSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('task_assigned'),
    event_id: z.string(),
    actor: liveActorSchema,
    project_id: z.number().int().nullable(),
    task_id: z.number().int(),
    title: z.string(),
  }),
  z.object({
    kind: z.literal('project_invitation'),
    event_id: z.string(),
    actor: liveActorSchema,
    project_id: z.number().int(),
    project_name: z.string(),
    role: projectRoleSchema,
  }),
]);
export type LiveNotification = z.infer<typeof liveNotificationSchema>;

export const liveNotificationMessageSchema = z.object({ type: z.literal('notification'), notification: liveNotificationSchema });

/**
 * The recipient no longer receives this project's updates: they were removed (or left), or the project was deleted.
 * A client drops the project and its tasks from view.
 */
export const projectRemovedMessageSchema = z.object({
  type: z.literal('project_removed'),
  project_id: z.number().int(),
  reason: z.enum(['removed', 'deleted']),
});
export type ProjectRemovedMessage = z.infer<typeof projectRemovedMessageSchema>;

import { z } from 'zod';
import { prioritySchema, recurrenceBasisSchema } from './task.ts';

/** Topics of the event bus (Kafka topics in distributed mode). */
export const TOPICS = {
  taskEvents: 'task-events',
  reminders: 'reminders',
  taskUpdates: 'task-updates',
  projectEvents: 'project-events',
} as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

/**
 * Through what a change was made: the web app, the REST API, chat, an MCP client, a CalDAV client or Doable itself
 * (`system`). `client` is a short human name of the app when one is known ("Thunderbird", "DAVx⁵"), never a raw header.
 * Events written before this existed have none.
 */
export const changeChannelSchema = z.enum(['web', 'api', 'chat', 'mcp', 'caldav', 'system']);
export type ChangeChannel = z.infer<typeof changeChannelSchema>;
export const CHANGE_CLIENT_MAX = 80;
export const changeOriginSchema = z.object({
  channel: changeChannelSchema,
  client: z.string().min(1).max(CHANGE_CLIENT_MAX).optional(),
});
export type ChangeOrigin = z.infer<typeof changeOriginSchema>;

export const taskEventTypeSchema = z.enum(['created', 'updated', 'completed', 'deleted']);
export type TaskEventType = z.infer<typeof taskEventTypeSchema>;

/** The requirement's task_data, plus the fields consumers need to act without reading the backend's tables. */
export const taskEventDataSchema = z.object({
  title: z.string(),
  completed: z.boolean(),
  priority: prioritySchema,
  tags: z.array(z.string()),
  due_date: z.string().nullable(),
  description: z.string().optional(),
  completed_at: z.string().nullable().optional(),
  recurring: z.string().nullable().optional(),
  recurrence_basis: recurrenceBasisSchema.optional(),
  recurring_parent_id: z.number().int().nullable().optional(),
  reminder_at: z.string().nullable().optional(),
  remind_before: z.string().nullable().optional(),
  project_id: z.number().int().optional(),
  assignee_id: z.string().nullable().optional(),
  created_by: z.string().optional(),
  parent_id: z.number().int().nullable().optional(),
  position: z.string().optional(),
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});

/**
 * Task Event, published on `task-events` and `task-updates` (the requirement's schema, snake_case), keyed by
 * `project_id` so one project's events stay in order. `user_id` is the actor, as before projects; `actor_id` says
 * the same by name. Events written before projects existed have neither `project_id` nor `actor_id`.
 */
export const taskEventSchema = z.object({
  schema_version: z.literal(1).default(1),
  event_type: taskEventTypeSchema,
  event_id: z.uuid(),
  timestamp: z.string(),
  user_id: z.string().min(1),
  actor_id: z.string().min(1).optional(),
  actor_name: z
    .string()
    .optional()
    .describe('The actor’s display name when the event was written, for messages such as “Sam assigned you …”.'),
  via: changeOriginSchema.optional().describe('Through what the change was made (web app, API, chat, MCP, CalDAV client).'),
  project_id: z.number().int().optional(),
  previous_project_id: z
    .number()
    .int()
    .optional()
    .describe('On a move to another project: the project the task left, whose members see it go.'),
  task_id: z.number().int(),
  task_data: taskEventDataSchema,
  changed_fields: z.array(z.string()).optional(),
  cause: z
    .enum(['next_occurrence'])
    .optional()
    .describe('On `created`: the task was made by completing a recurring one (its next occurrence, or a copy of a subtask).'),
});
export type TaskEvent = z.infer<typeof taskEventSchema>;

/**
 * The assignee to tell "<actor> assigned you …": the event gave them the task (a creation with them as assignee, or a
 * change of assignee) and they did not do it themselves. An occurrence a completion made keeps its assignee: no news.
 */
export function assignedBySomeoneElse(event: TaskEvent): string | undefined {
  const assignee = event.task_data.assignee_id;
  const actor = event.actor_id ?? event.user_id;
  if (!assignee || assignee === actor || event.event_type === 'deleted' || event.cause === 'next_occurrence') return undefined;
  const assigned = event.event_type === 'created' || (event.changed_fields ?? []).includes('assignee_id');
  return assigned ? assignee : undefined;
}

export const projectEventTypeSchema = z.enum([
  'project_created',
  'project_updated',
  'project_deleted',
  'member_added',
  'member_role_changed',
  'member_removed',
  'invitation_created',
]);
export type ProjectEventType = z.infer<typeof projectEventTypeSchema>;

/**
 * Project Event, published on `project-events`, keyed by `project_id`. Membership events name the member; the
 * websocket-service keeps its view of who may receive a project's updates from them, and tells a removed member's
 * open sockets. `invitation_created` names the invited user when the email belongs to an account.
 */
export const projectEventSchema = z.object({
  schema_version: z.literal(1).default(1),
  event_type: projectEventTypeSchema,
  event_id: z.uuid(),
  timestamp: z.string(),
  actor_id: z.string().min(1),
  actor_name: z.string().optional().describe('The actor’s display name when the event was written.'),
  via: changeOriginSchema.optional().describe('Through what the change was made.'),
  project_id: z.number().int(),
  project: z.object({ name: z.string(), color: z.string(), emoji: z.string().nullable(), archived: z.boolean() }),
  member: z.object({ user_id: z.string().min(1), role: z.enum(['owner', 'editor', 'viewer']) }).optional(),
});
export type ProjectEvent = z.infer<typeof projectEventSchema>;

/** Reminder Event, published on `reminders`. */
export const reminderEventSchema = z.object({
  schema_version: z.literal(1).default(1),
  event_id: z.uuid(),
  timestamp: z.string(),
  task_id: z.number().int(),
  user_id: z.string().min(1).describe('Who is reminded: the assignee, else the creator.'),
  project_id: z.number().int().optional(),
  title: z.string(),
  due_at: z.string().nullable(),
  remind_at: z.string(),
});
export type ReminderEvent = z.infer<typeof reminderEventSchema>;

export const taskHistoryEntrySchema = z.object({
  event_id: z.string(),
  event_type: taskEventTypeSchema,
  timestamp: z.string(),
  task_data: taskEventDataSchema,
  changed_fields: z.array(z.string()).optional(),
  actor: z.object({ user_id: z.string(), name: z.string().nullable() }).optional().describe('Who made the change; absent before projects.'),
  via: changeOriginSchema.optional().describe('Through what the change was made; absent for older entries.'),
});
export type TaskHistoryEntry = z.infer<typeof taskHistoryEntrySchema>;
export const taskHistorySchema = z.object({ items: z.array(taskHistoryEntrySchema) });

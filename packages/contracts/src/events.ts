import { z } from 'zod';
import { prioritySchema, recurrenceBasisSchema } from './task.ts';

/** Topics of the event bus (Kafka topics in distributed mode). */
export const TOPICS = { taskEvents: 'task-events', reminders: 'reminders', taskUpdates: 'task-updates' } as const;
export type Topic = (typeof TOPICS)[keyof typeof TOPICS];

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
  created_at: z.string().optional(),
  updated_at: z.string().optional(),
});

/** Task Event, published on `task-events` and `task-updates` (the requirement's schema, snake_case). */
export const taskEventSchema = z.object({
  schema_version: z.literal(1).default(1),
  event_type: taskEventTypeSchema,
  event_id: z.uuid(),
  timestamp: z.string(),
  user_id: z.string().min(1),
  task_id: z.number().int(),
  task_data: taskEventDataSchema,
  changed_fields: z.array(z.string()).optional(),
});
export type TaskEvent = z.infer<typeof taskEventSchema>;

/** Reminder Event, published on `reminders`. */
export const reminderEventSchema = z.object({
  schema_version: z.literal(1).default(1),
  event_id: z.uuid(),
  timestamp: z.string(),
  task_id: z.number().int(),
  user_id: z.string().min(1),
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
});
export type TaskHistoryEntry = z.infer<typeof taskHistoryEntrySchema>;
export const taskHistorySchema = z.object({ items: z.array(taskHistoryEntrySchema) });

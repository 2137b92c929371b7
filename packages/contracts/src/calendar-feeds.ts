import { z } from 'zod';

/** One read-only iCalendar subscription: all tasks with due dates (`project_id` null) or one project. */
export const calendarFeedSchema = z.object({
  project_id: z.number().int().nullable().describe('The project, or null for all my tasks with due dates.'),
  name: z.string(),
  url: z.string().describe('The feed as VTODOs (task apps, Thunderbird, Apple Reminders via subscription).'),
  events_url: z.string().describe('The same tasks as VEVENTs at their due time, for calendar apps that ignore VTODO.'),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** The signed-in user's feed URLs; they share one secret, so rotating it replaces every URL at once. */
export const calendarFeedListSchema = z.object({
  items: z.array(calendarFeedSchema),
  rotated_at: z.string().describe('When the current secret was made (ISO 8601).'),
});
export type CalendarFeedList = z.infer<typeof calendarFeedListSchema>;

/** `?view=events` serves VEVENTs; the default is VTODOs. */
export const calendarFeedQuerySchema = z.object({
  view: z.enum(['todos', 'events'], { error: 'view must be "todos" or "events".' }).optional(),
});

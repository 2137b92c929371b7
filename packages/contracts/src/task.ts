import { z } from 'zod';
import { durationSchema } from './duration.ts';

/** Text PostgreSQL can store: no NUL characters, no unpaired surrogates. */
export const plainText = () =>
  z
    .string()
    .refine((text) => !text.includes('\u0000'), 'Text cannot contain NUL (\\u0000) characters.')
    // An unpaired UTF-16 surrogate is no character: PostgreSQL refuses it in JSON, and drivers silently replace it.
    .refine((text) => text.isWellFormed(), 'Text cannot contain an unpaired surrogate (\\uD800–\\uDFFF); send valid Unicode.');

export const prioritySchema = z.enum(['high', 'medium', 'low']).describe('Priority level; `high` ranks first.');
export type Priority = z.infer<typeof prioritySchema>;

/** Tags are trimmed, lower-cased (Unicode-aware), 1–40 characters, no commas. */
export const tagSchema = plainText()
  .transform((tag) => tag.trim().toLocaleLowerCase())
  .pipe(
    z
      .string()
      .min(1, 'A tag cannot be empty.')
      .max(40, 'A tag has at most 40 characters.')
      .refine((tag) => !tag.includes(','), 'A tag cannot contain a comma.'),
  );

export const MAX_TAGS_PER_TASK = 20;

export const tagListSchema = z
  .array(tagSchema)
  .transform((tags) => [...new Set(tags)])
  .pipe(z.array(z.string()).max(MAX_TAGS_PER_TASK, `A task has at most ${MAX_TAGS_PER_TASK} tags.`));

export const recurrenceBasisSchema = z
  .enum(['due', 'completion'])
  .describe('`due`: the next due date follows the old one; `completion`: one period after completion.');

const EARLIEST_DATE = Date.UTC(1900, 0, 1);
// The last instant of year 9999 (UTC): later ones print as +010000-… in ISO 8601.
const LATEST_DATE = Date.UTC(10_000, 0, 1) - 1;

/** An ISO 8601 date-time with offset, between 1900 and 9999 (what both databases and JavaScript round-trip). */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 date-time such as 2026-01-20T18:00:00Z.' })
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() >= EARLIEST_DATE && date.getTime() <= LATEST_DATE, 'Use a date between the years 1900 and 9999.');

export const titleSchema = plainText().trim().min(1, 'The title cannot be empty.').max(500, 'The title has at most 500 characters.');
export const descriptionSchema = plainText().max(10_000, 'The description has at most 10,000 characters.');

export const recurringSchema = plainText()
  .trim()
  .min(1)
  .max(500)
  .describe('`daily`, `weekly`, `monthly`, or an RFC 5545 RRULE such as `FREQ=WEEKLY;BYDAY=MO,WE`.');

/**
 * A whole number written in decimal digits, as text (a path or query parameter). Nothing `Number()` would also
 * read (`0x10`, `1e1`, ` 10`, `+10`, `10.0`), and no leading zero, so each value has exactly one spelling.
 */
const decimalText = (what: string, max: number) =>
  z
    .string()
    .regex(/^(0|[1-9][0-9]*)$/, `${what} is written in decimal digits only, without a sign or leading zeros.`)
    .transform(Number)
    .pipe(z.number().max(max, `${what} is at most ${max}.`));

/** A task id in a URL: decimal digits, 1 to 2^53 − 1 (a bigint identity that JavaScript numbers hold exactly). */
export const taskIdSchema = decimalText('A task id', Number.MAX_SAFE_INTEGER).pipe(z.number().min(1, 'A task id is at least 1.'));
/** A project id in a URL or query, like a task id. */
export const projectIdTextSchema = decimalText('A project id', Number.MAX_SAFE_INTEGER).pipe(
  z.number().min(1, 'A project id is at least 1.'),
);
export const projectIdSchema = z.number().int().min(1, 'A project id is at least 1.').max(Number.MAX_SAFE_INTEGER);
/** A user id (better-auth's, 32 characters today). */
export const userIdSchema = z.string().min(1).max(64);

export const taskSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  completed: z.boolean(),
  completed_at: z.string().nullable(),
  priority: prioritySchema,
  tags: z.array(z.string()),
  due_date: z.string().nullable(),
  recurring: z.string().nullable(),
  recurrence_basis: recurrenceBasisSchema,
  recurring_parent_id: z.number().int().nullable(),
  reminder_at: z.string().nullable(),
  remind_before: z.string().nullable(),
  project_id: z.number().int().describe('The project the task belongs to; a new task without one goes to the creator’s Inbox.'),
  assignee_id: z.string().nullable().describe('A member of the project, or null. Reminders go to the assignee, else the creator.'),
  created_by: z.string().describe('The user who created the task.'),
  parent_id: z.number().int().nullable().describe('The parent task (same project), or null for a top-level task.'),
  position: z.string().describe('Opaque order key among siblings: they sort by position, then id.'),
  subtask_count: z.number().int().describe('Direct subtasks.'),
  completed_subtask_count: z.number().int().describe('Direct subtasks that are completed.'),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Task = z.infer<typeof taskSchema>;

const taskFieldsShape = {
  description: descriptionSchema.optional(),
  priority: prioritySchema.optional(),
  tags: tagListSchema.optional(),
  due_date: isoDateTimeSchema.nullable().optional(),
  recurring: recurringSchema.nullable().optional(),
  recurrence_basis: recurrenceBasisSchema.optional(),
  reminder_at: isoDateTimeSchema.nullable().optional().describe('An absolute reminder time.'),
  remind_before: durationSchema.nullable().optional().describe('A reminder relative to the due date, e.g. `1h`, `1d`, `30m`.'),
  assignee_id: userIdSchema.nullable().optional().describe('A member of the task’s project, or null for nobody.'),
};

const atMostOneReminder = (body: { reminder_at?: unknown; remind_before?: unknown }) =>
  body.reminder_at == null || body.remind_before == null;
const ONE_REMINDER_ISSUE = { message: 'Give either reminder_at or remind_before, not both.', path: ['remind_before'] };

/** At most this many levels: a top-level task is level 1. */
export const MAX_TASK_DEPTH = 4;
export const parentIdSchema = z
  .number()
  .int()
  .min(1, 'A task id is at least 1.')
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Make the new task a subtask of this task (it goes into the parent’s project, last among its siblings).');
const taskIdValueSchema = z.number().int().min(1, 'A task id is at least 1.').max(Number.MAX_SAFE_INTEGER);

export const createTaskBodySchema = z
  .object({ title: titleSchema, project_id: projectIdSchema.optional(), parent_id: parentIdSchema.optional(), ...taskFieldsShape })
  .strict()
  .refine(atMostOneReminder, ONE_REMINDER_ISSUE);
export type CreateTaskBody = z.infer<typeof createTaskBodySchema>;

export const updateTaskBodySchema = z
  .object({ title: titleSchema.optional(), completed: z.boolean().optional(), ...taskFieldsShape })
  .strict()
  .refine(atMostOneReminder, ONE_REMINDER_ISSUE);
export type UpdateTaskBody = z.infer<typeof updateTaskBodySchema>;

export const createRecurringTaskBodySchema = z
  .object({
    title: titleSchema,
    pattern: recurringSchema,
    project_id: projectIdSchema.optional(),
    parent_id: parentIdSchema.optional(),
    ...taskFieldsShape,
  })
  .omit({ recurring: true })
  .strict()
  .refine(atMostOneReminder, ONE_REMINDER_ISSUE);
export type CreateRecurringTaskBody = z.infer<typeof createRecurringTaskBodySchema>;

/**
 * `PATCH /tasks/{id}/move`: to another project (the subtree comes along), under another parent (null: top level),
 * and/or between siblings (`after_id` or `before_id`; neither: last). At least one field.
 */
export const moveTaskBodySchema = z
  .object({
    project_id: projectIdSchema.optional(),
    parent_id: taskIdValueSchema.nullable().optional().describe('The new parent, or null for top level.'),
    after_id: taskIdValueSchema.nullable().optional().describe('Place right after this sibling.'),
    before_id: taskIdValueSchema.nullable().optional().describe('Place right before this sibling.'),
  })
  .strict()
  .refine(
    (body) => body.project_id !== undefined || body.parent_id !== undefined || body.after_id !== undefined || body.before_id !== undefined,
    'Give project_id, parent_id, after_id or before_id.',
  )
  .refine((body) => body.after_id == null || body.before_id == null, {
    message: 'Give either after_id or before_id, not both.',
    path: ['before_id'],
  });
export type MoveTaskBody = z.infer<typeof moveTaskBodySchema>;

export const completeTaskBodySchema = z.object({ completed: z.boolean().default(true) }).strict();
export const setPriorityBodySchema = z.object({ priority: prioritySchema }).strict();
export const setTagsBodySchema = z.union([
  z.object({ tags: tagListSchema }).strict(),
  z
    .object({ add: tagListSchema.optional(), remove: tagListSchema.optional() })
    .strict()
    .refine((body) => body.add !== undefined || body.remove !== undefined, 'Give tags, or add and/or remove.'),
]);
export type SetTagsBody = z.infer<typeof setTagsBodySchema>;
export const setDueDateBodySchema = z
  .object({ due_date: isoDateTimeSchema.nullable(), remind_before: durationSchema.nullable().optional() })
  .strict();

const commaList = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== ''),
    )
    .pipe(z.array(item).min(1));

export const taskSortFieldSchema = z.enum(['due_date', 'priority', 'title', 'created_at', 'updated_at', 'position']);
export type TaskSortField = z.infer<typeof taskSortFieldSchema>;

/** A query's yes or no: `true` or `false`, as text. */
const booleanText = z.enum(['true', 'false']).transform((value) => value === 'true');

export const listTasksQuerySchema = z
  .object({
    search: plainText().trim().min(1).max(200).optional().describe('Case-insensitive keyword over title and description.'),
    status: z.enum(['all', 'pending', 'completed']).default('all'),
    priority: commaList(prioritySchema).optional().describe('One priority or a comma list, e.g. `high,medium`.'),
    tags: commaList(tagSchema).optional().describe('Comma list of tags.'),
    tags_match: z.enum(['all', 'any']).default('all'),
    due_before: isoDateTimeSchema.optional(),
    due_after: isoDateTimeSchema.optional(),
    overdue: booleanText.optional(),
    has_due_date: booleanText.optional().describe('`true`: only tasks with a due date; `false`: only tasks without one.'),
    recurring: booleanText.optional().describe('`true`: only tasks that repeat (have a rule); `false`: only one-off tasks.'),
    completed_after: isoDateTimeSchema.optional().describe('Only tasks completed at or after this instant.'),
    completed_before: isoDateTimeSchema.optional().describe('Only tasks completed before this instant.'),
    project: projectIdTextSchema.optional().describe('Only this project’s tasks; without it, every project the caller belongs to.'),
    assignee: z
      .union([z.enum(['me', 'none']), userIdSchema])
      .optional()
      .describe('`me`, `none`, or a user id.'),
    parent: z
      .union([z.literal('none'), taskIdSchema])
      .optional()
      .describe('`none`: top-level tasks only; a task id: its direct subtasks.'),
    sort: taskSortFieldSchema.optional().describe('Without sort: relevance when searching, else newest first.'),
    order: z.enum(['asc', 'desc']).optional(),
    limit: decimalText('limit', 200).pipe(z.number().min(1, 'limit is at least 1.')).default(50),
    cursor: plainText().max(4000).optional(),
  })
  .strict();
export type ListTasksQuery = z.infer<typeof listTasksQuerySchema>;

export const taskPageSchema = z.object({ items: z.array(taskSchema), next_cursor: z.string().nullable() });
export type TaskPage = z.infer<typeof taskPageSchema>;

export const tagCountSchema = z.object({ tag: z.string(), count: z.number().int() });
export const tagListResponseSchema = z.object({ items: z.array(tagCountSchema) });

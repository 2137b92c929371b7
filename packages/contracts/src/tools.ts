import { z } from 'zod';
import {
  createdInviteLinkSchema,
  grantableRoleSchema,
  invitationSchema,
  projectColorSchema,
  projectEmojiSchema,
  type projectListSchema,
  projectNameSchema,
  type projectSchema,
} from './projects.ts';
import type { QuickAddResponse } from './quick-add.ts';
import { descriptionSchema, plainText, prioritySchema, taskSchema, taskSortFieldSchema, titleSchema } from './task.ts';

/**
 * Inputs of the task tools shared by the MCP server and the chat agent. Dates are text: ISO 8601, or a plain
 * phrase ("tomorrow 5pm", "next friday") resolved in the user's time zone.
 */

const taskId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('The task id (a number, as shown by list_tasks).');
const dateText = plainText()
  .trim()
  .min(1)
  .max(200)
  .describe('ISO 8601 (2026-01-20T18:00:00Z) or a plain phrase such as "tomorrow 5pm" or "next friday", in the user\'s time zone.');
const tag = plainText().trim().min(1).max(40).describe('A tag, e.g. "work", "home", "urgent" (stored lower-case).');
const tagList = z.array(tag).max(20).describe('Tags, e.g. ["home", "errands"].');
const duration = z.string().trim().min(1).max(20).describe('How long before the due date: "30m", "1h", "1d", "1h30m", "1w".');
const pattern = plainText()
  .trim()
  .min(1)
  .max(500)
  .describe('"daily", "weekly", "monthly", or an RFC 5545 RRULE such as "FREQ=WEEKLY;BYDAY=MO" (every Monday).');
const status = z.enum(['all', 'pending', 'completed']).describe('Which tasks: all, pending (not done) or completed.');
const limit = z.number().int().min(1).max(200).describe('At most this many tasks (default 50).');
/** A project as a tool names it: its id, or its name among the caller's projects (case-insensitive). */
export const projectRefSchema = z
  .union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), plainText().trim().min(1).max(120)])
  .describe('A project: its id (as shown by list_projects) or its name, e.g. "Groceries" (case-insensitive; "Inbox" is your own).');
const project = projectRefSchema;

export const addTaskInputSchema = z
  .object({
    title: titleSchema.describe('What to do, e.g. "Buy milk".'),
    description: descriptionSchema.optional().describe('Longer notes.'),
    priority: prioritySchema.optional().describe('high, medium (default) or low.'),
    tags: tagList.optional(),
    due_date: dateText.optional().describe('When it is due: ISO 8601 or a phrase such as "tomorrow 5pm".'),
    remind_before: duration.optional(),
    recurring: pattern.optional(),
    project: project.optional().describe('The project to add it to (name or id); without it, your Inbox.'),
  })
  .strict();

/** At most this many tasks in one add_tasks call: enough for a plan, small enough for one short transaction. */
export const ADD_TASKS_MAX = 25;

export const addTasksInputSchema = z
  .object({ tasks: z.array(addTaskInputSchema).min(1).max(ADD_TASKS_MAX).describe(`1 to ${ADD_TASKS_MAX} tasks, each as for add_task.`) })
  .strict();
export const addTasksOutputSchema = z.object({ items: z.array(taskSchema) });

const inProject = project.optional().describe('Only this project’s tasks (name or id); without it, every project you belong to.');

export const listTasksInputSchema = z.object({ status: status.optional(), limit: limit.optional(), project: inProject }).strict();

export const updateTaskInputSchema = z
  .object({
    task_id: taskId,
    title: titleSchema.optional().describe('A new title.'),
    description: descriptionSchema.optional(),
    priority: prioritySchema.optional(),
    tags: tagList.optional().describe('Replaces all tags.'),
    due_date: dateText.nullable().optional().describe('A new due date (ISO 8601 or a phrase); null clears it.'),
    completed: z.boolean().optional(),
    recurring: pattern
      .nullable()
      .optional()
      .describe('Make the task repeat (daily, weekly, monthly or an RRULE); null stops it repeating.'),
  })
  .strict();

export const completeTaskInputSchema = z
  .object({ task_id: taskId, completed: z.boolean().optional().describe('false reopens the task; default true.') })
  .strict();

export const deleteTaskInputSchema = z.object({ task_id: taskId }).strict();

export const searchTasksInputSchema = z
  .object({
    query: plainText().trim().min(1).max(200).describe('Keywords matched case-insensitively against titles and descriptions.'),
    status: status.optional(),
    project: inProject,
  })
  .strict();

export const setPriorityInputSchema = z.object({ task_id: taskId, priority: prioritySchema.describe('high, medium or low.') }).strict();

/** One tag or several at once: "tag the bike as hobby and outdoors" is one change, undone as one. */
export const addTagInputSchema = z
  .object({
    task_id: taskId,
    tag: tag.optional(),
    tags: tagList.min(1).optional().describe('Several tags instead of tag.'),
  })
  .strict()
  .refine((args) => (args.tag === undefined) !== (args.tags === undefined), { message: 'Give tag (one) or tags (several), not both.' });
export const removeTagInputSchema = z.object({ task_id: taskId, tag }).strict();

export const setDueDateInputSchema = z
  .object({ task_id: taskId, date: dateText.nullable().describe('The due date (ISO 8601 or a phrase); null clears it.') })
  .strict();

/** A calendar shift as ISO 8601 says it, maybe negative: "P2D", "P1W", "P1M", "PT1H", "-PT30M", "P1DT2H". */
export const DATE_SHIFT_PATTERN =
  /^-?P(?=\d|T\d)(?:\d{1,4}Y)?(?:\d{1,4}M)?(?:\d{1,4}W)?(?:\d{1,4}D)?(?:T(?=\d)(?:\d{1,5}H)?(?:\d{1,6}M)?)?$/;

export const postponeTaskInputSchema = z
  .object({
    task_id: taskId,
    by: z
      .string()
      .trim()
      .toUpperCase()
      .regex(DATE_SHIFT_PATTERN, 'Use an ISO 8601 duration such as P2D, P1W, PT1H or -PT1H (negative: earlier).')
      .describe('ISO 8601 duration: "P2D", "P1W", "P1M", "PT1H"; negative is earlier ("-PT1H").'),
  })
  .strict();

export const createRecurringInputSchema = z
  .object({
    title: titleSchema.describe('What to do each time, e.g. "Standup".'),
    pattern,
    due_date: dateText
      .optional()
      .describe('The first occurrence, e.g. "monday 9am" (off the pattern: its next date); later ones follow it.'),
    priority: prioritySchema.optional(),
    tags: tagList.optional(),
    project: project.optional().describe('The project (name or id); without it, your Inbox.'),
  })
  .strict();

export const dueWindowSchema = z
  .enum(['overdue', 'today', 'tomorrow', 'this_week', 'next_week'])
  .describe('Due-date window in the user\'s time zone; "overdue" means past due and not completed.');

export const completionWindowSchema = z
  .enum(['today', 'yesterday', 'this_week', 'last_week', 'this_month', 'last_month'])
  .describe("When the tasks were completed, in the user's time zone (implies status completed).");

export const filterTasksInputSchema = z
  .object({
    status: status.optional(),
    priority: z.array(prioritySchema).optional().describe('Any of these priorities, e.g. ["high"].'),
    tags: tagList.optional().describe('Tasks having these tags: all of them, or any one with tags_match "any".'),
    tags_match: z.enum(['all', 'any']).optional().describe('all (default): every tag given; any: at least one of them.'),
    due: dueWindowSchema.optional(),
    due_before: dateText.optional(),
    due_after: dateText.optional(),
    has_due_date: z.boolean().optional().describe('true: only tasks with a due date; false: only tasks without one.'),
    recurring: z.boolean().optional().describe('true: only repeating tasks; false: only one-off tasks.'),
    completed: completionWindowSchema.optional(),
    limit: limit.optional(),
    project: inProject,
  })
  .strict();

export const sortTasksInputSchema = z
  .object({
    field: taskSortFieldSchema.describe('due_date, priority (high first when desc), title (A–Z when asc), created_at or updated_at.'),
    order: z.enum(['asc', 'desc']).optional().describe('asc or desc; defaults suit the field (due_date asc, priority desc, title asc).'),
    status: status.optional(),
    limit: limit.optional(),
    project: inProject,
  })
  .strict();

export const setReminderInputSchema = z
  .object({
    task_id: taskId,
    before: duration.optional().describe('Remind this long before the due date: "1h", "1d", "30m".'),
    at: dateText.optional().describe('Remind at this time instead (ISO 8601 or a phrase).'),
    clear: z.boolean().optional().describe('true removes the reminder.'),
  })
  .strict();

export const listTagsInputSchema = z.object({}).strict();

export const listProjectsInputSchema = z
  .object({ archived: z.enum(['false', 'true', 'all']).optional().describe('false (default): active projects; true: archived only; all.') })
  .strict();

export const createProjectInputSchema = z
  .object({
    name: projectNameSchema.describe('The project name, e.g. "Groceries".'),
    color: projectColorSchema.optional().describe('#rrggbb, e.g. #3b82f6.'),
    emoji: projectEmojiSchema.optional().describe('One emoji shown beside the name, e.g. 🛒.'),
  })
  .strict();

export const shareProjectInputSchema = z
  .object({
    project,
    email: z.email('Give an email address such as sam@example.com.').max(254).optional().describe('Invite this person by email.'),
    link: z.boolean().optional().describe('true makes an invite link anyone signed in can use; its URL is shown once.'),
    role: grantableRoleSchema.optional().describe('editor (default: may change tasks) or viewer (read only).'),
    expires_in: z.string().trim().min(1).max(20).optional().describe('For a link: how long it works, e.g. "7d" (the default), "24h".'),
    max_uses: z.number().int().min(1).max(1000).optional().describe('For a link: how many people may use it (default: no limit).'),
  })
  .strict();

/** Who a task is assigned to: a member's name, email or user id, "me", or null / "none" for nobody. */
export const assignTaskInputSchema = z
  .object({
    task_id: taskId,
    assignee: plainText()
      .trim()
      .min(1)
      .max(254)
      .nullable()
      .describe('A member of the task’s project by name, email or user id; "me"; or null (or "none") to unassign.'),
  })
  .strict();

/** A task named by a tool argument: its id, or words of its title (one match, else the tool lists the candidates). */
const taskRef = z
  .union([z.number().int().positive().max(Number.MAX_SAFE_INTEGER), plainText().trim().min(1).max(500)])
  .describe('A task: its id, or words of its title.');

export const moveTaskInputSchema = z
  .object({
    task_id: taskId,
    project: project.optional().describe('The project to move it to (name or id); its subtasks come along.'),
    parent: taskRef.nullable().optional().describe('Make it a subtask of this task; null: top level.'),
    after: taskRef.optional().describe('Place it right after this sibling.'),
    before: taskRef.optional().describe('Place it right before this sibling.'),
  })
  .strict();

export const addSubtaskInputSchema = z
  .object({
    parent: taskRef.describe('The parent task: its id, or words of its title.'),
    title: titleSchema.describe('What to do, e.g. "Book hotel".'),
    priority: prioritySchema.optional(),
    tags: tagList.optional(),
    due_date: dateText.optional(),
  })
  .strict();

export const shareProjectOutputSchema = z.object({
  invitation: invitationSchema.optional(),
  invite_link: createdInviteLinkSchema.optional(),
});

export const taskListOutputSchema = z.object({ items: z.array(taskSchema), next_cursor: z.string().nullable() });
export const deleteTaskOutputSchema = z.object({ deleted: z.number().int(), title: z.string() });
export const tagCountsOutputSchema = z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) });

/** The tool names, in the order clients list them. */
export const TOOL_NAMES = [
  'add_task',
  'add_tasks',
  'list_tasks',
  'update_task',
  'complete_task',
  'delete_task',
  'search_tasks',
  'set_priority',
  'add_tag',
  'remove_tag',
  'set_due_date',
  'postpone_task',
  'create_recurring',
  'create_recurring_task',
  'filter_tasks',
  'sort_tasks',
  'set_reminder',
  'list_tags',
  'quick_add',
  'list_projects',
  'create_project',
  'share_project',
  'assign_task',
  'move_task',
  'add_subtask',
] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** What a tool returns as MCP `structuredContent`: the type of its output schema. */
export type ToolOutput<Name extends ToolName> = Name extends 'list_tasks' | 'search_tasks' | 'filter_tasks' | 'sort_tasks'
  ? z.infer<typeof taskListOutputSchema>
  : Name extends 'delete_task'
    ? z.infer<typeof deleteTaskOutputSchema>
    : Name extends 'list_tags'
      ? z.infer<typeof tagCountsOutputSchema>
      : Name extends 'quick_add'
        ? QuickAddResponse
        : Name extends 'add_tasks'
          ? z.infer<typeof addTasksOutputSchema>
          : Name extends 'list_projects'
            ? z.infer<typeof projectListSchema>
            : Name extends 'create_project'
              ? z.infer<typeof projectSchema>
              : Name extends 'share_project'
                ? z.infer<typeof shareProjectOutputSchema>
                : z.infer<typeof taskSchema>;

export const chatRequestSchema = z
  .object({
    message: plainText().trim().min(1, 'Say something.').max(4000),
    conversation_id: z.uuid().optional().describe('Continue this conversation; omit to start one.'),
  })
  .strict();

export const toolCallRecordSchema = z.object({
  name: z.string(),
  arguments: z.record(z.string(), z.unknown()),
  ok: z.boolean(),
  result: z.unknown().optional(),
  error: z.string().optional(),
});
export type ToolCallRecord = z.infer<typeof toolCallRecordSchema>;

export const chatResponseSchema = z.object({
  conversation_id: z.string(),
  reply: z.string(),
  tool_calls: z.array(toolCallRecordSchema),
});

export const chatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string(),
  tool_calls: z.array(toolCallRecordSchema).optional(),
  created_at: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const conversationSummarySchema = z.object({ id: z.string(), title: z.string(), created_at: z.string(), updated_at: z.string() });
export const conversationListSchema = z.object({ items: z.array(conversationSummarySchema) });
export const conversationSchema = conversationSummarySchema.extend({ messages: z.array(chatMessageSchema) });
export type Conversation = z.infer<typeof conversationSchema>;

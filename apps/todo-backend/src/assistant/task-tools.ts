import {
  addTagInputSchema,
  addTaskInputSchema,
  completeTaskInputSchema,
  createRecurringInputSchema,
  deleteTaskInputSchema,
  deleteTaskOutputSchema,
  filterTasksInputSchema,
  type ListTasksQuery,
  listTagsInputSchema,
  listTasksInputSchema,
  parseDuration,
  removeTagInputSchema,
  searchTasksInputSchema,
  setDueDateInputSchema,
  setPriorityInputSchema,
  setReminderInputSchema,
  sortTasksInputSchema,
  type Task,
  type TaskPage,
  type ToolName,
  tagCountsOutputSchema,
  tagSchema,
  taskListOutputSchema,
  taskSchema,
  updateTaskInputSchema,
} from '@doable/contracts';
import { DomainError, NotFoundError } from '@doable/platform';
import { z } from 'zod';
import { parseRecurrence } from '../tasks/recurrence.ts';
import { describeRecurrence } from '../tasks/recurrence-text.ts';
import { editTags } from '../tasks/task.ts';
import type { TaskService } from '../tasks/task-service.ts';
import { DateParseError, dueWindow, formatLocal, resolveDate } from './dates.ts';

/** Who calls a tool and what it may reach: the user's own tasks through the task service, in their zone. */
export interface ToolContext {
  userId: string;
  tasks: TaskService;
  timeZone: string;
  now: Date;
}

export interface ToolResult {
  structured: Record<string, unknown>;
  summary: string;
}

/** A failure the caller can fix (unknown id, bad priority, bad date): shown to the client as a tool error. */
export class ToolError extends Error {}

export interface ToolDefinition {
  name: ToolName;
  title: string;
  description: string;
  input: z.ZodType;
  output: z.ZodType;
  /** True for a tool that only reads; absent means it may change tasks, so a read-only API key cannot run it. */
  readOnly?: true;
  run(ctx: ToolContext, args: any): Promise<ToolResult>;
}

const date = (ctx: ToolContext, text: string) => resolveDate(text, ctx.timeZone, ctx.now);

function duration(text: string): number {
  const seconds = parseDuration(text.replace(/\s+/g, ''));
  if (seconds === undefined) throw new ToolError(`"${text}" is not a duration; use 30m, 1h, 1d or 1h30m.`);
  return seconds;
}

function pattern(text: string): string {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new ToolError(`The recurrence pattern "${text}" is not valid: ${parsed.message}`);
  return parsed.rule;
}

function normalTag(text: string): string {
  const parsed = tagSchema.safeParse(text);
  if (!parsed.success) throw new ToolError(parsed.error.issues[0]?.message ?? 'That tag is not valid.');
  return parsed.data;
}

export function describeTask(task: Task, timeZone: string): string {
  const parts = [`#${task.id} "${task.title}"`, `${task.priority} priority`];
  if (task.completed) parts.push('done');
  if (task.due_date) parts.push(`due ${formatLocal(task.due_date, timeZone)}`);
  if (task.tags.length > 0) parts.push(`tags ${task.tags.join(', ')}`);
  if (task.recurring) parts.push(describeRecurrence(task.recurring));
  if (task.reminder_at) parts.push(`reminder ${formatLocal(task.reminder_at, timeZone)}`);
  return parts.join(', ');
}

function listSummary(page: TaskPage, what: string, timeZone: string): string {
  if (page.items.length === 0) return `No ${what}.`;
  const lines = page.items.map((task) => `- ${describeTask(task, timeZone)}`);
  return `${page.items.length} ${what}${page.next_cursor ? ' (more available)' : ''}:\n${lines.join('\n')}`;
}

const baseQuery = (limit?: number): ListTasksQuery => ({ status: 'all', tags_match: 'all', limit: limit ?? 50 });

async function list(ctx: ToolContext, query: ListTasksQuery, what: string): Promise<ToolResult> {
  const page = await ctx.tasks.listTasks(ctx.userId, query);
  return { structured: page, summary: listSummary(page, what, ctx.timeZone) };
}

const taskResult = (task: Task, verb: string, ctx: ToolContext): ToolResult => ({
  structured: task,
  summary: `${verb}: ${describeTask(task, ctx.timeZone)}.`,
});

async function createRecurring(ctx: ToolContext, args: z.infer<typeof createRecurringInputSchema>): Promise<ToolResult> {
  const task = await ctx.tasks.createTask(ctx.userId, {
    title: args.title,
    recurring: pattern(args.pattern),
    ...(args.due_date ? { due_date: date(ctx, args.due_date) } : {}),
    ...(args.priority ? { priority: args.priority } : {}),
    ...(args.tags ? { tags: args.tags.map(normalTag) } : {}),
  });
  return taskResult(task, 'Created recurring task', ctx);
}

const createRecurringDescription =
  'Create a task that repeats: when one occurrence is completed the next one is created. Pattern: daily, weekly, monthly or an RRULE.';

/** Every tool, defined once; the MCP server and the chat agent both read this list. */
export const TASK_TOOLS: ToolDefinition[] = [
  {
    name: 'add_task',
    title: 'Add a task',
    description: 'Create a task with optional description, priority, tags, due date (ISO or "tomorrow 5pm"), reminder and recurrence.',
    input: addTaskInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof addTaskInputSchema>) {
      const task = await ctx.tasks.createTask(ctx.userId, {
        title: args.title,
        ...(args.description !== undefined ? { description: args.description } : {}),
        ...(args.priority ? { priority: args.priority } : {}),
        ...(args.tags ? { tags: args.tags.map(normalTag) } : {}),
        ...(args.due_date ? { due_date: date(ctx, args.due_date) } : {}),
        ...(args.remind_before ? { remind_before: duration(args.remind_before) } : {}),
        ...(args.recurring ? { recurring: pattern(args.recurring) } : {}),
      });
      return taskResult(task, 'Added', ctx);
    },
  },
  {
    name: 'list_tasks',
    readOnly: true,
    title: 'List tasks',
    description: 'List tasks, newest first; status all (default), pending or completed.',
    input: listTasksInputSchema,
    output: taskListOutputSchema,
    run: (ctx, args: z.infer<typeof listTasksInputSchema>) =>
      list(ctx, { ...baseQuery(args.limit), status: args.status ?? 'all' }, args.status === 'completed' ? 'completed tasks' : 'tasks'),
  },
  {
    name: 'update_task',
    title: 'Update a task',
    description: "Change any of a task's fields: title, description, priority, tags (replaces them), due date, completed, recurrence.",
    input: updateTaskInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof updateTaskInputSchema>) {
      const { task_id, due_date, tags, recurring, ...rest } = args;
      const task = await ctx.tasks.updateTask(ctx.userId, task_id, {
        ...rest,
        ...(recurring !== undefined ? { recurring: recurring === null ? null : pattern(recurring) } : {}),
        ...(tags ? { tags: tags.map(normalTag) } : {}),
        ...(due_date !== undefined ? { due_date: due_date === null ? null : date(ctx, due_date) } : {}),
      });
      return taskResult(task, 'Updated', ctx);
    },
  },
  {
    name: 'complete_task',
    title: 'Complete a task',
    description: 'Mark a task done (or reopen it with completed: false). Completing a recurring task creates its next occurrence.',
    input: completeTaskInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof completeTaskInputSchema>) {
      const completed = args.completed ?? true;
      const task = await ctx.tasks.updateTask(ctx.userId, args.task_id, { completed });
      return taskResult(task, completed ? 'Completed' : 'Reopened', ctx);
    },
  },
  {
    name: 'delete_task',
    title: 'Delete a task',
    description: 'Delete a task for good.',
    input: deleteTaskInputSchema,
    output: deleteTaskOutputSchema,
    async run(ctx, args: z.infer<typeof deleteTaskInputSchema>) {
      const task = await ctx.tasks.getTask(ctx.userId, args.task_id);
      await ctx.tasks.deleteTask(ctx.userId, args.task_id);
      return { structured: { deleted: task.id, title: task.title }, summary: `Deleted #${task.id} "${task.title}".` };
    },
  },
  {
    name: 'search_tasks',
    readOnly: true,
    title: 'Search tasks',
    description: 'Find tasks whose title or description contains the keywords (case-insensitive), best matches first.',
    input: searchTasksInputSchema,
    output: taskListOutputSchema,
    run: (ctx, args: z.infer<typeof searchTasksInputSchema>) =>
      list(ctx, { ...baseQuery(), search: args.query, status: args.status ?? 'all' }, `tasks matching "${args.query}"`),
  },
  {
    name: 'set_priority',
    title: 'Set priority',
    description: "Set a task's priority to high, medium or low.",
    input: setPriorityInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof setPriorityInputSchema>) {
      return taskResult(
        await ctx.tasks.updateTask(ctx.userId, args.task_id, { priority: args.priority }),
        `Priority set to ${args.priority}`,
        ctx,
      );
    },
  },
  {
    name: 'add_tag',
    title: 'Add a tag',
    description: 'Add one tag to a task (tags are lower-case; adding an existing tag changes nothing).',
    input: addTagInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof addTagInputSchema>) {
      const tag = normalTag(args.tag);
      const task = await ctx.tasks.editTask(ctx.userId, args.task_id, (current) => ({ tags: editTags(current.tags, { add: [tag] }) }));
      return taskResult(task, `Tagged "${tag}"`, ctx);
    },
  },
  {
    name: 'remove_tag',
    title: 'Remove a tag',
    description: 'Remove one tag from a task.',
    input: removeTagInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof removeTagInputSchema>) {
      const tag = normalTag(args.tag);
      const before = await ctx.tasks.getTask(ctx.userId, args.task_id);
      if (!before.tags.includes(tag)) throw new ToolError(`Task #${before.id} "${before.title}" has no tag "${tag}".`);
      const task = await ctx.tasks.editTask(ctx.userId, args.task_id, (current) => ({ tags: editTags(current.tags, { remove: [tag] }) }));
      return taskResult(task, `Removed tag "${tag}"`, ctx);
    },
  },
  {
    name: 'set_due_date',
    title: 'Set the due date',
    description: 'Set or clear (null) a task\'s due date; accepts ISO 8601 or phrases like "next friday 5pm" in the user\'s zone.',
    input: setDueDateInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof setDueDateInputSchema>) {
      const due = args.date === null ? null : date(ctx, args.date);
      const task = await ctx.tasks.updateTask(ctx.userId, args.task_id, { due_date: due });
      return taskResult(task, due ? 'Due date set' : 'Due date cleared', ctx);
    },
  },
  {
    name: 'create_recurring',
    title: 'Create a recurring task',
    description: createRecurringDescription,
    input: createRecurringInputSchema,
    output: taskSchema,
    run: createRecurring,
  },
  {
    name: 'create_recurring_task',
    title: 'Create a recurring task',
    description: `${createRecurringDescription} (Same as create_recurring.)`,
    input: createRecurringInputSchema,
    output: taskSchema,
    run: createRecurring,
  },
  {
    name: 'filter_tasks',
    readOnly: true,
    title: 'Filter tasks',
    description: 'Tasks matching every given filter: status, priorities, tags (all of them), a due window or due_before/due_after.',
    input: filterTasksInputSchema,
    output: taskListOutputSchema,
    async run(ctx, args: z.infer<typeof filterTasksInputSchema>) {
      const query: ListTasksQuery = { ...baseQuery(args.limit), status: args.status ?? 'all' };
      if (args.priority?.length) query.priority = args.priority;
      if (args.tags?.length) query.tags = args.tags.map(normalTag);
      if (args.due === 'overdue') query.overdue = true;
      else if (args.due) {
        const window = dueWindow(args.due, ctx.timeZone, ctx.now);
        query.due_after = window.after;
        query.due_before = window.before;
      }
      if (args.due_before) query.due_before = date(ctx, args.due_before);
      if (args.due_after) query.due_after = date(ctx, args.due_after);
      if (query.due_after || query.due_before || query.overdue) query.sort = 'due_date';
      return list(ctx, query, 'matching tasks');
    },
  },
  {
    name: 'sort_tasks',
    readOnly: true,
    title: 'Sort tasks',
    description: 'List tasks sorted by due_date, priority, title, created_at or updated_at, ascending or descending.',
    input: sortTasksInputSchema,
    output: taskListOutputSchema,
    run: (ctx, args: z.infer<typeof sortTasksInputSchema>) =>
      list(
        ctx,
        { ...baseQuery(args.limit), status: args.status ?? 'all', sort: args.field, ...(args.order ? { order: args.order } : {}) },
        `tasks by ${args.field.replace('_', ' ')}`,
      ),
  },
  {
    name: 'set_reminder',
    title: 'Set a reminder',
    description: 'Remind before the task\'s due date ("before": "1h"), at a time ("at": "tomorrow 8am"), or clear it ("clear": true).',
    input: setReminderInputSchema,
    output: taskSchema,
    async run(ctx, args: z.infer<typeof setReminderInputSchema>) {
      const given = [args.before !== undefined, args.at !== undefined, args.clear === true].filter(Boolean).length;
      if (given !== 1) throw new ToolError('Give exactly one of before (e.g. "1h"), at (a date) or clear.');
      if (args.clear)
        return taskResult(await ctx.tasks.updateTask(ctx.userId, args.task_id, { reminder_at: null }), 'Reminder cleared', ctx);
      if (args.at) {
        return taskResult(await ctx.tasks.updateTask(ctx.userId, args.task_id, { reminder_at: date(ctx, args.at) }), 'Reminder set', ctx);
      }
      const seconds = duration(args.before ?? '');
      const current = await ctx.tasks.getTask(ctx.userId, args.task_id);
      if (!current.due_date) throw new ToolError(`Task #${current.id} "${current.title}" has no due date; set one first or give a time.`);
      return taskResult(await ctx.tasks.updateTask(ctx.userId, args.task_id, { remind_before: seconds }), 'Reminder set', ctx);
    },
  },
  {
    name: 'list_tags',
    readOnly: true,
    title: 'List tags',
    description: 'The tags in use with how many tasks carry each.',
    input: listTagsInputSchema,
    output: tagCountsOutputSchema,
    async run(ctx) {
      const tags = await ctx.tasks.listTags(ctx.userId);
      const summary = tags.items.length === 0 ? 'No tags yet.' : `Your tags: ${tags.items.map((t) => `${t.tag} (${t.count})`).join(', ')}.`;
      return { structured: tags, summary };
    },
  },
];

export function findTool(name: string): ToolDefinition | undefined {
  return TASK_TOOLS.find((tool) => tool.name === name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.');
      if (issue.code === 'invalid_value' && field.endsWith('priority')) return `${field}: use high, medium or low.`;
      if (issue.code === 'unrecognized_keys') return `Unknown argument(s): ${issue.keys.join(', ')}.`;
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join(' ');
}

/** Validates the arguments and runs the tool; every failure the caller can fix becomes a ToolError. */
export async function runTool(name: string, rawArgs: unknown, ctx: ToolContext): Promise<ToolResult> {
  const tool = findTool(name);
  if (!tool) throw new ToolError(`There is no tool "${name}".`);
  const parsed = tool.input.safeParse(rawArgs ?? {});
  if (!parsed.success) throw new ToolError(`Invalid arguments for ${name}: ${describeIssues(parsed.error)}`);
  try {
    return await tool.run(ctx, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) {
      const id = (parsed.data as { task_id?: number }).task_id;
      throw new ToolError(id === undefined ? error.message : `There is no task #${id}.`);
    }
    if (error instanceof DateParseError) throw new ToolError(error.message);
    if (error instanceof DomainError) {
      const details = error.errors?.map((e) => e.message).join(' ');
      throw new ToolError(details ? `${error.message} ${details}` : error.message);
    }
    throw error;
  }
}

/** The JSON Schema of a tool's input (and output), from its zod schema. */
export function toolJsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

import {
  filterTasksInputSchema,
  type ListTasksQuery,
  listTasksInputSchema,
  searchTasksInputSchema,
  sortTasksInputSchema,
  taskListOutputSchema,
} from '@doable/contracts';
import { completionWindow, dueWindow, resolveWindowStart } from '../dates.ts';
import { callerProjects, findProject, labelsOf, type ProjectRef } from './project-arguments.ts';
import { listSummary } from './task-summary.ts';
import { toInstant, toTag } from './tool-arguments.ts';
import type { ToolContext, ToolDefinition, ToolResult } from './tool-definition.ts';

const baseQuery = (limit?: number): ListTasksQuery => ({ status: 'all', tags_match: 'all', limit: limit ?? 50 });

/** Lists the tasks, narrowed to one of the caller's projects when one is named (then the summary says which). */
async function list(ctx: ToolContext, query: ListTasksQuery, what: string, project?: ProjectRef): Promise<ToolResult> {
  const projects = await callerProjects(ctx);
  const labels = labelsOf(projects);
  let scope = '';
  if (project !== undefined) {
    const found = findProject(projects, project);
    query.project = found.id;
    scope = ` in ${found.name}`;
    // Every task listed is in that project: saying so on each line repeats the heading.
    labels.clear();
  }
  const page = await ctx.tasks.listTasks(ctx.userId, query);
  return { structured: page, summary: listSummary(page, `${what}${scope}`, ctx.timeZone, labels) };
}

export const listTasksTool: ToolDefinition<typeof listTasksInputSchema> = {
  name: 'list_tasks',
  effect: 'read',
  title: 'List tasks',
  description: 'List tasks, newest first; status all (default), pending or completed; optionally only one project’s.',
  input: listTasksInputSchema,
  output: taskListOutputSchema,
  run: (ctx, args) =>
    list(
      ctx,
      { ...baseQuery(args.limit), status: args.status ?? 'all' },
      args.status === 'completed' ? 'completed tasks' : 'tasks',
      args.project,
    ),
};

export const searchTasksTool: ToolDefinition<typeof searchTasksInputSchema> = {
  name: 'search_tasks',
  effect: 'read',
  title: 'Search tasks',
  description:
    'Find tasks whose title or description contains the keywords (case-insensitive), best matches first; optionally in one project.',
  input: searchTasksInputSchema,
  output: taskListOutputSchema,
  run: (ctx, args) =>
    list(ctx, { ...baseQuery(), search: args.query, status: args.status ?? 'all' }, `tasks matching "${args.query}"`, args.project),
};

export const filterTasksTool: ToolDefinition<typeof filterTasksInputSchema> = {
  name: 'filter_tasks',
  effect: 'read',
  title: 'Filter tasks',
  description:
    'Tasks matching every given filter: status, priorities, tags (all of them, or any one), a due window or due_before/due_after, with or without a due date, repeating or not, completed in a window, a project.',
  input: filterTasksInputSchema,
  output: taskListOutputSchema,
  async run(ctx, args) {
    const query: ListTasksQuery = { ...baseQuery(args.limit), status: args.status ?? 'all' };
    if (args.priority?.length) query.priority = args.priority;
    if (args.tags?.length) query.tags = args.tags.map(toTag);
    if (args.tags_match) query.tags_match = args.tags_match;
    if (args.due === 'overdue') query.overdue = true;
    else if (args.due) {
      const window = dueWindow(args.due, ctx.timeZone, ctx.now);
      query.due_after = window.after;
      query.due_before = window.before;
    }
    if (args.due_before) query.due_before = toInstant(ctx, args.due_before);
    if (args.due_after)
      query.due_after = query.due_before
        ? resolveWindowStart(args.due_after, query.due_before, ctx.timeZone, ctx.now)
        : toInstant(ctx, args.due_after);
    if (args.has_due_date !== undefined) query.has_due_date = args.has_due_date;
    if (args.recurring !== undefined) query.recurring = args.recurring;
    if (args.completed) {
      const window = completionWindow(args.completed, ctx.timeZone, ctx.now);
      query.status = 'completed';
      query.completed_after = window.after;
      query.completed_before = window.before;
    }
    if (query.due_after || query.due_before || query.overdue) query.sort = 'due_date';
    return list(ctx, query, filteredHeading(args), args.project);
  },
};

/** The list's heading names the filters a question asks most in so many words ("tasks completed yesterday"). */
function filteredHeading(args: { has_due_date?: boolean; recurring?: boolean; completed?: string }): string {
  const kind = args.recurring === true ? 'repeating tasks' : args.recurring === false ? 'one-off tasks' : 'tasks';
  if (args.completed) return `${kind} completed ${args.completed.replace('_', ' ')}`;
  if (args.has_due_date === false) return `${kind} without a due date`;
  return kind === 'tasks' ? 'matching tasks' : kind;
}

export const sortTasksTool: ToolDefinition<typeof sortTasksInputSchema> = {
  name: 'sort_tasks',
  effect: 'read',
  title: 'Sort tasks',
  description: 'List tasks sorted by due_date, priority, title, created_at or updated_at, ascending or descending.',
  input: sortTasksInputSchema,
  output: taskListOutputSchema,
  run: (ctx, args) =>
    list(
      ctx,
      { ...baseQuery(args.limit), status: args.status ?? 'all', sort: args.field, ...(args.order ? { order: args.order } : {}) },
      `tasks by ${args.field.replace('_', ' ')}`,
      args.project,
    ),
};

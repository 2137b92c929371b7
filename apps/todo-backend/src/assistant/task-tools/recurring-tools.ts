import { createRecurringInputSchema, taskSchema } from '@doable/contracts';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { atTimeOf, firstOnRule } from '../../quick-add/quick-add-dates.ts';
import { DEFAULT_TIME } from '../default-time.ts';
import { resolveProject } from './project-arguments.ts';
import { taskResult } from './task-summary.ts';
import { toInstant, toRecurrenceRule, toTag } from './tool-arguments.ts';
import type { ToolContext, ToolDefinition, ToolResult } from './tool-definition.ts';

/**
 * The first due date falls on the rule: the date given, or for a rule that names its days ("the first monday of the
 * month") or its months ("weekly from april to october") 9:00 from today on, moved to the rule's first date from then.
 * Without either, no due date.
 */
function firstDue(ctx: ToolContext, rule: string, dueText: string | undefined): Date | undefined {
  const given = dueText ? toInstant(ctx, dueText) : undefined;
  if (!given && !/BY(?:DAY|MONTH(?:DAY)?)=/i.test(rule)) return undefined;
  let from = given ?? atTimeOf(ctx.now, DEFAULT_TIME, ctx.timeZone);
  if (!given && from <= ctx.now) from = DateTime.fromJSDate(from, { zone: ctx.timeZone }).plus({ days: 1 }).toJSDate();
  return firstOnRule(rule, from, ctx.timeZone, ctx.now) ?? from;
}

async function createRecurring(ctx: ToolContext, args: z.infer<typeof createRecurringInputSchema>): Promise<ToolResult> {
  const project = args.project === undefined ? undefined : await resolveProject(ctx, args.project);
  const recurring = toRecurrenceRule(args.pattern);
  const due = firstDue(ctx, recurring, args.due_date);
  const task = await ctx.tasks.createTask(ctx.userId, {
    title: args.title,
    ...(project ? { project_id: project.id } : {}),
    recurring,
    ...(due ? { due_date: due } : {}),
    ...(args.priority ? { priority: args.priority } : {}),
    ...(args.tags ? { tags: args.tags.map(toTag) } : {}),
  });
  return taskResult(task, 'Created recurring task', ctx);
}

const createRecurringDescription =
  'Create a task that repeats: when one occurrence is completed the next one is created. Pattern: daily, weekly, monthly or an RRULE.';

export const createRecurringTool: ToolDefinition<typeof createRecurringInputSchema> = {
  name: 'create_recurring',
  effect: 'create',
  title: 'Create a recurring task',
  description: createRecurringDescription,
  input: createRecurringInputSchema,
  output: taskSchema,
  run: createRecurring,
};

export const createRecurringTaskTool: ToolDefinition<typeof createRecurringInputSchema> = {
  name: 'create_recurring_task',
  effect: 'create',
  title: 'Create a recurring task',
  description: `${createRecurringDescription} (Same as create_recurring.)`,
  input: createRecurringInputSchema,
  output: taskSchema,
  run: createRecurring,
};

import { createRecurringInputSchema, taskSchema } from '@doable/contracts';
import type { z } from 'zod';
import { resolveProject } from './project-arguments.ts';
import { taskResult } from './task-summary.ts';
import { toInstant, toRecurrenceRule, toTag } from './tool-arguments.ts';
import type { ToolContext, ToolDefinition, ToolResult } from './tool-definition.ts';

async function createRecurring(ctx: ToolContext, args: z.infer<typeof createRecurringInputSchema>): Promise<ToolResult> {
  const project = args.project === undefined ? undefined : await resolveProject(ctx, args.project);
  const task = await ctx.tasks.createTask(ctx.userId, {
    title: args.title,
    ...(project ? { project_id: project.id } : {}),
    recurring: toRecurrenceRule(args.pattern),
    ...(args.due_date ? { due_date: toInstant(ctx, args.due_date) } : {}),
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

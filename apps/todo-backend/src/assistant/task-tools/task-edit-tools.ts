import {
  ADD_TASKS_MAX,
  addTaskInputSchema,
  addTasksInputSchema,
  addTasksOutputSchema,
  type CreateTaskBody,
  completeTaskInputSchema,
  deleteTaskInputSchema,
  deleteTaskOutputSchema,
  type Project,
  postponeTaskInputSchema,
  setDueDateInputSchema,
  setPriorityInputSchema,
  taskSchema,
  updateTaskInputSchema,
} from '@doable/contracts';
import { DateTime, Duration } from 'luxon';
import type { z } from 'zod';
import { DateParseError, formatLocal } from '../dates.ts';
import { callerProjects, findProject, labelsOf } from './project-arguments.ts';
import { describeTask, taskResult } from './task-summary.ts';
import { toDurationSeconds, toInstant, toRecurrenceRule, toTag } from './tool-arguments.ts';
import { type ToolContext, type ToolDefinition, ToolError } from './tool-definition.ts';

/** add_task's arguments as the task service's create body: phrases resolved in the user's zone, the project by name. */
function toCreateBody(ctx: ToolContext, args: z.infer<typeof addTaskInputSchema>, projects: Project[]): CreateTaskBody {
  return {
    title: args.title,
    ...(args.project !== undefined ? { project_id: findProject(projects, args.project).id } : {}),
    ...(args.description !== undefined ? { description: args.description } : {}),
    ...(args.priority ? { priority: args.priority } : {}),
    ...(args.tags ? { tags: args.tags.map(toTag) } : {}),
    ...(args.due_date ? { due_date: toInstant(ctx, args.due_date) } : {}),
    ...(args.remind_before ? { remind_before: toDurationSeconds(args.remind_before) } : {}),
    ...(args.recurring ? { recurring: toRecurrenceRule(args.recurring) } : {}),
  };
}

export const addTaskTool: ToolDefinition<typeof addTaskInputSchema> = {
  name: 'add_task',
  effect: 'create',
  title: 'Add a task',
  description:
    'Create a task with optional description, priority, tags, due date (ISO or "tomorrow 5pm"), reminder, recurrence and project (default: your Inbox).',
  input: addTaskInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const projects = args.project === undefined ? [] : await callerProjects(ctx);
    const task = await ctx.tasks.createTask(ctx.userId, toCreateBody(ctx, args, projects));
    return taskResult(task, 'Added', ctx);
  },
};

export const addTasksTool: ToolDefinition<typeof addTasksInputSchema> = {
  name: 'add_tasks',
  effect: 'create',
  title: 'Add several tasks',
  description: `Create 1 to ${ADD_TASKS_MAX} tasks at once (fields as for add_task): all of them, or none when one is invalid.`,
  input: addTasksInputSchema,
  output: addTasksOutputSchema,
  async run(ctx, args) {
    const projects = await callerProjects(ctx);
    const bodies = args.tasks.map((task, index) => {
      try {
        return toCreateBody(ctx, task, projects);
      } catch (error) {
        // Name the task in a batch that failed, so the caller knows which one to fix; nothing was created.
        if (error instanceof ToolError || error instanceof DateParseError)
          throw new ToolError(`tasks[${index}] ("${task.title}"): ${error.message} No task was added.`);
        throw error;
      }
    });
    const items = await ctx.tasks.createTasks(ctx.userId, bodies);
    const labels = labelsOf(projects);
    const lines = items.map((task) => `- ${describeTask(task, ctx.timeZone, labels)}`);
    return { structured: { items }, summary: `Added ${items.length} task${items.length === 1 ? '' : 's'}:\n${lines.join('\n')}` };
  },
};

export const updateTaskTool: ToolDefinition<typeof updateTaskInputSchema> = {
  name: 'update_task',
  effect: 'overwrite',
  title: 'Update a task',
  description: "Change any of a task's fields: title, description, priority, tags (replaces them), due date, completed, recurrence.",
  input: updateTaskInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const { task_id, due_date, tags, recurring, ...rest } = args;
    const task = await ctx.tasks.updateTask(ctx.userId, task_id, {
      ...rest,
      ...(recurring !== undefined ? { recurring: recurring === null ? null : toRecurrenceRule(recurring) } : {}),
      ...(tags ? { tags: tags.map(toTag) } : {}),
      ...(due_date !== undefined ? { due_date: due_date === null ? null : toInstant(ctx, due_date) } : {}),
    });
    return taskResult(task, 'Updated', ctx);
  },
};

export const completeTaskTool: ToolDefinition<typeof completeTaskInputSchema> = {
  name: 'complete_task',
  effect: 'overwrite',
  title: 'Complete a task',
  description: 'Mark a task done (or reopen it with completed: false). Completing a recurring task creates its next occurrence.',
  input: completeTaskInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const completed = args.completed ?? true;
    const task = await ctx.tasks.updateTask(ctx.userId, args.task_id, { completed });
    return taskResult(task, completed ? 'Completed' : 'Reopened', ctx);
  },
};

export const deleteTaskTool: ToolDefinition<typeof deleteTaskInputSchema> = {
  name: 'delete_task',
  effect: 'delete',
  title: 'Delete a task',
  description: 'Delete a task for good.',
  input: deleteTaskInputSchema,
  output: deleteTaskOutputSchema,
  async run(ctx, args) {
    const task = await ctx.tasks.getTask(ctx.userId, args.task_id);
    await ctx.tasks.deleteTask(ctx.userId, args.task_id);
    return { structured: { deleted: task.id, title: task.title }, summary: `Deleted #${task.id} "${task.title}".` };
  },
};

export const setPriorityTool: ToolDefinition<typeof setPriorityInputSchema> = {
  name: 'set_priority',
  effect: 'overwrite',
  title: 'Set priority',
  description: "Set a task's priority to high, medium or low.",
  input: setPriorityInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    return taskResult(
      await ctx.tasks.updateTask(ctx.userId, args.task_id, { priority: args.priority }),
      `Priority set to ${args.priority}`,
      ctx,
    );
  },
};

export const setDueDateTool: ToolDefinition<typeof setDueDateInputSchema> = {
  name: 'set_due_date',
  effect: 'overwrite',
  title: 'Set the due date',
  description: 'Set or clear (null) a task\'s due date; accepts ISO 8601 or phrases like "next friday 5pm" in the user\'s zone.',
  input: setDueDateInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const due = args.date === null ? null : toInstant(ctx, args.date);
    const task = await ctx.tasks.updateTask(ctx.userId, args.task_id, { due_date: due });
    return taskResult(task, due ? 'Due date set' : 'Due date cleared', ctx);
  },
};

export const postponeTaskTool: ToolDefinition<typeof postponeTaskInputSchema> = {
  name: 'postpone_task',
  effect: 'shift',
  title: 'Postpone a task',
  description: "Move a task's due date later (or earlier) by a duration, on the calendar of the user's zone.",
  input: postponeTaskInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const earlier = args.by.startsWith('-');
    const shift = Duration.fromISO(args.by.replace(/^-/, ''));
    if (!shift.isValid) throw new ToolError(`"${args.by}" is not an ISO 8601 duration; use P2D, P1W, PT1H or -PT1H.`);
    const task = await ctx.tasks.editTask(ctx.userId, args.task_id, (current) => {
      if (!current.due_date)
        throw new ToolError(
          `Task #${current.id} "${current.title}" has no due date to move; give it one instead, e.g. "move it to friday".`,
        );
      // Days and months on the local calendar: "2 days later" keeps 9:00 across a change of summer time.
      const local = DateTime.fromJSDate(current.due_date, { zone: ctx.timeZone });
      const due = earlier ? local.minus(shift) : local.plus(shift);
      if (due.year < 1900 || due.year > 9999) throw new ToolError('That would move the due date outside the years 1900 to 9999.');
      return { due_date: due.toJSDate() };
    });
    return taskResult(task, `Due date moved to ${formatLocal(task.due_date, ctx.timeZone)}`, ctx);
  },
};

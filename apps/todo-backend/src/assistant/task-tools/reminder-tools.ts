import { setReminderInputSchema, taskSchema } from '@doable/contracts';
import { taskResult } from './task-summary.ts';
import { toDurationSeconds, toInstant } from './tool-arguments.ts';
import { type ToolDefinition, ToolError } from './tool-definition.ts';

export const setReminderTool: ToolDefinition<typeof setReminderInputSchema> = {
  name: 'set_reminder',
  effect: 'overwrite',
  title: 'Set a reminder',
  description: 'Remind before the task\'s due date ("before": "1h"), at a time ("at": "tomorrow 8am"), or clear it ("clear": true).',
  input: setReminderInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const given = [args.before !== undefined, args.at !== undefined, args.clear === true].filter(Boolean).length;
    if (given !== 1) throw new ToolError('Give exactly one of before (e.g. "1h"), at (a date) or clear.');
    if (args.clear) return taskResult(await ctx.tasks.updateTask(ctx.userId, args.task_id, { reminder_at: null }), 'Reminder cleared', ctx);
    if (args.at) {
      return taskResult(
        await ctx.tasks.updateTask(ctx.userId, args.task_id, { reminder_at: toInstant(ctx, args.at) }),
        'Reminder set',
        ctx,
      );
    }
    const seconds = toDurationSeconds(args.before ?? '');
    const current = await ctx.tasks.getTask(ctx.userId, args.task_id);
    if (!current.due_date) throw new ToolError(`Task #${current.id} "${current.title}" has no due date; set one first or give a time.`);
    return taskResult(await ctx.tasks.updateTask(ctx.userId, args.task_id, { remind_before: seconds }), 'Reminder set', ctx);
  },
};

import { quickAddInputSchema, quickAddResponseSchema } from '@doable/contracts';
import { quickAddTask } from '../../quick-add/quick-add.ts';
import { projectLabels } from './project-arguments.ts';
import { describeTask } from './task-summary.ts';
import type { ToolDefinition } from './tool-definition.ts';

export const quickAddTool: ToolDefinition<typeof quickAddInputSchema> = {
  name: 'quick_add',
  effect: 'create',
  title: 'Quick add a task',
  description:
    'Create a task from one line as a person types it: "pay rent every month on the 1st p1 @home //by transfer". p1–p4, @label, #tag, every …, dates, "remind me 1h before".',
  input: quickAddInputSchema,
  output: quickAddResponseSchema,
  async run(ctx, args) {
    const result = await quickAddTask(ctx, { text: args.text });
    const read = result.parse.tokens.map((token) => `"${token.text}" as ${token.kind}`).join(', ');
    return {
      structured: result,
      summary: `Added: ${describeTask(result.task, ctx.timeZone, await projectLabels(ctx))}.${read ? ` Read ${read}.` : ''}`,
    };
  },
};

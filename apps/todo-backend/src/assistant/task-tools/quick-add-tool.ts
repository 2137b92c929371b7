import { quickAddInputSchema, quickAddResponseSchema } from '@doable/contracts';
import { quickAddTask } from '../../quick-add/quick-add.ts';
import { callerProjects, findProject, labelsOf } from './project-arguments.ts';
import { describeTask } from './task-summary.ts';
import type { ToolDefinition } from './tool-definition.ts';

export const quickAddTool: ToolDefinition<typeof quickAddInputSchema> = {
  name: 'quick_add',
  effect: 'create',
  title: 'Quick add a task',
  description:
    'Create a task from one line as a person types it: "pay rent every month on the 1st p1 @home //by transfer". p1–p4, @label, #project (else a tag), every …, dates, "remind me 1h before"; optionally into a project (default: your Inbox).',
  input: quickAddInputSchema,
  output: quickAddResponseSchema,
  async run(ctx, args) {
    const projects = await callerProjects(ctx);
    const project = args.project === undefined ? undefined : findProject(projects, args.project);
    const result = await quickAddTask(ctx, { text: args.text, ...(project ? { project_id: project.id } : {}) });
    const read = result.parse.tokens.map((token) => `"${token.text}" as ${token.kind}`).join(', ');
    return {
      structured: result,
      summary: `Added: ${describeTask(result.task, ctx.timeZone, labelsOf(projects))}.${read ? ` Read ${read}.` : ''}`,
    };
  },
};

import { addSubtaskInputSchema, type Task, taskSchema } from '@doable/contracts';
import { callerProjects, labelsOf } from './project-arguments.ts';
import { describeTask, taskResult } from './task-summary.ts';
import { toInstant, toTag } from './tool-arguments.ts';
import { type ToolContext, type ToolDefinition, ToolError } from './tool-definition.ts';

const words = (text: string) => text.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The task a tool argument names: an id as it is, else the one task whose title is the words given (or, failing
 * that, the one that contains them all). None or several is a tool error naming the candidates.
 */
export async function findTaskByRef(ctx: ToolContext, ref: number | string, what: string): Promise<Task> {
  if (typeof ref === 'number') return ctx.tasks.getTask(ctx.userId, ref);
  const wanted = ref.trim().toLowerCase();
  const found = (await ctx.tasks.listTasks(ctx.userId, { search: ref, status: 'all', tags_match: 'all', limit: 50 })).items;
  const exact = found.filter((task) => task.title.trim().toLowerCase() === wanted);
  const tokens = words(wanted);
  const containing = found.filter((task) => tokens.every((token) => words(task.title).some((word) => word.includes(token))));
  const candidates = exact.length > 0 ? exact : containing;
  const open = candidates.filter((task) => !task.completed);
  const only = candidates.length === 1 ? candidates[0] : open.length === 1 ? open[0] : undefined;
  if (only) return only;
  if (candidates.length === 0) throw new ToolError(`No task matches "${ref}" for the ${what}. Use its number (list_tasks shows them).`);
  const labels = labelsOf(await callerProjects(ctx));
  const listed = candidates.slice(0, 5).map((task) => describeTask(task, ctx.timeZone, labels));
  throw new ToolError(`Several tasks match "${ref}" for the ${what}: ${listed.join('; ')}. Give the number of the one you mean.`);
}

export const addSubtaskTool: ToolDefinition<typeof addSubtaskInputSchema> = {
  name: 'add_subtask',
  effect: 'create',
  title: 'Add a subtask',
  description: 'Add a subtask under a task (by id or title), in its project, last among its subtasks; up to 4 levels deep.',
  input: addSubtaskInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const parent = await findTaskByRef(ctx, args.parent, 'parent');
    const task = await ctx.tasks.createTask(ctx.userId, {
      title: args.title,
      parent_id: parent.id,
      ...(args.priority ? { priority: args.priority } : {}),
      ...(args.tags ? { tags: args.tags.map(toTag) } : {}),
      ...(args.due_date ? { due_date: toInstant(ctx, args.due_date) } : {}),
    });
    return taskResult(task, `Added under #${parent.id} "${parent.title}"`, ctx);
  },
};

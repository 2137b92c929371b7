import { addTagInputSchema, listTagsInputSchema, removeTagInputSchema, tagCountsOutputSchema, taskSchema } from '@doable/contracts';
import { editTags } from '../../tasks/task.ts';
import { taskResult } from './task-summary.ts';
import { toTag } from './tool-arguments.ts';
import { type ToolDefinition, ToolError } from './tool-definition.ts';

export const addTagTool: ToolDefinition<typeof addTagInputSchema> = {
  name: 'add_tag',
  effect: 'add',
  title: 'Add a tag',
  description: 'Add a tag (or several, with tags) to a task; tags are lower-case, adding one it has changes nothing.',
  input: addTagInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const tags = (args.tags ?? [args.tag ?? '']).map(toTag);
    const task = await ctx.tasks.editTask(ctx.userId, args.task_id, (current) => ({ tags: editTags(current.tags, { add: tags }) }));
    return taskResult(task, `Tagged ${tags.map((tag) => `"${tag}"`).join(', ')}`, ctx);
  },
};

export const removeTagTool: ToolDefinition<typeof removeTagInputSchema> = {
  name: 'remove_tag',
  effect: 'overwrite',
  title: 'Remove a tag',
  description: 'Remove one tag from a task.',
  input: removeTagInputSchema,
  output: taskSchema,
  async run(ctx, args) {
    const tag = toTag(args.tag);
    const before = await ctx.tasks.getTask(ctx.userId, args.task_id);
    if (!before.tags.includes(tag)) throw new ToolError(`Task #${before.id} "${before.title}" has no tag "${tag}".`);
    const task = await ctx.tasks.editTask(ctx.userId, args.task_id, (current) => ({ tags: editTags(current.tags, { remove: [tag] }) }));
    return taskResult(task, `Removed tag "${tag}"`, ctx);
  },
};

export const listTagsTool: ToolDefinition<typeof listTagsInputSchema> = {
  name: 'list_tags',
  effect: 'read',
  title: 'List tags',
  description: 'The tags in use with how many tasks carry each.',
  input: listTagsInputSchema,
  output: tagCountsOutputSchema,
  async run(ctx) {
    const tags = await ctx.tasks.listTags(ctx.userId);
    const summary = tags.items.length === 0 ? 'No tags yet.' : `Your tags: ${tags.items.map((t) => `${t.tag} (${t.count})`).join(', ')}.`;
    return { structured: tags, summary };
  },
};

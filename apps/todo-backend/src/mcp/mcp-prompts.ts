import type { ListTasksQuery, Task } from '@doable/contracts';
import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { GetPromptResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { formatLocal } from '../assistant/dates.ts';
import { describeTask, projectLabels, type ToolContext } from '../assistant/task-tools/index.ts';
import { overdueTasks, tasksDueToday } from './mcp-resources.ts';

/** At most this many tag suggestions in one completion (the specification's cap on `values`). */
const MAX_COMPLETIONS = 100;

const WEEK_MS = 7 * 24 * 3600_000;

const query = (fields: Partial<ListTasksQuery>): ListTasksQuery => ({ status: 'pending', tags_match: 'all', limit: 200, ...fields });

/** The user's tags that start with what has been typed so far, most used first (the task service's order). */
async function tagsStartingWith(context: () => Promise<ToolContext>, typed: string | undefined): Promise<string[]> {
  const ctx = await context();
  const prefix = (typed ?? '').trim().toLowerCase();
  const { items } = await ctx.tasks.listTags(ctx.userId);
  return items
    .map((item) => item.tag)
    .filter((tag) => tag.startsWith(prefix))
    .slice(0, MAX_COMPLETIONS);
}

/**
 * A tag argument: optional text, completed from the caller's own tags. The SDK looks for the completer on the
 * optional's inner schema to offer completion, and on the argument itself to answer it, so both carry it.
 */
function tagArgument(context: () => Promise<ToolContext>, description: string) {
  const complete = (typed: string | undefined) => tagsStartingWith(context, typed);
  return completable(completable(z.string().max(40), complete).optional().describe(description), complete);
}

const normalisedTag = (tag: string | undefined) => {
  const trimmed = tag?.trim().toLowerCase();
  return trimmed ? trimmed : undefined;
};

const withTag = (tasks: Task[], tag: string | undefined) => (tag ? tasks.filter((task) => task.tags.includes(tag)) : tasks);

function section(title: string, tasks: Task[], timeZone: string, projects: Map<number, string>): string {
  if (tasks.length === 0) return `${title}: none.`;
  return `${title}:\n${tasks.map((task) => `- ${describeTask(task, timeZone, projects)}`).join('\n')}`;
}

const userText = (text: string): GetPromptResult['messages'][number] => ({ role: 'user', content: { type: 'text', text } });

/**
 * Prompts a client offers its user by name ("plan my day", "weekly review"): each embeds the user's relevant tasks,
 * read when the prompt is fetched, so the assistant starts from the real list rather than calling tools first.
 */
export function registerTaskPrompts(server: McpServer, context: () => Promise<ToolContext>): void {
  server.registerPrompt(
    'plan_my_day',
    {
      title: 'Plan my day',
      description: 'Plan today from the tasks due today and the overdue ones, optionally only those with one tag.',
      argsSchema: { focus: tagArgument(context, 'Only tasks with this tag, e.g. "work".') },
    },
    async ({ focus }) => {
      const ctx = await context();
      const tag = normalisedTag(focus);
      const [today, overdue, projects] = await Promise.all([tasksDueToday(ctx), overdueTasks(ctx), projectLabels(ctx)]);
      const scope = tag ? ` tagged "${tag}"` : '';
      return {
        description: `Plan for ${formatLocal(ctx.now.toISOString(), ctx.timeZone)}${scope}`,
        messages: [
          userText(
            [
              `Help me plan my day (it is ${formatLocal(ctx.now.toISOString(), ctx.timeZone)} in ${ctx.timeZone}). ` +
                `Here are my open tasks${scope}. Suggest an order with rough times, say what to move to another day, ` +
                'and use the Doable tools (by task id) for any change I agree to.',
              section('Overdue', withTag(overdue, tag), ctx.timeZone, projects),
              section('Due today', withTag(today, tag), ctx.timeZone, projects),
            ].join('\n\n'),
          ),
        ],
      };
    },
  );

  server.registerPrompt(
    'weekly_review',
    {
      title: 'Weekly review',
      description: 'Review the past week (what got done, what slipped) and plan the next one, optionally for one tag.',
      argsSchema: { tag: tagArgument(context, 'Only tasks with this tag, e.g. "home".') },
    },
    async (args) => {
      const ctx = await context();
      const tag = normalisedTag(args.tag);
      const tags = tag ? { tags: [tag] } : {};
      const weekAgo = new Date(ctx.now.getTime() - WEEK_MS);
      const nextWeek = new Date(ctx.now.getTime() + WEEK_MS);
      const [recent, overdue, upcoming, projects] = await Promise.all([
        ctx.tasks.listTasks(ctx.userId, query({ ...tags, status: 'completed', sort: 'updated_at', order: 'desc' })),
        ctx.tasks.listTasks(ctx.userId, query({ ...tags, overdue: true, sort: 'due_date' })),
        ctx.tasks.listTasks(ctx.userId, query({ ...tags, due_after: ctx.now, due_before: nextWeek, sort: 'due_date' })),
        projectLabels(ctx),
      ]);
      const done = recent.items.filter((task) => task.completed_at !== null && new Date(task.completed_at) >= weekAgo);
      const scope = tag ? ` tagged "${tag}"` : '';
      return {
        description: `Weekly review${scope}`,
        messages: [
          userText(
            [
              `Walk me through a weekly review of my tasks${scope} (it is ${formatLocal(ctx.now.toISOString(), ctx.timeZone)} ` +
                `in ${ctx.timeZone}). Celebrate what got done, ask about each overdue task (do, reschedule or delete), ` +
                'and help me plan the coming week; use the Doable tools (by task id) for any change I agree to.',
              section('Completed in the last 7 days', done, ctx.timeZone, projects),
              section('Overdue', overdue.items, ctx.timeZone, projects),
              section('Due in the next 7 days', upcoming.items, ctx.timeZone, projects),
            ].join('\n\n'),
          ),
        ],
      };
    },
  );
}

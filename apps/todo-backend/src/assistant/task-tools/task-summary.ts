import { describeRecurrence, type Task, type TaskPage } from '@doable/contracts';
import { formatLocal } from '../dates.ts';
import { projectLabels } from './project-arguments.ts';
import type { ToolContext, ToolResult } from './tool-definition.ts';

/** One line about a task; `projects` names the caller's projects other than the Inbox, which goes unsaid. */
export function describeTask(task: Task, timeZone: string, projects?: Map<number, string>): string {
  const parts = [`#${task.id} "${task.title}"`];
  const project = projects?.get(task.project_id);
  if (project) parts.push(`in ${project}`);
  parts.push(`${task.priority} priority`);
  if (task.completed) parts.push('done');
  if (task.due_date) parts.push(`due ${formatLocal(task.due_date, timeZone)}`);
  if (task.tags.length > 0) parts.push(`tags ${task.tags.join(', ')}`);
  if (task.recurring) parts.push(describeRecurrence(task.recurring));
  if (task.reminder_at) parts.push(`reminder ${formatLocal(task.reminder_at, timeZone)}`);
  if (task.subtask_count > 0) parts.push(`${task.completed_subtask_count} of ${task.subtask_count} subtasks done`);
  return parts.join(', ');
}

export function listSummary(page: TaskPage, what: string, timeZone: string, projects?: Map<number, string>): string {
  if (page.items.length === 0) return `No ${what}.`;
  const lines = page.items.map((task) => `- ${describeTask(task, timeZone, projects)}`);
  // "1 task in Groceries", not "1 tasks".
  const heading = page.items.length === 1 ? what.replace(/\btasks\b/, 'task') : what;
  return `${page.items.length} ${heading}${page.next_cursor ? ' (more available)' : ''}:\n${lines.join('\n')}`;
}

/** One task as a tool's answer: the task itself, and a line saying what was done to it. */
export const taskResult = async (task: Task, verb: string, ctx: ToolContext): Promise<ToolResult> => ({
  structured: task,
  summary: `${verb}: ${describeTask(task, ctx.timeZone, await projectLabels(ctx))}.`,
});

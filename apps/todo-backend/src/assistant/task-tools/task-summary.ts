import { describeRecurrence, type Task, type TaskPage } from '@doable/contracts';
import { formatLocal } from '../dates.ts';
import type { ToolContext, ToolResult } from './tool-definition.ts';

export function describeTask(task: Task, timeZone: string): string {
  const parts = [`#${task.id} "${task.title}"`, `${task.priority} priority`];
  if (task.completed) parts.push('done');
  if (task.due_date) parts.push(`due ${formatLocal(task.due_date, timeZone)}`);
  if (task.tags.length > 0) parts.push(`tags ${task.tags.join(', ')}`);
  if (task.recurring) parts.push(describeRecurrence(task.recurring));
  if (task.reminder_at) parts.push(`reminder ${formatLocal(task.reminder_at, timeZone)}`);
  return parts.join(', ');
}

export function listSummary(page: TaskPage, what: string, timeZone: string): string {
  if (page.items.length === 0) return `No ${what}.`;
  const lines = page.items.map((task) => `- ${describeTask(task, timeZone)}`);
  return `${page.items.length} ${what}${page.next_cursor ? ' (more available)' : ''}:\n${lines.join('\n')}`;
}

/** One task as a tool's answer: the task itself, and a line saying what was done to it. */
export const taskResult = (task: Task, verb: string, ctx: ToolContext): ToolResult => ({
  structured: task,
  summary: `${verb}: ${describeTask(task, ctx.timeZone)}.`,
});

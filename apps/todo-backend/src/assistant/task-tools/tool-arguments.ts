import { parseDuration, tagSchema } from '@doable/contracts';
import { parseRecurrence } from '../../tasks/recurrence.ts';
import { resolveDate } from '../dates.ts';
import { type ToolContext, ToolError } from './tool-definition.ts';

/** An ISO 8601 date or a phrase ("tomorrow 5pm") in the user's zone, as an instant. */
export const toInstant = (ctx: ToolContext, text: string) => resolveDate(text, ctx.timeZone, ctx.now);

export function toDurationSeconds(text: string): number {
  const seconds = parseDuration(text.replace(/\s+/g, ''));
  if (seconds === undefined) throw new ToolError(`"${text}" is not a duration; use 30m, 1h, 1d or 1h30m.`);
  return seconds;
}

export function toRecurrenceRule(text: string): string {
  const parsed = parseRecurrence(text);
  if (!parsed.ok) throw new ToolError(`The recurrence pattern "${text}" is not valid: ${parsed.message}`);
  return parsed.rule;
}

export function toTag(text: string): string {
  const parsed = tagSchema.safeParse(text);
  if (!parsed.success) throw new ToolError(parsed.error.issues[0]?.message ?? 'That tag is not valid.');
  return parsed.data;
}

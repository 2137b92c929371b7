import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { DateParseError, resolveDate } from '../assistant/dates.ts';
import { nextDueDate } from '../tasks/recurrence.ts';
import type { Match } from './quick-add-syntax.ts';

export interface DateMatch extends Match {
  /** The phrase names a day ("friday", "the 20th"), not only a time ("5pm", "tonight"). */
  hasDay: boolean;
}

/** Words that join a date to the title ("due by friday", "at 5pm"): they go with the date, not into the title. */
const FILLER_BEFORE = /(?:^|\s)((?:due(?:\s+(?:on|by|at|before))?|by|on|at|for|until|till|before|starting|from|beginning)\s+)$/iu;
/** A day of the month alone, maybe with a time: chrono does not read these; resolveDate does. */
const DAY_OF_MONTH =
  /\b(?:the\s+)([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?|\s+\d{1,2}(?::\d{2})?\s*(?:am|pm))?(?![\p{L}\p{N}])/giu;

function toMatch(text: string, start: number, end: number, timeZone: string, now: Date, hasDay: boolean): DateMatch | undefined {
  let value: Date;
  try {
    value = resolveDate(text.slice(start, end), timeZone, now);
  } catch (error) {
    if (error instanceof DateParseError) return undefined;
    throw error;
  }
  const filler = FILLER_BEFORE.exec(text.slice(0, start));
  const from = filler?.[1] ? start - filler[1].length : start;
  return { start: from, end, value: value.toISOString(), hasDay };
}

/**
 * The date phrases of `text` (masked parts are \u0001), read in the user's zone relative to `now`: days of the month
 * first, then what chrono finds. Each match reaches back over a filler word before it.
 */
export function findDates(text: string, timeZone: string, now: Date): DateMatch[] {
  const found: DateMatch[] = [];
  for (const match of text.matchAll(DAY_OF_MONTH)) {
    const date = toMatch(text, match.index, match.index + match[0].length, timeZone, now, true);
    if (date) found.push(date);
  }
  const offset = DateTime.fromJSDate(now, { zone: timeZone }).offset;
  for (const result of chrono.parse(text, { instant: now, timezone: offset }, { forwardDate: true })) {
    const start = result.index;
    // chrono may take the comma or full stop after a date ("by friday, …"): that stays with the title's punctuation.
    const end = start + result.text.replace(/[\s,;.]+$/u, '').length;
    // Two letters or a lone number are too often words of the title ("at 3" of something, "sat").
    if (result.text.trim().length < 3 || /^\d+$/.test(result.text.trim())) continue;
    if (found.some((other) => start < other.end && other.start < end)) continue;
    const hasDay = result.start.isCertain('day') || result.start.isCertain('weekday');
    const date = toMatch(text, start, end, timeZone, now, hasDay);
    if (date) found.push(date);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The first due date of a series: the rule's first date at or after `from` (the day the user named, or now) that is
 * still to come, at the time of day of `from`, so "every sunday evening" typed on a Thursday is due on Sunday.
 */
export function firstOnRule(rule: string, from: Date, timeZone: string, now: Date): Date | null {
  const justBefore = new Date(Math.max(from.getTime() - 1, now.getTime()));
  // Without its INTERVAL: "every other tuesday" starts on the next Tuesday, whichever week `from` falls in.
  const pattern = rule.replace(/;INTERVAL=\d+/u, '');
  return nextDueDate({ pattern, basis: 'due', dueDate: justBefore, seriesAnchor: from, completedAt: justBefore, timeZone });
}

/** `at` as a local time of day on the date of `day`, in the user's zone. */
export function atTimeOf(day: Date, time: [number, number], timeZone: string): Date {
  return DateTime.fromJSDate(day, { zone: timeZone }).set({ hour: time[0], minute: time[1], second: 0, millisecond: 0 }).toJSDate();
}

/** The local [hour, minute] of an instant in the user's zone. */
export function localTime(instant: Date, timeZone: string): [number, number] {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  return [local.hour, local.minute];
}

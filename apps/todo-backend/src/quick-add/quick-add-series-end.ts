import { DateTime } from 'luxon';
import { COUNT_WORD, numberOf } from '../assistant/number-words.ts';
import { findDates } from './quick-add-dates.ts';
import type { Match } from './quick-add-syntax.ts';

// Where a quick-add line's series ends ("6 times", "for 10 weeks", "until march"), read only when the line has a rule.

/** Where a series ends: after a number of times, on a date, or after a span from its first date. */
export type SeriesEnd = Match &
  ({ kind: 'count'; count: number } | { kind: 'until'; date: string } | { kind: 'span'; span: Record<string, number> });

const NUMBER = `(\\d{1,4}|${COUNT_WORD})`;
/** "6 times" ends a series; "3 times a day" is a rhythm, which stays in the title. */
const TIMES = new RegExp(`(?<![\\p{L}\\p{N}])(?:for\\s+)?${NUMBER}\\s+times\\b(?!\\s+(?:a|an|per|each|every)\\b)`, 'giu');
const FOR_SPAN = new RegExp(`\\bfor\\s+${NUMBER}\\s+(day|week|month|year)s?\\b`, 'giu');
/** Words before a date that make it the series' last day. */
const END_LEAD = /\b(?:until|till|through|thru|ending|ends)(?:\s+on)?\s+/giu;

/**
 * The end of a series a line names ("for 6 times", "6 times", "for 10 weeks", "until march", "through 2026-06-30"), read
 * only when the line has a rule: without one, "until friday" stays the due date. A date must name a day ("until 5pm" does not).
 */
export function findSeriesEnd(text: string, timeZone: string, now: Date): SeriesEnd | undefined {
  for (const match of text.matchAll(TIMES)) {
    const count = numberOf(match[1] ?? '') ?? 0;
    if (count >= 1) return { start: match.index, end: match.index + match[0].length, value: `COUNT=${count}`, kind: 'count', count };
  }
  for (const match of text.matchAll(FOR_SPAN)) {
    const amount = numberOf(match[1] ?? '') ?? 0;
    const unit = `${(match[2] ?? 'day').toLowerCase()}s`;
    if (amount >= 1) return { start: match.index, end: match.index + match[0].length, value: '', kind: 'span', span: { [unit]: amount } };
  }
  for (const lead of text.matchAll(END_LEAD)) {
    // Read from the lead on only: before it, chrono would take "7am until feb 28" as one range.
    const from = lead.index + lead[0].length;
    const [date] = findDates(' '.repeat(lead.index) + text.slice(lead.index), timeZone, now);
    // The date reader may have taken the lead's last word along ("until", "on"): the date starts inside the lead.
    if (!date?.hasDay || date.start < lead.index || date.start > from) continue;
    const day = DateTime.fromISO(date.value, { zone: timeZone }).toFormat('yyyyMMdd');
    return { start: lead.index, end: date.end, value: `UNTIL=${day}`, kind: 'until', date: day };
  }
  return undefined;
}

const KEYWORD_RULE: Record<string, string> = { daily: 'FREQ=DAILY', weekly: 'FREQ=WEEKLY', monthly: 'FREQ=MONTHLY' };

/** The rule with its end: COUNT or UNTIL (a span counts from the first due date, in the user's zone). */
export function withSeriesEnd(rule: string, end: SeriesEnd, firstDue: Date, timeZone: string): string {
  const full = KEYWORD_RULE[rule] ?? rule;
  if (end.kind === 'count') return `${full};COUNT=${end.count}`;
  if (end.kind === 'until') return `${full};UNTIL=${end.date}`;
  const last = DateTime.fromJSDate(firstDue, { zone: timeZone }).plus(end.span).minus({ days: 1 });
  return `${full};UNTIL=${last.toFormat('yyyyMMdd')}`;
}

import { isWholeDate } from './whole-dates.ts';

// "what's due between monday and friday", "tasks due from the 1st to the 15th": a window with two ends, due on or
// after the first day and on or before the last. Read as one date (or none), it would list every task.

const BETWEEN = /\b(?:due\s+)?between\s+(.+?)\s+(?:and|&)\s+(.+?)(?=\s+(?:tagged|with|in)\b|$)/i;
const FROM_TO = /\b(?:due\s+)?from\s+(.+?)\s+(?:to|until|till|through|thru|-|–)\s+(.+?)(?=\s+(?:tagged|with|in)\b|$)/i;
/** "the 1st", "the 15th": a day of the month, which reads alone as a date only after a word that leads to it. */
const DAY_OF_MONTH = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i;

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

const isDay = (words: string) => DAY_OF_MONTH.test(words.trim()) || isWholeDate(words);

/** The window's ends as said, when both are dates; `bound` makes each a whole day (its start, its end). */
export function dueRange(
  text: string,
  bound: (phrase: string, side: 'start' | 'end') => string,
): { due_after: string; due_before: string } | undefined {
  const [, from, to] = BETWEEN.exec(text) ?? FROM_TO.exec(text) ?? [];
  if (!from || !to || !isDay(from) || !isDay(to)) return undefined;
  const day = (words: string) => words.trim().replace(/^(\d)/, 'the $1');
  // "between now and friday": from this moment, not from the start of today.
  const after = /^(?:right\s+)?now$/i.test(from.trim()) ? 'now' : bound(day(from), 'start');
  // "between monday and friday" said on a Thursday: the Friday after that Monday, not tomorrow.
  const before = WEEKDAY.test(to.trim()) ? `${bound(to.trim(), 'end')} after ${from.trim()}` : bound(day(to), 'end');
  return { due_after: after, due_before: before };
}

import { dateReader } from '../dates.ts';
import { pastDateNamesAThing } from './past-dates-in-names.ts';
import { recurrencePattern } from './recurrence.ts';

// Whether words are one date phrase, or one rule, and nothing else: how the reminder and due-date rules tell the time
// said from the task it is said of ("remind me about 7 tomorrow at 8am").

/**
 * The date phrase that ends the words ("task 12 tomorrow at 9" → "tomorrow at 9"), with where it starts. Only one the
 * words read as a date where they stand: a part of the day that ends a title ("the quiz night") is none.
 */
export function dateAtEnd(words: string): { index: number; text: string } | undefined {
  const last = dateReader.parse(words).at(-1);
  if (!last || last.index + last.text.trimEnd().length < words.trimEnd().length) return undefined;
  // "the payslip from last month": a day gone by names the thing, never when.
  if (pastDateNamesAThing(words.slice(0, last.index), last.text)) return undefined;
  // From each word on: the first from which the rest is one date ("12 tomorrow at 9" is two, "tomorrow at 9" one).
  for (const word of words.matchAll(/(?<=^|\s)\S/g)) {
    const rest = words.slice(word.index);
    if (isWholeDate(rest)) return { index: word.index, text: rest };
  }
  return undefined;
}

/** Whether the words are one date phrase and nothing else ("tomorrow morning", "on friday at 9"). */
export function isWholeDate(words: string): boolean {
  const phrase = words.trim();
  // "on the 29th at 2pm": chrono reads the time alone; a day of the month with a time after it is one date. Alone ("on
  // the 3rd") it stays unread here: "remind me on the 3rd of feb to …" goes on to "of feb".
  const dayOfMonth = /^(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\s+((?:at\s+)?\d.*)$/i.exec(phrase);
  if (dayOfMonth?.[1] && isWholeDate(dayOfMonth[1])) return true;
  // "at 9 tonight" is read whole with its "at"; "on friday" from "friday" on.
  const [date] = dateReader.parse(phrase);
  const lead = date ? phrase.slice(0, date.index) : '';
  return date !== undefined && /^(?:(?:on|at)\s+)?$/i.test(lead) && date.index + date.text.trim().length === phrase.length;
}

/** Whether the words are one rule, maybe with a time, and nothing else ("every sunday evening", "every weekday at 5pm"). */
export function isWholeRule(words: string): boolean {
  const rule = recurrencePattern(words);
  const rest = rule
    ? words
        .replace(rule.matched, ' ')
        .replace(/[\s,]+/g, ' ')
        .trim()
    : undefined;
  return rest !== undefined && (rest === '' || isWholeDate(rest));
}

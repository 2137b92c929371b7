import { DateTime } from 'luxon';
import { MONTH_WORD, monthNumber, WEEKDAY_NAMES } from './calendar-words.ts';
import { DEFAULT_HOUR } from './default-time.ts';

// Days of a month said by their place: "the first Monday of next month", "the last Friday in March", "the last working
// day of the month", "the first business day of next month". chrono reads the weekday alone ("monday"); these read the
// whole phrase, at 9 in the morning unless a time is said. "Of the month" is the next one to come; "of this month" is
// this month's, gone or not.

/** A weekday's name, whole or short: "tuesday", "tues", "thu". */
const WEEKDAY_WORD = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?';
/** "the 2nd tuesday of feb", "the last Friday in March": a weekday of a month, by its place in it. */
export const NTH_WEEKDAY_OF_MONTH = String.raw`(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(${WEEKDAY_WORD})\s+(?:of|in)\s+(next\s+month|this\s+month|the\s+month|${MONTH_WORD})\b`;
/** "the first Monday of next month", "the last Friday in March (at 3pm)": chrono reads the weekday alone. */
export const NTH_WEEKDAY = new RegExp(String.raw`^(?:on\s+)?(?:the\s+)?${NTH_WEEKDAY_OF_MONTH}(.*)$`, 'i');
const NTH: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };

/** "the last working day of the month" (the next one to come, today counting), "the first business day of next month". */
export const WORKING_DAY = /^(?:on\s+)?the\s+(first|last)\s+(?:working|business|week)\s*day\s+of\s+(?:the|this|(next))\s+month$/i;

export function workingDayOfMonth(which: string, next: boolean, timeZone: string, now: Date): Date {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  for (let months = next ? 1 : 0; ; months++) {
    const month = today.startOf('month').plus({ months });
    let day = /^first$/i.test(which) ? month : month.endOf('month').startOf('day');
    while (day.weekday > 5) day = day.plus({ days: /^first$/i.test(which) ? 1 : -1 });
    if (day >= today || next) return day.set({ hour: DEFAULT_HOUR }).toJSDate();
  }
}

export function nthWeekday(
  which: string,
  weekday: string,
  monthSaid: string,
  time: string,
  timeZone: string,
  now: Date,
  readTime: (phrase: string) => Date,
): Date {
  const date = nthWeekdayFrom(which, weekday, monthSaid, DateTime.fromJSDate(now, { zone: timeZone }).startOf('day'));
  if (time.trim()) return readTime(`${date.toFormat('LLLL d yyyy')} ${time.trim()}`);
  return date.set({ hour: DEFAULT_HOUR }).toJSDate();
}

/** The day "the 2nd tuesday of feb" names, seen from `today` (its start, in the user's zone). */
export function nthWeekdayFrom(which: string, weekday: string, monthSaid: string, today: DateTime): DateTime {
  const named = /^(?:next|this|the)\s/i.test(monthSaid) ? 0 : monthNumber(monthSaid);
  let month = /^next/i.test(monthSaid) ? today.startOf('month').plus({ months: 1 }) : today.startOf('month');
  // A month by name is its next one: "the first Monday of March" said in April is next year's.
  if (named > 0)
    month = today
      .startOf('month')
      .set({ month: named })
      .plus({ years: named < today.month ? 1 : 0 });
  const day = WEEKDAY_NAMES.findIndex((name) => name.startsWith(weekday.toLowerCase().slice(0, 3))) + 1;
  const n = NTH[which.toLowerCase()] ?? 1;
  const inMonth = (start: DateTime) =>
    n > 0
      ? start.plus({ days: (day - start.weekday + 7) % 7 }).plus({ weeks: n - 1 })
      : start
          .endOf('month')
          .startOf('day')
          .minus({ days: (start.endOf('month').weekday - day + 7) % 7 });
  const date = inMonth(month);
  // "the second Tuesday of the month" is the next one to come (today counting), as the working day of the month is.
  return /^the\s+month$/i.test(monthSaid) && date < today ? inMonth(month.plus({ months: 1 })) : date;
}

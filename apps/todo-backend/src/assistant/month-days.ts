import { DateTime } from 'luxon';
import { MONTH_NAME, MONTH_NAMES, WEEKDAY_NAME, WEEKDAY_NAMES } from './calendar-words.ts';
import { DEFAULT_HOUR } from './default-time.ts';

// Days of a month said by their place: "the first Monday of next month", "the last Friday in March", "the last working
// day of the month", "the first business day of next month". chrono reads the weekday alone ("monday"); these read the
// whole phrase, at 9 in the morning unless a time is said. "Of the month" is the next one to come; "of this month" is
// this month's, gone or not.

/** "the first Monday of next month", "the last Friday in March (at 3pm)": chrono reads the weekday alone. */
export const NTH_WEEKDAY = new RegExp(
  String.raw`^(?:on\s+)?(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(${WEEKDAY_NAME})\s+(?:of|in)\s+(next\s+month|this\s+month|the\s+month|${MONTH_NAME})\b(.*)$`,
  'i',
);
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
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const named = MONTH_NAMES.indexOf(monthSaid.toLowerCase()) + 1;
  let month = /^next/i.test(monthSaid) ? today.startOf('month').plus({ months: 1 }) : today.startOf('month');
  // A month by name is its next one: "the first Monday of March" said in April is next year's.
  if (named > 0)
    month = today
      .startOf('month')
      .set({ month: named })
      .plus({ years: named < today.month ? 1 : 0 });
  const day = WEEKDAY_NAMES.indexOf(weekday.toLowerCase()) + 1;
  const n = NTH[which.toLowerCase()] ?? 1;
  const inMonth = (start: DateTime) =>
    n > 0
      ? start.plus({ days: (day - start.weekday + 7) % 7 }).plus({ weeks: n - 1 })
      : start
          .endOf('month')
          .startOf('day')
          .minus({ days: (start.endOf('month').weekday - day + 7) % 7 });
  let date = inMonth(month);
  // "the second Tuesday of the month" is the next one to come (today counting), as the working day of the month is.
  if (/^the\s+month$/i.test(monthSaid) && date < today) date = inMonth(month.plus({ months: 1 }));
  if (time.trim()) return readTime(`${date.toFormat('LLLL d yyyy')} ${time.trim()}`);
  date = date.set({ hour: DEFAULT_HOUR });
  return date.toJSDate();
}

import { Meridiem, type Parser, type ParsingContext } from 'chrono-node';
import * as chrono from 'chrono-node/en';
import { DateTime, FixedOffsetZone } from 'luxon';
import { MONTH_WORD, monthNumber, TEXTED_TONIGHT, WEEKDAY_NAMES } from './calendar-words.ts';
import { NTH_WEEKDAY_OF_MONTH, nthWeekdayFrom } from './month-days.ts';
import { COUNT_WORD, numberOf } from './number-words.ts';

// Days said the way people plan a house and a year, which chrono does not read: "mid-march", "early next week", "the
// start of next month", "the week after next", "the weekend after next", "the monday after next", "this time next week",
// "the first weekend in february", "before christmas", "by new year". Each is a chrono parser, so a task's title loses
// the words and a due date reads them, in chat and quick add alike.

type Components = { year: number; month: number; day: number; hour?: number; minute?: number };

/** The reference instant as the wall clock where the user is (chrono carries the zone as an offset in minutes). */
export function localNow(context: ParsingContext): DateTime {
  const offset = context.reference.timezoneOffset ?? -context.refDate.getTimezoneOffset();
  return DateTime.fromJSDate(context.refDate, { zone: FixedOffsetZone.instance(offset) });
}

const dayOf = (date: DateTime, withTime = false): Components => ({
  year: date.year,
  month: date.month,
  day: date.day,
  ...(withTime ? { hour: date.hour, minute: date.minute } : {}),
});

/** A day of a month said without a year: this year's while it is still ahead (today counts), else next year's. */
function nextOnCalendar(now: DateTime, month: number, day: (first: DateTime) => DateTime): DateTime {
  const thisYear = day(now.set({ month, day: 1 }).startOf('day'));
  return thisYear >= now.startOf('day') ? thisYear : day(now.plus({ years: 1 }).set({ month, day: 1 }).startOf('day'));
}

/**
 * "mid-march", "the middle of april": the 15th, the middle people mean. "in early march" is the 1st and "by late march"
 * the 21st: the day each part begins, so the task comes up in time; only after a word that leads to a date, as a month
 * alone ("conference early march" keeps its title).
 */
const partOfMonth: Parser = {
  pattern: () =>
    new RegExp(
      String.raw`\b(?:(?:in\s+(?:the\s+)?|(?<=\b(?:by|before|until|till|from|due|for|around|to)\s+)(?:the\s+)?)(early|late)[\s-]*|(?:in\s+)?(?:mid[\s-]*|(?:the\s+)?middle\s+of\s+))(${MONTH_WORD})\b`,
      'i',
    ),
  extract: (context, match) => {
    const day = { early: 1, late: 21 }[(match[1] ?? '').toLowerCase()] ?? 15;
    return dayOf(nextOnCalendar(localNow(context), monthNumber(match[2] ?? ''), (first) => first.set({ day })));
  },
};

/** "the first weekend in february", "the last weekend of may": that weekend's Saturday. */
const weekendOfMonth: Parser = {
  pattern: () => new RegExp(String.raw`\b(?:the\s+)?(first|last)\s+weekend\s+(?:of|in)\s+(${MONTH_WORD})\b`, 'i'),
  extract: (context, match) => {
    const saturday = (first: DateTime) => {
      if (/^first$/i.test(match[1] ?? '')) return first.plus({ days: (6 - first.weekday + 7) % 7 });
      const last = first.endOf('month').startOf('day');
      return last.minus({ days: (last.weekday - 6 + 7) % 7 });
    };
    return dayOf(nextOnCalendar(localNow(context), monthNumber(match[2] ?? ''), saturday));
  },
};

/** "the 2nd tuesday of feb", "the last friday of the month": chrono reads the weekday alone, a day that is not meant. */
const weekdayOfMonth: Parser = {
  pattern: () => new RegExp(String.raw`\b(?:the\s+)?${NTH_WEEKDAY_OF_MONTH}`, 'i'),
  extract: (context, match) => dayOf(nthWeekdayFrom(match[1] ?? '', match[2] ?? '', match[3] ?? '', localNow(context).startOf('day'))),
};

/** "the end of jan", "end of feb": that month's last day (chrono reads the month's name in full only, and not always). */
const monthEnd: Parser = {
  pattern: () => new RegExp(String.raw`\b(?:the\s+)?end\s+of\s+(${MONTH_WORD})\b`, 'i'),
  extract: (context, match) =>
    dayOf(nextOnCalendar(localNow(context), monthNumber(match[1] ?? ''), (first) => first.endOf('month').startOf('day'))),
};

/** "the 20 of this month", "on 5 of next month": a day of the month in digits without its suffix. */
const bareDayOfMonth: Parser = {
  pattern: () => /\b(?:the\s+)?([1-9]|[12]\d|3[01])\s+of\s+(this|next)\s+month\b/i,
  // As "the 20th of this month" reads: a day already past this month is next month's.
  extract: (context, match) => {
    const now = localNow(context).startOf('day');
    const next = /^next$/i.test(match[2] ?? '');
    const dayIn = (month: DateTime) => month.set({ day: Math.min(Number(match[1]), month.daysInMonth ?? 28) });
    const said = dayIn(now.startOf('month').plus({ months: next ? 1 : 0 }));
    return dayOf(next || said >= now ? said : dayIn(now.startOf('month').plus({ months: 1 })));
  },
};

/**
 * "the end of Q1", "the end of the second quarter", "end of the quarter": the last day of that calendar quarter, the
 * next one to come (the end of Q1 said in May is next year's).
 */
const QUARTERS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const quarterEnd: Parser = {
  pattern: () =>
    /\b(?:the\s+)?end\s+of\s+(?:q([1-4])\b|(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th)\s+quarter\b|(?:the\s+|this\s+)?quarter\b)/i,
  extract: (context, match) => {
    const today = localNow(context).startOf('day');
    const named = match[1] ? Number(match[1]) : match[2] ? (QUARTERS[match[2].toLowerCase()] ?? 0) : today.quarter;
    const end = today
      .set({ month: named * 3 })
      .endOf('month')
      .startOf('day');
    return dayOf(end < today ? end.plus({ years: 1 }).endOf('month').startOf('day') : end);
  },
};

/**
 * "3 weeks from today", "a month from tomorrow", "10 days from now", "3 weeks from sunday": chrono reads the day alone
 * ("today", "sunday") or not at all, so a sentence kept the span in its title and said the wrong day. A weekday is the
 * next to come, as it is alone.
 */
const SPAN_COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
const spanFromDay: Parser = {
  pattern: () =>
    /\b(?:in\s+)?(an?|one|two|three|four|five|six|\d{1,3})\s+(days?|weeks?|wks?|w|fortnights?|months?|mths?|mos?|years?)\s+from\s+(today|tomorrow|tmr|now|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?)\b/i,
  extract: (context, match) => {
    const count = SPAN_COUNT[match[1]?.toLowerCase() ?? ''] ?? Number(match[1]);
    const unit = (match[2] ?? 'day').toLowerCase();
    const day = (match[3] ?? '').toLowerCase();
    const today = localNow(context).startOf('day');
    const weekday = /^(?:today|tomorrow|tmr|now)$/.test(day) ? 0 : WEEKDAY_NAMES.findIndex((name) => name.startsWith(day.slice(0, 3))) + 1;
    const from = weekday
      ? today.plus({ days: (weekday - today.weekday + 7) % 7 || 7 })
      : today.plus({ days: /^t/i.test(day) && day !== 'today' ? 1 : 0 });
    // "wks" and "mths" reach here as chrono's own short spellings, "w" and "mos".
    const span = /^f/.test(unit)
      ? { weeks: 2 * count }
      : /^w/.test(unit)
        ? { weeks: count }
        : /^m/.test(unit)
          ? { months: count }
          : /^y/.test(unit)
            ? { years: count }
            : { days: count };
    return dayOf(from.plus(span));
  },
};

/** "mid next month", "the middle of next month": its 15th; "early next month" its 1st, "late next month" its 21st. */
const partOfNextMonth: Parser = {
  pattern: () => /\b(?:(early|mid|late)[\s-]+|(?:the\s+)?middle\s+of\s+)next\s+month\b/i,
  extract: (context, match) => {
    const day = { early: 1, late: 21 }[(match[1] ?? '').toLowerCase()] ?? 15;
    return dayOf(localNow(context).startOf('month').plus({ months: 1 }).set({ day }));
  },
};

/** "early next week" is its Monday, "mid next week" its Wednesday, "late next week" its Friday. */
const partOfNextWeek: Parser = {
  pattern: () => /\b(early|mid|late|later)[\s-]+next\s+week\b/i,
  extract: (context, match) => {
    const monday = localNow(context).startOf('week').plus({ weeks: 1 });
    return dayOf(monday.plus({ days: { early: 0, mid: 2 }[(match[1] ?? '').toLowerCase()] ?? 4 }));
  },
};

/** "the weekend after next": a week after the one "next weekend" names. */
const weekendAfterNext: Parser = {
  pattern: () => /\b(?:the\s+)?weekend\s+after\s+next\b/i,
  extract: (context) => {
    const [next] = chrono.casual.parse('next weekend', context.reference);
    if (!next) return null;
    const saturday = DateTime.fromObject(
      { year: next.start.get('year') ?? 0, month: next.start.get('month') ?? 0, day: next.start.get('day') ?? 0 },
      { zone: localNow(context).zone },
    );
    return dayOf(saturday.plus({ weeks: 1 }));
  },
};

/**
 * "the monday after next", "tuesday after next": a week after the one that weekday alone names (the next to come; said on
 * a Monday, "monday" is a week out), as "monday week" is.
 */
const weekdayAfterNext: Parser = {
  pattern: () => /\b(?:the\s+)?(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\s+after\s+next\b/i,
  extract: (context, match) => {
    const weekday = WEEKDAY_NAMES.findIndex((name) => name.startsWith(match[1]?.toLowerCase().slice(0, 3) ?? '')) + 1;
    const today = localNow(context).startOf('day');
    const ahead = (weekday - today.weekday + 7) % 7 || 7;
    return dayOf(today.plus({ days: ahead + 7 }));
  },
};

/** "the week after next": a week after the day "next week" names, as "in two weeks" is. */
const weekAfterNext: Parser = {
  pattern: () => /\b(?:the\s+)?week\s+after\s+next\b/i,
  extract: (context) => {
    const [next] = chrono.casual.parse('next week', context.reference);
    if (!next) return null;
    const day = DateTime.fromObject(
      { year: next.start.get('year') ?? 0, month: next.start.get('month') ?? 0, day: next.start.get('day') ?? 0 },
      { zone: localNow(context).zone },
    );
    return dayOf(day.plus({ weeks: 1 }));
  },
};

/**
 * "the start of next month", "the first day of next month", "the beginning of the week": the period's first day, a
 * week's Monday. Said of the current period ("the start of the month" on the 22nd) it is the next start: a date for a
 * task lies ahead. "the start of last week" is the one before (a bound of a question about it).
 */
const startOfPeriod: Parser = {
  // Followed by the sentence's end or what follows a date, never by a noun: "the start of the year report" is a title.
  pattern: () =>
    /\b(?:the\s+)?(?:start|beginning|first\s+day)\s+of\s+(?:the\s+|this\s+|(next|last)\s+)?(week|month|year)(?=\s*(?:$|[,.;:!?)]|(?:at|around|by|from|for|in|on|to|and|with|please|pls|thanks|remind|every)\b|\d))/i,
  extract: (context, match) => {
    const unit = (match[2]?.toLowerCase() ?? 'week') as 'week' | 'month' | 'year';
    const today = localNow(context).startOf('day');
    const current = today.startOf(unit);
    if (/^last$/i.test(match[1] ?? '')) return dayOf(current.minus({ [`${unit}s`]: 1 }));
    return dayOf(match[1] || current < today ? current.plus({ [`${unit}s`]: 1 }) : current);
  },
};

/** "this time next week", "this time tomorrow": the same hour, a span on. */
const thisTimeNext: Parser = {
  pattern: () => /\bthis\s+time\s+(tomorrow|next\s+(week|month|year))\b/i,
  extract: (context, match) => {
    const unit = (match[2]?.toLowerCase() ?? 'day') as 'day' | 'week' | 'month' | 'year';
    return dayOf(localNow(context).plus({ [`${unit}s`]: 1 }), true);
  },
};

/**
 * The year's days people plan around, said after a word that makes them a date ("before christmas", "by new year", "on
 * boxing day", "by easter") or alone as the whole date, never inside a title: "buy christmas cards" and "order the
 * easter eggs" keep their words. "Before" is the day before; "by" is the day itself, as "by friday" is; "after christmas"
 * names no one day, and is asked.
 */
const HOLIDAYS: Record<string, { month: number; day: number }> = {
  'christmas eve': { month: 12, day: 24 },
  christmas: { month: 12, day: 25 },
  'christmas day': { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 },
  "new year's eve": { month: 12, day: 31 },
  'new year': { month: 1, day: 1 },
  "new year's day": { month: 1, day: 1 },
  "valentine's day": { month: 2, day: 14 },
  halloween: { month: 10, day: 31 },
};

/** The days around Easter, counted from Easter Sunday, which moves from year to year. */
const EASTER_DAYS: Record<string, number> = {
  'good friday': -2,
  'easter saturday': -1,
  easter: 0,
  'easter sunday': 0,
  'easter day': 0,
  'easter monday': 1,
};

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
function easterSunday(now: DateTime, year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return now.set({ year, month, day: ((h + l - 7 * m + 114) % 31) + 1 }).startOf('day');
}

/** The next such day around Easter from today on: this year's, or next year's once it has gone. */
function nextAroundEaster(now: DateTime, offset: number): DateTime {
  const thisYear = easterSunday(now, now.year).plus({ days: offset });
  return thisYear >= now.startOf('day') ? thisYear : easterSunday(now, now.year + 1).plus({ days: offset });
}

const holiday: Parser = {
  pattern: () =>
    /(?:\b(before|by|on|at|until|till|over)\s+|^)((?:christmas|xmas)(?:\s+(?:eve|day))?|boxing\s+day|valentine'?s(?:\s+day)?|halloween|new\s+year(?:'?s)?(?:\s+(?:eve|day))?|good\s+friday|easter(?:\s+(?:saturday|sunday|day|monday))?)\b/i,
  extract: (context, match) => {
    const name = (match[2] ?? '')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^xmas/, 'christmas')
      .replace(/^new years?'?s?(?= (?:eve|day)$)/, "new year's")
      .replace(/^new years?'?s?$/, 'new year')
      .replace(/^valentine'?s(?: day)?$/, "valentine's day");
    const date = HOLIDAYS[name];
    const aroundEaster = EASTER_DAYS[name];
    // Said alone, the holiday is the whole date, maybe with its time after it ("christmas at 5pm", "christmas 24:00").
    const rest = context.text.slice((match.index ?? 0) + match[0].length);
    const alone = match[1] === undefined;
    if ((!date && aroundEaster === undefined) || (alone && !/^\s*(?:(?:at|@)\s*)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?)?\s*$/i.test(rest)))
      return null;
    const day = date
      ? nextOnCalendar(localNow(context), date.month, (first) => first.set({ day: date.day }))
      : nextAroundEaster(localNow(context), aroundEaster ?? 0);
    return dayOf(/^before$/i.test(match[1] ?? '') ? day.minus({ days: 1 }) : day);
  },
};

/** "tonite", "2nite": tonight as people text it (chrono reads only "tonight"), today with its hour implied (22:00). */
const textedTonight: Parser = {
  pattern: () => new RegExp(String.raw`\b${TEXTED_TONIGHT}(?=\W|$)`, 'i'),
  // The tag is chrono's own for "tonight": a bare hour said after it ("tonite at 8") is then read in the evening.
  extract: (context) =>
    context
      .createParsingComponents(dayOf(localNow(context)))
      .imply('hour', 22)
      .imply('meridiem', Meridiem.PM)
      .addTag('casualReference/tonight'),
};

/** "tdy", and "2day", which the date reader spells "tdy" (chrono would read two days): today. */
const textedToday: Parser = {
  pattern: () => /\btdy(?=\W|$)/i,
  extract: (context) => context.createParsingComponents(dayOf(localNow(context))).addTag('casualReference/today'),
};

/**
 * "in 3 business days", "5 working days from now": that many weekdays on from today (Saturdays and Sundays are not
 * counted, nor is today; public holidays differ by country and are not known here).
 */
const workingDays: Parser = {
  pattern: () =>
    new RegExp(
      String.raw`\b(?:in\s+|within\s+)?(\d{1,2}|${COUNT_WORD})\s+(?:business|working|work|week)[\s-]?days?(?:\s+(?:from\s+(?:now|today)|time))?\b`,
      'i',
    ),
  extract: (context, match) => {
    const count = numberOf(match[1] ?? '');
    if (count === undefined) return null;
    let day = localNow(context).startOf('day');
    for (let left = count; left > 0; ) {
      day = day.plus({ days: 1 });
      if (day.weekday <= 5) left -= 1;
    }
    return dayOf(day);
  },
};

export const CALENDAR_PHRASES: Parser[] = [
  workingDays,
  textedTonight,
  textedToday,
  partOfMonth,
  bareDayOfMonth,
  monthEnd,
  weekdayOfMonth,
  quarterEnd,
  spanFromDay,
  weekendOfMonth,
  partOfNextWeek,
  partOfNextMonth,
  weekAfterNext,
  weekendAfterNext,
  weekdayAfterNext,
  thisTimeNext,
  startOfPeriod,
  holiday,
];

import { DateTime } from 'luxon';
import { MONTH_WORD, TEXTED_TONIGHT } from '../assistant/calendar-words.ts';
import { DateParseError, dateReader, daysInDigits, NUMBERED_NOUN_BEFORE, readOrUndefined, resolveDate } from '../assistant/dates.ts';
import { DEFAULT_HOUR } from '../assistant/default-time.ts';
import { nextDueDate } from '../tasks/recurrence.ts';
import type { Match } from './quick-add-syntax.ts';

export interface DateMatch extends Match {
  /** The phrase names a day ("friday", "the 20th"), not only a time ("5pm", "tonight"). */
  hasDay: boolean;
  /** A weekday said alone, without a time ("on thursday"): read again with the time the task gets (see dayAt). */
  weekdayAlone?: string;
}

/** Words that join a date to the title ("due by friday", "at 5pm"): they go with the date, not into the title. */
const FILLER_BEFORE =
  /(?:^|\s)((?:(?:due(?:\s+(?:on|by|at|before))?|by|on|at|@|for|until|till|before|starting|from|beginning|over|during)(?:\s+the)?|(?:this\s+)?coming|later|first\s+thing|(?<!\bme\s+)some\s*time|w\/c|(?:the\s+)?week\s+(?:commencing|beginning|of))\s+)$/iu;
/** A day of the month alone ("the 5th", "on 5th"), maybe with a time: chrono does not read these; resolveDate does. */
const DAY_OF_MONTH = new RegExp(
  String.raw`\b(the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+next\s+month|(?:\s+of)?\s+${MONTH_WORD}\b)?(?:\s+at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?|\s+\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm))?(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * "the 2nd" is a day only after a word that leads to a date ("on the 20th", "by the 5th") or when nothing of the
 * title follows it ("pay the card the 20th"): in "fix the 2nd floor light" it is part of the title.
 */
const DATE_LEAD = /(?:^|\s)(?:on|by|due|until|till|before|from|starting|for|through|thru|ending)\s+$/iu;
const WEEKDAY_BEFORE = /(?<=^|\s)((?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?,?\s+)$/iu;
const TIME_BEFORE = /(?:^|\s)(?:at\s+)?(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})\s+$/iu;
const TITLE_WORD_AFTER = /^\s*[\p{L}\p{N}]/u;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH_WORD}\s+$`, 'iu');
/** A month named alone ("march", "May") is a date only after a word that leads to one: "until march", "in may". */
const MONTH_ALONE = new RegExp(`^${MONTH_WORD}$`, 'iu');
const DURATION_ALONE =
  /^(?:the\s+)?\d+\s*(?:m|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)(?:\s+(?:before|after|earlier))?$/iu;
/**
 * A month alone after a word that leads to a date ("until may", "in april"): its next 1st. chrono does not read
 * "may" alone (it is mostly a verb), and reads the others only without the lead.
 */
const MONTH_AFTER_LEAD = new RegExp(
  String.raw`(?<=(?:^|\s)(?:in|by|due|until|till|before|from|starting|through|thru|ending)\s+)(${MONTH_WORD})\b(?!\s*\d)`,
  'giu',
);
/**
 * A month's name said with no day, year or word leading to it is a person's ("call May at 4pm", "lunch with June at
 * noon"), and so is one after a title ("Dr. May 4"): chrono would read it as the month's 1st and take the name from the
 * title. Such names are blanked (same length, so spans hold) before chrono reads the line.
 */
const EVERY_MONTH_WORD = new RegExp(String.raw`\b${MONTH_WORD}\b`, 'giu');
const TITLE_OF_PERSON_BEFORE = /(?:^|\s)(?:dr|mr|mrs|ms|mx|miss|prof|aunt|auntie|uncle)\.?\s+$/iu;
const LEADS_TO_MONTH =
  /(?:^|[\s-])(?:in|on|by|due|until|till|before|after|since|from|starting|through|thru|ending|of|mid|early|late|during|next|this|last|for)\s*$/iu;
const DAY_AFTER_MONTH = /^\s*,?\s*(?:the\s+)?\d/u;
const DAY_BEFORE_MONTH = /\d(?:st|nd|rd|th)?\s*(?:of\s+)?$/iu;

function withoutPeopleNamedAsMonths(text: string): string {
  return text.replace(EVERY_MONTH_WORD, (word: string, offset: number) => {
    const before = text.slice(0, offset);
    const after = text.slice(offset + word.length);
    const dated = LEADS_TO_MONTH.test(before) || DAY_AFTER_MONTH.test(after) || DAY_BEFORE_MONTH.test(before);
    return TITLE_OF_PERSON_BEFORE.test(before) || !dated ? ' '.repeat(word.length) : word;
  });
}

/** A word after a time that is no date word: the noun the time belongs to ("the 3pm meeting"). */
const NOUN_AFTER =
  /^\s+(?!(?:on|at|this|next|tomorrow|today|tonight|tmrw|tmr|every|each|mon|tue|wed|thu|fri|sat|sun)\p{L}*(?![\p{L}\p{N}]))\p{L}/iu;

/** Words that point a weekday back in time: without them a weekday already past today means next week's. */
const PAST_WORDS = /\b(?:last|ago|yesterday|previous)\b/iu;

function toMatch(
  text: string,
  start: number,
  end: number,
  timeZone: string,
  now: Date,
  hasDay: boolean,
  phrase = text.slice(start, end),
): DateMatch | undefined {
  let value: Date;
  try {
    value = resolveDate(phrase, timeZone, now);
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
  const found: DateMatch[] = [
    ...findFourDigitClocks(text, timeZone, now),
    ...findSpansFrom(text, timeZone, now),
    ...findEndsOf(text, timeZone, now),
    ...findMonthsAlone(text, timeZone, now),
  ];
  // Days of the month before "next month" alone: "the 5th of next month" is one date. Said in words ("on the first"),
  // read in digits: the spans are the same.
  const digits = daysInDigits(text);
  for (const match of digits.matchAll(DAY_OF_MONTH)) {
    let end = match.index + match[0].length;
    // The spaces that pad a day said in words are its letters in the line.
    while (end < text.length && digits[end] === ' ' && text[end] !== ' ') end += 1;
    if (found.some((other) => match.index < other.end && other.start < end)) continue;
    const lead = DATE_LEAD.test(text.slice(0, match.index)) || WEEKDAY_BEFORE.test(text.slice(0, match.index));
    if (!lead && TITLE_WORD_AFTER.test(text.slice(end))) continue;
    // Without "the" ("pay rent on 1st", "meeting 5th at noon") only when nothing of the title follows: "on 2nd floor".
    if (!match[1] && TITLE_WORD_AFTER.test(text.slice(end)) && !/^\s+(?:at|@)\s/iu.test(text.slice(end))) continue;
    // "feb the 3rd": the month goes with it, as chrono reads it.
    if (MONTH_BEFORE.test(text.slice(0, match.index))) continue;
    // "on tuesday the 27th": the weekday only agrees with the day, and goes with it.
    const weekday = WEEKDAY_BEFORE.exec(text.slice(0, match.index))?.[1] ?? '';
    // "11am 3rd May": a time said just before the day is that day's.
    const time = weekday ? undefined : TIME_BEFORE.exec(text.slice(0, match.index));
    const date = time?.[1]
      ? toMatch(digits, time.index + time[0].indexOf(time[1]), end, timeZone, now, true, `${digits.slice(match.index, end)} at ${time[1]}`)
      : toMatch(digits, match.index - weekday.length, end, timeZone, now, true);
    if (date) found.push(date);
  }
  for (const match of findNextPeriods(text, timeZone, now)) {
    if (!found.some((other) => match.start < other.end && other.start < match.end)) found.push(match);
  }
  const offset = DateTime.fromJSDate(now, { zone: timeZone }).offset;
  for (const result of dateReader.parse(withoutPeopleNamedAsMonths(text), { instant: now, timezone: offset }, { forwardDate: true })) {
    // chrono may take the space or bracket before a date, or the comma, full stop or bracket after it ("by friday, …",
    // "(friday)"): those stay the title's.
    const phrase = result.text.replace(/^[\s([]+/u, '');
    const start = result.index + (result.text.length - phrase.length);
    const end = start + phrase.trimEnd().replace(/[,;.)\]]+$/u, '').length;
    // Two letters, a lone number or "a day" are too often words of the title ("at 3" of something, "sat", "twice a day").
    if (result.text.trim().length < 3 || /^(?:\d+|(?:an?|one)\s+(?:day|week|month|year))$/iu.test(result.text.trim())) continue;
    // A time of day alone is too often the title's ("the night before the flight"); "tonight", "this evening" are read.
    if (/^(?:morning|afternoon|evening|night)$/iu.test(phrase.trim())) continue;
    // A length alone ("meditate 10 min", "read 30 min before bed") is how long, not when: "in 10 min" is when.
    if (DURATION_ALONE.test(phrase.trim())) continue;
    if (found.some((other) => start < other.end && other.start < end)) continue;
    if (MONTH_ALONE.test(text.slice(start, end))) continue;
    // "plan the weekend": a span named alone is the title's, unless a word leads to it ("over the weekend"); "for" a
    // week, month or year says what for or how long ("plan meals for the week"), never when.
    if (/^(?:the\s+)?(?:weekend|week|month|year)$/iu.test(phrase.trim())) {
      const lead = FILLER_BEFORE.exec(text.slice(0, start))?.[1];
      if (!lead || (/^for\b/iu.test(lead) && !/weekend/iu.test(phrase))) continue;
    }
    // A month alone names its first day ("until march").
    const hasDay = result.start.isCertain('day') || result.start.isCertain('weekday') || result.start.isCertain('month');
    // "the 7:30 show", "about the 3pm meeting": a time said before a noun names that thing, and stays in the title.
    if (!hasDay && /^the\s+\d/iu.test(phrase) && NOUN_AFTER.test(text.slice(end))) continue;
    const date = toMatch(text, start, end, timeZone, now, hasDay);
    // A weekday that is today ("thursday 10am" typed on a Thursday afternoon) is read by resolveDate, as in chat.
    const bareWeekday = result.start.isCertain('weekday') && !result.start.isCertain('day') && !result.start.isCertain('hour');
    if (date && bareWeekday && !DAY_PART_WORD.test(phrase)) date.weekdayAlone = text.slice(start, end);
    // A day before today without a year of four digits is a misreading ("sep 15 jan 15" as 15 January 2015), unless
    // the words point back.
    const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
    if (date && new Date(date.value) < today.toJSDate() && !/\d{4}/u.test(phrase) && !PAST_WORDS.test(phrase)) continue;
    if (date) found.push(date);
  }
  return found.sort((a, b) => a.start - b.start);
}

const AMOUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
/** "a week from today", "3 days from tomorrow", "2 hours from now": chrono reads only the day at the end. */
const SPAN_FROM =
  /\b(an?|one|two|three|four|five|six|\d{1,3})\s+(minute|min|hour|hr|day|week|wk|month|mth|mo|year|yr)s?\s+from\s+(today|tomorrow|now)\b/giu;
const UNIT: Record<string, string> = { min: 'minute', hr: 'hour', wk: 'week', mth: 'month', mo: 'month', yr: 'year' };

function findSpansFrom(text: string, timeZone: string, now: Date): DateMatch[] {
  return [...text.matchAll(SPAN_FROM)].map((match) => {
    const amount = AMOUNT[(match[1] ?? '').toLowerCase()] ?? Number(match[1]);
    const said = (match[2] ?? 'day').toLowerCase();
    const unit = `${UNIT[said] ?? said}s`;
    const base = (match[3] ?? '').toLowerCase();
    const local = DateTime.fromJSDate(now, { zone: timeZone });
    // From a day, or days or more from now, the result is a day (at 09:00, as "in 6 months" is); minutes or hours
    // from now, an instant.
    const start =
      base === 'now' && (unit === 'minutes' || unit === 'hours')
        ? local
        : local
            .startOf('day')
            .plus({ days: base === 'tomorrow' ? 1 : 0 })
            .set({ hour: DEFAULT_HOUR });
    const value = start
      .plus({ [unit]: amount })
      .toJSDate()
      .toISOString();
    return { start: match.index, end: match.index + match[0].length, value, hasDay: true };
  });
}

/**
 * "end of (the) week" is this week's Friday, "end of (the) month" its last day, "end of (the) year" 31 December, at
 * 09:00 (the next one once past); "end of next week" is next week's Friday, and so on.
 */
const END_OF = /\b(?:by\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(next)\s+)?(week|month|year)|eo(w|m|y))\b/giu;
const END_OF_SHORT: Record<string, 'week' | 'month' | 'year'> = { w: 'week', m: 'month', y: 'year' };

function findEndsOf(text: string, timeZone: string, now: Date): DateMatch[] {
  return [...text.matchAll(END_OF)].map((match) => {
    const local = DateTime.fromJSDate(now, { zone: timeZone });
    const period = END_OF_SHORT[match[3]?.toLowerCase() ?? ''] ?? ((match[2]?.toLowerCase() ?? 'week') as 'week' | 'month' | 'year');
    const end = (from: DateTime) =>
      (period === 'week' ? from.startOf('week').plus({ days: 4 }) : from.endOf(period).startOf('day')).set({ hour: DEFAULT_HOUR });
    let value = end(match[1] ? local.plus({ [`${period}s`]: 1 }) : local);
    if (value < local) value = end(local.plus({ [`${period}s`]: 1 }));
    return { start: match.index, end: match.index + match[0].length, value: value.toJSDate().toISOString(), hasDay: true };
  });
}

/**
 * "0730 tomorrow", "fri 1830": a time on the 24-hour clock without its colon, said next to its day, as rotas write it
 * (chat reads it the same way). Four digits alone stay the title's ("the 2026 return"), as do a numbered thing's ("room 1204 tomorrow").
 */
const DAY_WORD = '(?:today|tonight|tomorrow|tmrw|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?)';
const FOUR_DIGITS_BY_A_DAY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:([01]\d|2[0-3])([0-5]\d)\s+(${DAY_WORD})|(${DAY_WORD}),?\s+(?:at\s+)?([01]\d|2[0-3])([0-5]\d))(?![\p{L}\p{N}:.])`,
  'giu',
);

function findFourDigitClocks(text: string, timeZone: string, now: Date): DateMatch[] {
  return [...text.matchAll(FOUR_DIGITS_BY_A_DAY)].flatMap((match) => {
    // "call room 1204 tomorrow": the number of a numbered thing is its own.
    if (match[1] && NUMBERED_NOUN_BEFORE.test(text.slice(0, match.index))) return [];
    const [hour, minute, day] = match[1] ? [match[1], match[2], match[3]] : [match[5], match[6], match[4]];
    const end = match.index + match[0].length;
    return toMatch(text, match.index, end, timeZone, now, true, `${day} at ${hour}:${minute}`) ?? [];
  });
}

function findMonthsAlone(text: string, timeZone: string, now: Date): DateMatch[] {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  return [...text.matchAll(MONTH_AFTER_LEAD)].map((match) => {
    const month = DateTime.fromFormat((match[1] ?? '').slice(0, 3), 'LLL', { locale: 'en' }).month;
    let first = today.set({ month, day: 1, hour: DEFAULT_HOUR });
    if (first < today) first = first.plus({ years: 1 });
    // "in" goes with the month here (before other dates it is too often the title's: "check in friday").
    const lead = /(?:^|\s)((?:in|due|by|until|till|before|from|starting)\s+)$/iu.exec(text.slice(0, match.index))?.[1] ?? '';
    return { start: match.index - lead.length, end: match.index + match[0].length, value: first.toJSDate().toISOString(), hasDay: true };
  });
}

/**
 * "next week" is next Monday, "next month" the 1st of next month, at 09:00 (chrono reads both as a week or month from
 * now); "the start of next month" says the same day.
 */
const NEXT_PERIOD =
  /\b(?:(?:the\s+)?(?:start|beginning|first\s+day)\s+of\s+)?next\s+(week|month)\b(\s+(?:at\s+|@\s*)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})(?![\p{L}\p{N}]))?/giu;

function findNextPeriods(text: string, timeZone: string, now: Date): DateMatch[] {
  return [...text.matchAll(NEXT_PERIOD)].flatMap((match) => {
    const unit = match[1]?.toLowerCase() === 'week' ? 'week' : 'month';
    const day = DateTime.fromJSDate(now, { zone: timeZone })
      .startOf(unit)
      .plus({ [`${unit}s`]: 1 });
    // "next week 10am": that day at the time said with it, read as any time is.
    const time = match[2]?.trim();
    const value = time
      ? readOrUndefined(`${day.toFormat('LLLL d yyyy')} ${time}`, timeZone, now)
      : day.set({ hour: DEFAULT_HOUR }).toJSDate();
    if (!value) return [];
    const filler = FILLER_BEFORE.exec(text.slice(0, match.index))?.[1] ?? '';
    return [{ start: match.index - filler.length, end: match.index + match[0].length, value: value.toISOString(), hasDay: true }];
  });
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

/** An hour said without am/pm: "at 3", "@ 5", "3:30" (not "03:30", "15:00", "5pm"). */
const BARE_HOUR =
  /(?:\bat\s+|@\s*)(1[0-2]|[1-9])(?::[0-5]\d)?(?![\d:]|\s*(?:[ap]\.?m\b|h\b))|(?<![\d:/.-])(1[0-2]|[1-9]):[0-5]\d(?![\d:]|\s*[ap]\.?m\b)/iu;
const DAY_PART_WORD = new RegExp(String.raw`\b(?:morning|afternoon|evening|night|tonight|${TEXTED_TONIGHT}|noon|midnight)\b`, 'iu');

/**
 * Whether `phrase` says an hour without am/pm and without a part of the day ("at 6", "3:30"; not "6pm", "18:00",
 * "at 6 in the evening"). resolveDate reads such an hour alone (1 to 6 after noon); a rule's part of the day
 * overrides it ("every morning at 6").
 */
export function hasBareHour(phrase: string): boolean {
  return BARE_HOUR.test(phrase) && !DAY_PART_WORD.test(phrase);
}

/** The next time `clock` comes round in the user's zone: today when still to come, else tomorrow. */
export function nextAt(now: Date, clock: [number, number], timeZone: string): Date {
  const today = atTimeOf(now, clock, timeZone);
  return today > now ? today : DateTime.fromJSDate(today, { zone: timeZone }).plus({ days: 1 }).toJSDate();
}

/**
 * The day named at `clock`. A weekday said alone is read again with that time, so that resolveDate's rule for a weekday
 * that is today sees the time the task gets: "thursday … 5pm" typed on a Thursday at 3pm is today, not next week.
 */
export function dayAt(day: DateMatch, clock: [number, number], timeZone: string, now: Date): Date {
  if (day.weekdayAlone) {
    const time = `${String(clock[0]).padStart(2, '0')}:${String(clock[1]).padStart(2, '0')}`;
    try {
      return resolveDate(`${day.weekdayAlone} ${time}`, timeZone, now);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
    }
  }
  return atTimeOf(new Date(day.value), clock, timeZone);
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

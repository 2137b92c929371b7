import { DateTime } from 'luxon';
import { WEEKDAYS } from '../assistant/interpreter/phrases.ts';
import { NUMBER_WORD, numberOf } from '../assistant/number-words.ts';
import type { Match } from './quick-add-syntax.ts';

// The rules of a quick-add line: `every …`, `every! …`, the words daily/weekly/…, "the last day of every month" (where
// a series ends: quick-add-series-end.ts).

export interface RecurrenceMatch extends Match {
  basis: 'due' | 'completion';
  /** A time of day the phrase itself names ("every evening"), as [hour, minute]. */
  time?: [number, number];
}

const WEEKDAY = '(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?';
const AND = '(?:\\s*(?:,\\s*and|,|and|&|/|\\+)\\s*|\\s+)';
/** "mon wed fri", "tue and thu", "mon, wed and fri". */
const WEEKDAY_LIST = `${WEEKDAY}\\b(?:${AND}${WEEKDAY}\\b)*`;
const ORDINAL = '(?:first|1st|second|2nd|third|3rd|fourth|4th|last)';
const MONTH_DAY = '(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)';
/** "the 15th and 30th", "1st, 15th". */
const MONTH_DAY_LIST = `(?:the\\s+)?${MONTH_DAY}(?:\\s*(?:,\\s*and|,|and|&)\\s*(?:the\\s+)?${MONTH_DAY})*(?![\\p{L}\\p{N}])`;
/** A day a month names: "the 15th and 30th", "last friday", "2nd and 4th thursday", "first day". */
const DAY_OF_MONTH_PHRASE = `${ORDINAL}(?:\\s*(?:,\\s*and|,|and|&)\\s*${ORDINAL})*\\s+${WEEKDAY}\\b|(?:first|last)\\s+day\\b|${MONTH_DAY_LIST}`;
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const OF_MONTH = '(?:\\s+(?:of|in)\\s+(?:the|every|each)\\s+month)?';
/** Units of a rule's period, as typed: "every 3 days", "every other wk", "every 6 mo". */
const UNIT = '(day|week|wk|month|mth|mo|quarter|qtr|year|yr)s?\\b';
const UNIT_NAME: Record<string, string> = { wk: 'week', mth: 'month', mo: 'month', qtr: 'quarter', yr: 'year' };
const unitOf = (word: string) => UNIT_NAME[word.toLowerCase()] ?? word.toLowerCase();
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };
/** "every other week": every second one. */
const OTHER: Record<string, number> = { other: 2, alternate: 2 };
const FREQ: Record<string, string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', quarter: 'MONTHLY', year: 'YEARLY' };
const KEYWORD: Record<string, string> = {
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  yearly: 'FREQ=YEARLY',
  annually: 'FREQ=YEARLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
  'bi-weekly': 'FREQ=WEEKLY;INTERVAL=2',
  fortnightly: 'FREQ=WEEKLY;INTERVAL=2',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
};
const WORK_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const ALL_DAYS = [...WORK_DAYS, 'SA', 'SU'];
const DAY_PART_TIME: Record<string, [number, number]> = { morning: [9, 0], afternoon: [15, 0], evening: [20, 0], night: [22, 0] };

/** "… evening" after the days: a time of day for the series. */
const DAY_PART = '(?:\\s+(morning|afternoon|evening|night))?\\b';
const dayPart = (word: string | undefined) => {
  const time = word ? DAY_PART_TIME[word.toLowerCase()] : undefined;
  return time ? { time } : {};
};
const dayCode = (word: string) => {
  const lower = word.toLowerCase().replace(/s$/, '');
  return WEEKDAYS[lower] ?? WEEKDAYS[lower.slice(0, 3)];
};
const dayList = (text: string) =>
  [...text.matchAll(new RegExp(WEEKDAY, 'giu'))]
    .map((day) => dayCode(day[0]))
    .filter(Boolean)
    .join(',');
const monthDayList = (text: string) => [...text.matchAll(/(\d+)(?:st|nd|rd|th)/giu)].map((day) => day[1]).join(',');
const monthNumber = (word: string) => DateTime.fromFormat(word.slice(0, 3), 'LLL', { locale: 'en' }).month;
const countOf = (word: string) => (/^couple/i.test(word) ? 2 : (OTHER[word.toLowerCase()] ?? numberOf(word) ?? 0));
/** INTERVAL=n only when it is not 1. */
const interval = (n: number) => (n === 1 ? '' : `;INTERVAL=${n}`);

type Form = [RegExp, (match: RegExpExecArray) => { rule: string; time?: [number, number] } | undefined];

/** What follows "every": a rule and maybe a time of day, or undefined. Longest forms first. */
const EVERY_FORMS: Form[] = [
  [
    // "every first workday", "every last working day of the month": the month's first or last weekday, as the chat reads it.
    /^(first|1st|last)\s+(?:workday|work\s+day|working\s+day|business\s+day|weekday)(?:\s+of\s+(?:the|every|each)\s+month)?\b/iu,
    (m) => ({ rule: `FREQ=MONTHLY;BYDAY=${WORK_DAYS.join(',')};BYSETPOS=${/^last$/iu.test(m[1] ?? '') ? -1 : 1}` }),
  ],
  [
    // "every 2nd day", "every third week": an ordinal before a unit counts periods, not days of the month.
    new RegExp(`^(2nd|second|3rd|third|4th|fourth)\\s+${UNIT}(?!\\s+(?:of|on)\\b)`, 'iu'),
    (m) => {
      const n = ORDINALS[(m[1] ?? '').toLowerCase()] ?? 1;
      const freq = FREQ[unitOf(m[2] ?? '')];
      const months = unitOf(m[2] ?? '') === 'quarter' ? 3 : 1;
      return freq ? { rule: `FREQ=${freq};INTERVAL=${n * months}` } : undefined;
    },
  ],
  [
    new RegExp(`^(first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+(${WEEKDAY})\\b${OF_MONTH}`, 'iu'),
    (m) => {
      const n = ORDINALS[(m[1] ?? '').toLowerCase()];
      const day = dayCode(m[2] ?? '');
      return n && day ? { rule: `FREQ=MONTHLY;BYDAY=${n}${day}` } : undefined;
    },
  ],
  [
    // "every first of the month": its first day.
    new RegExp(`^(?:month\\s+on\\s+the\\s+)?(first|last)(?:\\s+day${OF_MONTH}|\\s+(?:of|in)\\s+(?:the|every|each)\\s+month)`, 'iu'),
    (m) => ({ rule: `FREQ=MONTHLY;BYMONTHDAY=${m[1]?.toLowerCase() === 'first' ? 1 : -1}` }),
  ],
  [
    // "every jan 1", "every 25th of december" ("every year on jul 4" is yearly from a due date of Jul 4: the same dates).
    new RegExp(
      `^(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})(?![\\p{L}\\p{N}:])`,
      'iu',
    ),
    (m) => {
      const month = monthNumber(m[1] ?? m[4] ?? '');
      const day = Number(m[2] ?? m[3]);
      const valid = DateTime.fromObject({ year: 2024, month, day }).isValid;
      return valid ? { rule: `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${day}` } : undefined;
    },
  ],
  [
    // "every 2nd and 4th thursday", "every first and third monday of the month".
    new RegExp(`^(${ORDINAL}(?:\\s*(?:,\\s*and|,|and|&)\\s*${ORDINAL})*)\\s+(${WEEKDAY})\\b${OF_MONTH}`, 'iu'),
    (m) => {
      const day = dayCode(m[2] ?? '');
      const nths = [...(m[1] ?? '').matchAll(new RegExp(ORDINAL, 'giu'))].map((nth) => ORDINALS[nth[0].toLowerCase()]);
      return day && nths.every(Boolean) ? { rule: `FREQ=MONTHLY;BYDAY=${nths.map((n) => `${n}${day}`).join(',')}` } : undefined;
    },
  ],
  [
    // "every 2nd week" counts weeks (the forms above), never the 2nd of the month.
    new RegExp(`^${MONTH_DAY_LIST}${OF_MONTH}(?!\\s+(?:weeks?|wks?|days?|months?|years?)\\b)`, 'iu'),
    (m) => ({ rule: `FREQ=MONTHLY;BYMONTHDAY=${monthDayList(m[0])}` }),
  ],
  [
    // "every month the 15": a day of the month said as a bare number, after "the".
    new RegExp(
      String.raw`^(?:(other|alternate|\d{1,3}|${NUMBER_WORD})\s+)?months?\s+(?:on\s+)?the\s+([1-9]|[12]\d|3[01])(?![\p{L}\p{N}:.])`,
      'iu',
    ),
    (m) => ({ rule: `FREQ=MONTHLY${interval(m[1] ? countOf(m[1]) : 1)};BYMONTHDAY=${m[2]}` }),
  ],
  [
    // "every 2 weeks on friday", "every week on monday", "every other week on tue and thu", "every fortnight on
    // thursday", "every 2nd week on wednesday".
    new RegExp(
      `^(?:(?:(other|alternate|\\d{1,3}|${NUMBER_WORD}|2nd|second|3rd|third|4th|fourth)\\s+)?(?:weeks?|wks?)|(fortnight))\\s+on\\s+(?:a\\s+)?(${WEEKDAY_LIST})${DAY_PART}`,
      'iu',
    ),
    (m) => {
      const n = m[2] ? 2 : m[1] ? (ORDINALS[m[1].toLowerCase()] ?? countOf(m[1])) : 1;
      const days = dayList(m[3] ?? '');
      return n && days ? { rule: `FREQ=WEEKLY${interval(n)};BYDAY=${days}`, ...dayPart(m[4]) } : undefined;
    },
  ],
  [
    // "every month on the 15th and 30th", "every 3 months on the 15th", "every quarter on the last friday".
    new RegExp(
      `^(?:(other|alternate|\\d{1,3}|${NUMBER_WORD})\\s+)?(?:months?|(quarters?))\\s+(?:on\\s+)?(?:the\\s+)?(${DAY_OF_MONTH_PHRASE})`,
      'iu',
    ),
    (m) => {
      const n = (m[1] ? countOf(m[1]) : 1) * (m[2] ? 3 : 1);
      const day = m[3] ?? '';
      const every = readEvery(day);
      if (!n || !every || every.length !== day.length) return undefined;
      return { rule: every.rule.replace(/^FREQ=MONTHLY/u, `FREQ=MONTHLY${interval(n)}`) };
    },
  ],
  [
    new RegExp(`^(other|alternate|\\d{1,3}|${NUMBER_WORD}|couple(?:\\s+of)?)\\s+${UNIT}`, 'iu'),
    (m) => {
      const unit = unitOf(m[2] ?? '');
      const n = countOf(m[1] ?? '') * (unit === 'quarter' ? 3 : 1);
      const freq = FREQ[unit];
      if (!freq || !n) return undefined;
      return { rule: n === 1 ? (KEYWORD[`${freq.toLowerCase()}`] ?? `FREQ=${freq}`) : `FREQ=${freq};INTERVAL=${n}` };
    },
  ],
  [
    new RegExp(`^(?:other|alternate)\\s+(${WEEKDAY})\\b${DAY_PART}`, 'iu'),
    (m) => ({ rule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${dayCode(m[1] ?? '')}`, ...dayPart(m[2]) }),
  ],
  [
    // "every weekday except friday", "every day but sunday", "every evening except sunday" (at its time of day).
    new RegExp(
      `^(day|morning|afternoon|evening|night|weekday|wkday|workday|work\\s+day|business\\s+day)s?,?\\s+(?:except|but(?:\\s+not)?|not\\s+on|apart\\s+from)\\s+(?:on\\s+)?(?:the\\s+)?(weekends?|${WEEKDAY_LIST})`,
      'iu',
    ),
    (m) => {
      const except = /^weekends?$/iu.test(m[2] ?? '') ? ['SA', 'SU'] : dayList(m[2] ?? '').split(',');
      const everyDay = /^(?:day|morning|afternoon|evening|night)$/iu.test(m[1] ?? '');
      const days = (everyDay ? ALL_DAYS : WORK_DAYS).filter((day) => !except.includes(day));
      return days.length > 0 ? { rule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`, ...dayPart(m[1]) } : undefined;
    },
  ],
  [
    // "every working day", "every weeknight" (a weekday's evening).
    new RegExp(`^(?:weekday|wkday|workday|work\\s+day|working\\s+day|business\\s+day)s?${DAY_PART}`, 'iu'),
    (m) => ({ rule: `FREQ=WEEKLY;BYDAY=${WORK_DAYS.join(',')}`, ...dayPart(m[1]) }),
  ],
  [/^(?:other|alternate)\s+(?:weekend|wkend)s?\b/iu, () => ({ rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU' })],
  [/^week\s?nights?\b/iu, () => ({ rule: `FREQ=WEEKLY;BYDAY=${WORK_DAYS.join(',')}`, ...dayPart('evening') })],
  [new RegExp(`^(?:weekend|wkend)s?${DAY_PART}`, 'iu'), (m) => ({ rule: 'FREQ=WEEKLY;BYDAY=SA,SU', ...dayPart(m[1]) })],
  [
    // "every mon-fri", "every monday to friday", "every tue through thu": the days from one to the other.
    new RegExp(`^(${WEEKDAY})\\s*(?:-|–|to|through|thru)\\s*(${WEEKDAY})\\b${DAY_PART}`, 'iu'),
    (m) => {
      const from = ALL_DAYS.indexOf(dayCode(m[1] ?? '') ?? '');
      const to = ALL_DAYS.indexOf(dayCode(m[2] ?? '') ?? '');
      if (from < 0 || to < 0) return undefined;
      const days = from <= to ? ALL_DAYS.slice(from, to + 1) : [...ALL_DAYS.slice(from), ...ALL_DAYS.slice(0, to + 1)];
      return { rule: `FREQ=WEEKLY;BYDAY=${days.join(',')}`, ...dayPart(m[3]) };
    },
  ],
  [
    new RegExp(`^(${WEEKDAY_LIST})${DAY_PART}`, 'iu'),
    (m) => {
      const days = dayList(m[1] ?? '');
      return days ? { rule: `FREQ=WEEKLY;BYDAY=${days}`, ...dayPart(m[2]) } : undefined;
    },
  ],
  [/^fortnight\b/iu, () => ({ rule: 'FREQ=WEEKLY;INTERVAL=2' })],
  [
    /^(day|morning|afternoon|evening|night|week|month|quarter|year)\b/iu,
    (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const time = DAY_PART_TIME[word];
      if (time) return { rule: 'daily', time };
      return {
        rule: { day: 'daily', week: 'weekly', month: 'monthly', quarter: 'FREQ=MONTHLY;INTERVAL=3', year: 'FREQ=YEARLY' }[word] ?? 'daily',
      };
    },
  ],
];

/** The first form that reads `text` from its start, with how much of it it read. */
function readEvery(text: string): { length: number; rule: string; time?: [number, number] } | undefined {
  for (const [pattern, read] of EVERY_FORMS) {
    const form = pattern.exec(text);
    const meaning = form ? read(form) : undefined;
    if (form && meaning) return { length: form[0].length, ...meaning };
  }
  return undefined;
}

/** The day said before "every month": "on the last day of every month", "the 15th of each month", "the first monday of every month". */
const DAY_OF_EVERY_MONTH = new RegExp(
  `(?:\\bon\\s+)?\\b(?:the\\s+)?((?:first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+(?:day|${WEEKDAY})|first|last|${MONTH_DAY_LIST})\\s+of\\s+(?:every|each)\\s+month\\b`,
  'giu',
);

/**
 * "daily", "weekly", … used as an adjective ("buy a daily planner", "the weekly newsletter"): an article before it,
 * or a word after it that does not go on about when. Such a word is no rule, nor is a count before it ("twice daily":
 * one task cannot hold two times a day).
 */
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the|my|our|your|their|his|her|this|that|twice|thrice|times)\s+$/iu;
const WORD_AFTER = /^\s+(?!(?:at|on|from|starting|until|till|through|for|in|by|every|each|and|tomorrow|today|tonight|next|this)\b)\p{L}/iu;

const ONCE_PER = /\bonce\s+(?:a|an|per|every)\s+((?:other\s+|\d{1,2}\s+)?(?:day|week|fortnight|month|quarter|year)s?)\b/giu;
// "took 3 weekends", "a few weekdays": counted, they are a length of time, never a rule.
const WEEKDAYS_PLURAL =
  /\bon\s+(weekdays|weekends)\b|(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|couple\s+of|several|many|some)\s+)\b(weekdays|weekends)(?=\s+(?:at|@|from)\s|\s*$)/giu;

/** `every …` / `every! …` (from completion), `each …`, "the … of every month", and the words daily, weekly, biweekly, monthly, yearly. */
export function findRecurrences(text: string): RecurrenceMatch[] {
  const found: RecurrenceMatch[] = [];
  // First: "the last day of every month" holds an "every month" that would otherwise be read alone.
  for (const match of text.matchAll(DAY_OF_EVERY_MONTH)) {
    const body = (match[1] ?? '').replace(/^(first|last)$/iu, '$1 day');
    const every = readEvery(body);
    if (every && every.length === body.length)
      found.push({ start: match.index, end: match.index + match[0].length, value: every.rule, basis: 'due' });
  }
  // "daily except weekends", "daily but not on fridays": read as "every day except …", before "weekends" alone is read
  // as a rule.
  for (const match of text.matchAll(/\bdaily(?=,?\s+(?:except|but|not\s+on|apart\s+from)\b)/giu)) {
    const every = readEvery(`day${text.slice(match.index + match[0].length)}`);
    if (every)
      found.push({ start: match.index, end: match.index + match[0].length + every.length - 'day'.length, value: every.rule, basis: 'due' });
  }
  // "once a month", "once every 2 weeks": a rhythm of once per period is that period's rule ("twice a week" is not one).
  for (const match of text.matchAll(ONCE_PER)) {
    const every = readEvery(`${match[1]}`);
    if (every && every.length === (match[1] ?? '').length)
      found.push({ start: match.index, end: match.index + match[0].length, value: every.rule, basis: 'due' });
  }
  // "evry", "evrey", "evey" are typed often enough to be read as "every".
  for (const lead of text.matchAll(/\b(?:each\s+and\s+every|every|evry|evrey|evey|each)(!?)\s+(?:single\s+)?/giu)) {
    const after = lead.index + lead[0].length;
    if (found.some((rule) => rule.start <= lead.index && lead.index < rule.end)) continue;
    const every = readEvery(text.slice(after));
    if (every) {
      const basis = lead[1] ? 'completion' : 'due';
      found.push({ start: lead.index, end: after + every.length, value: every.rule, basis, ...(every.time ? { time: every.time } : {}) });
    }
  }
  // "on weekdays", "weekdays at 9", "on weekends": the days said in the plural with "on" or a time.
  for (const match of text.matchAll(WEEKDAYS_PLURAL)) {
    const rule = /^w\w*days$/iu.test(match[1] ?? match[2] ?? '') && !/end/iu.test(match[1] ?? match[2] ?? '') ? WORK_DAYS : ['SA', 'SU'];
    found.push({ start: match.index, end: match.index + match[0].length, value: `FREQ=WEEKLY;BYDAY=${rule.join(',')}`, basis: 'due' });
  }
  for (const match of text.matchAll(/\b(daily|weekly|bi-?weekly|fortnightly|monthly|quarterly|yearly|annually)\b/giu)) {
    const rule = KEYWORD[(match[1] ?? '').toLowerCase()];
    const end = match.index + match[0].length;
    const adjective = ARTICLE_BEFORE.test(text.slice(0, match.index)) || WORD_AFTER.test(text.slice(end));
    if (rule && !adjective) found.push({ start: match.index, ...keywordWithDays(text, match[1] ?? '', end, rule), basis: 'due' });
  }
  return found;
}

/** The period a word such as "monthly" names, said as after "every": "monthly on the 1st" reads as "every month on the 1st". */
const KEYWORD_PERIOD: Record<string, string> = {
  weekly: 'week',
  biweekly: '2 weeks',
  'bi-weekly': '2 weeks',
  fortnightly: '2 weeks',
  monthly: 'month',
  quarterly: 'quarter',
};

/** "fortnightly on thursday", "monthly on the 1st", "monthly 1st": the days after the word go with its rule. */
function keywordWithDays(text: string, keyword: string, end: number, rule: string): { end: number; value: string } {
  const period = KEYWORD_PERIOD[keyword.toLowerCase()];
  const on = /^\s+(?:on\s+)?/iu.exec(text.slice(end));
  if (!period || !on) return { end, value: rule };
  const said = `${period} on `;
  const every = readEvery(said + text.slice(end + on[0].length));
  if (!every || every.length <= said.length) return { end, value: rule };
  return { end: end + on[0].length + every.length - said.length, value: every.rule };
}

import { findRecurrences } from '../../quick-add/quick-add-syntax.ts';
import { MONTH_NAMES, MONTH_WORD, WEEKDAY_NAME } from '../calendar-words.ts';
import { ordinalSuffix } from '../number-words.ts';
import { WEEKDAY_WORD, WEEKDAYS } from './phrases.ts';

// "every …" in a sentence: the quick-add reader of rules first (every other tuesday, every weekend, biweekly, the last
// day of the month, the first monday of every month), then the interpreter's own forms (on weekdays).

export interface RecurrencePhrase {
  pattern: string;
  /** The words that said it, to take out of the title. */
  matched: string;
  /** The weekdays it names, as a date phrase ("every tuesday and thursday" → "tuesday or thursday"): the series' first day is the first of them to come. */
  weekday?: string;
  /** The day of the month it names ("every month on the 1st" → the 1st). */
  monthDay?: string;
  /** The days a time said with it falls on ("every weekend at 8" → "saturday or sunday"), when it names no weekday. */
  timedDay?: string;
}

/** The day said before "every": "on the last day of every month", "the 1st and 15th of each month", "the first monday of every month". */
const DAY_BEFORE_EVERY = new RegExp(
  `(?:\\bon\\s+)?(?:\\b(?:every|each)\\s+)?\\b(?:the\\s+)?((?:first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+(?:day|${WEEKDAY_WORD})|first|last|(?:\\d{1,2}(?:st|nd|rd|th)\\s*(?:,|and|&)\\s*(?:the\\s+)?)*\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(?:every|each|the)\\s+month\\b`,
  'i',
);

/**
 * The weekdays a weekly rule names, one of which is its first day: "tuesday or thursday", which the date reader reads
 * as the first of them to come. A monthly rule's weekday is not ("the first monday of the month" is not next monday):
 * its first day is left for the rule to give.
 */
function weeklyDay(rule: string, said: string): string | undefined {
  if (/FREQ=(?:MONTHLY|YEARLY)/i.test(rule) || !new RegExp(`\\b${WEEKDAY_WORD}s?\\b`, 'i').test(said)) return undefined;
  const codes = /BYDAY=([A-Z,]+)/i.exec(rule)?.[1]?.split(',') ?? [];
  const days = codes.map((code) => DAY_NAMES[code.toUpperCase()]).filter(Boolean);
  return days.length > 0 ? days.join(' or ') : undefined;
}

/** RRULE's weekday codes, Monday first, as the words the date reader reads. */
export const DAY_NAMES: Record<string, string> = {
  MO: 'monday',
  TU: 'tuesday',
  WE: 'wednesday',
  TH: 'thursday',
  FR: 'friday',
  SA: 'saturday',
  SU: 'sunday',
};

/** "every 1st of january", "each 25th december": a day of a month, once a year. */
const DAY_OF_MONTH_YEARLY = new RegExp(`\\b(?:every|each)\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})\\b`, 'i');

/** The first day of a yearly rule on a date ("every december 1st" → december 1st), or of a monthly one (the 1st). */
function dayOfRule(rule: string): string | undefined {
  const day = /BYMONTHDAY=(\d+)/.exec(rule)?.[1];
  if (!day) return undefined;
  const month = /BYMONTH=(\d+)/.exec(rule)?.[1];
  const ordinal = `${day}${ordinalSuffix(Number(day))}`;
  return month ? `${MONTH_NAMES[Number(month) - 1]} ${ordinal}` : `the ${ordinal}`;
}

const WEEK_OF_MONTH = '(?:first|1st|second|2nd|third|3rd|fourth|4th|last)';
const WEEK_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };

/**
 * "every 2nd and 4th tuesday of the month", "on the 2nd and 4th tuesday": several weeks of the month, on one weekday
 * (weeks said so are a month's, "of the month" or not).
 */
const WEEKS_OF_MONTH = new RegExp(
  `\\b(?:every|each|on\\s+the|the)\\s+(${WEEK_OF_MONTH}(?:\\s*(?:,|and|&)\\s*${WEEK_OF_MONTH})+)\\s+(${WEEKDAY_WORD})s?(?:\\s+(?:of|in)\\s+(?:the|every|each|a)\\s+month)?\\b`,
  'i',
);

function weeksOfMonth(text: string): RecurrencePhrase | undefined {
  const said = WEEKS_OF_MONTH.exec(text);
  const day = said?.[2] ? (WEEKDAYS[said[2].toLowerCase()] ?? WEEKDAYS[said[2].toLowerCase().slice(0, 3)]) : undefined;
  if (!said?.[1] || !day) return undefined;
  const weeks = said[1].split(/\s*(?:,|and|&)\s*/i).map((week) => {
    const word = week.trim().toLowerCase();
    return WEEK_NUMBER[word] ?? Number.parseInt(word, 10);
  });
  return { pattern: `FREQ=MONTHLY;BYDAY=${weeks.map((week) => `${week}${day}`).join(',')}`, matched: said[0] };
}

/** "on the 15th and the last day of each month": a day of the month and its last day. */
const DAY_AND_LAST_OF_MONTH =
  /(?:\bon\s+)?\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s*(?:,|and|&)\s*(?:on\s+)?(?:the\s+)?last(?:\s+day)?\s+of\s+(?:every|each|the)\s+month\b/i;

/** "at the end of every month": its last day. */
const MONTH_END = /\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:every|each)\s+month\b|\b(?:every|each|at\s+the)\s+month[\s-]end\b/i;

/** "at the end of each quarter": the last day of March, June, September and December. */
const QUARTER_END = /\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:every|each)\s+quarter\b/i;
/**
 * "on the last working day of each month", "the first business day of every month", "last working day of the month:
 * invoices": that weekday of the month ("by the last working day of the month" is a deadline, below).
 */
const WORKING_DAY_OF_MONTH =
  /\b(?:on\s+)?(?:(?:every|each)\s+)?(?:the\s+)?(first|1st|last)\s+(?:working|business|week)\s*day\s+(?:of\s+)?(?:every|each|the)\s+month\b/i;

/** "every month on the first", "monthly on the last day": the month's day said as a word. */
const MONTH_DAY_WORD =
  /\b(?:(?:every|each)\s+month|monthly)\s+on\s+the\s+(first|last)(?:\s+day)?\b(?!\s+(?:of|mon|tue|wed|thu|fri|sat|sun|week))/i;

/** A rule read from a sentence, or none: a day list that names no day ("BYDAY=") is an invalid rule, never sent. */
/**
 * "hand in the claim by the last friday of the month", "pay it before the 1st of the month": a deadline in the month to
 * come, one date, never a rule ("on the last friday of the month" is one).
 */
const DEADLINE_IN_THE_MONTH = new RegExp(
  String.raw`\b(?:by|before|until|till|no\s+later\s+than)\s+(?:the\s+)?(?:(?:first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?:(?:working|business|week)\s*)?(?:day|${WEEKDAY_WORD})|\d{1,2}(?:st|nd|rd|th))\s+of\s+the\s+month\b`,
  'i',
);

/** "#quarterly", "tagged weekly", "tag it daily": a tag that is a rule's word names the tag, not a rule. */
const TAG_WORD = /(?:#|\b(?:tagged|tag(?:\s+it)?|labell?ed|label(?:\s+it)?)\s+(?:as\s+|with\s+)?#?)[\p{L}\p{N}_-]+/giu;

export function recurrencePattern(text: string): RecurrencePhrase | undefined {
  if (DEADLINE_IN_THE_MONTH.test(text)) return undefined;
  // Blanked to the same length, so what the rule matched is still found where it was said.
  const said = readRecurrence(text.replace(TAG_WORD, (tag: string) => ' '.repeat(tag.length)));
  if (!said || /BYDAY=(?:;|,|$)|,(?:,|;|$)/i.test(said.pattern)) return undefined;
  const timedDay = said.weekday ? undefined : (daysOfWeeklyRule(said.pattern) ?? weekdayOfMonthlyRule(said.pattern));
  return timedDay ? { ...said, timedDay } : said;
}

const PLACES: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

/** "FREQ=MONTHLY;BYDAY=2TU" as "the second tuesday of the month": a time said with it falls on the next such day. */
function weekdayOfMonthlyRule(rule: string): string | undefined {
  if (!/FREQ=MONTHLY/i.test(rule) || /INTERVAL=(?!1\b)/i.test(rule)) return undefined;
  const [, place = '', code = ''] = /BYDAY=(-?\d)([A-Z]{2})(?:;|$)/i.exec(rule) ?? [];
  const day = DAY_NAMES[code.toUpperCase()];
  return PLACES[place] && day ? `the ${PLACES[place]} ${day} of the month` : undefined;
}

/** The days of a weekly rule as a date phrase ("saturday or sunday"): a time said with it falls on the first to come. */
function daysOfWeeklyRule(rule: string): string | undefined {
  if (!/FREQ=WEEKLY/i.test(rule)) return undefined;
  const codes = /BYDAY=([A-Z,]+)/i.exec(rule)?.[1]?.split(',') ?? [];
  const days = codes.map((code) => DAY_NAMES[code.toUpperCase()]);
  return days.length > 0 && days.every(Boolean) ? days.join(' or ') : undefined;
}

/**
 * "semi-annually", "bi-monthly", "quarterly" (said after the errand or of the task's repeat, "on a quarterly repeat",
 * not "the quarterly report"), "nightly".
 */
const RHYTHM =
  /\b(semi[\s-]?annually|bi[\s-]?annually|half[\s-]?yearly|every\s+half[\s-]?year|bi[\s-]?monthly|nightly)\b|\b(quarterly)\b(?=\s*(?:$|[,.;!]|(?:at|on|from|starting|beginning|in)\b|repeat\s*(?:$|[,.;!])))/i;
const RHYTHM_RULES: Record<string, string> = {
  nightly: 'daily',
  bimonthly: 'FREQ=MONTHLY;INTERVAL=2',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
};

function rhythmSaid(text: string): RecurrencePhrase | undefined {
  const rhythm = RHYTHM.exec(text);
  if (!rhythm) return undefined;
  const word = (rhythm[1] ?? rhythm[2] ?? '').toLowerCase().replace(/[\s-]/g, '');
  return { pattern: RHYTHM_RULES[word] ?? 'FREQ=MONTHLY;INTERVAL=6', matched: rhythm[0] };
}

/** "daily except weekends", "every day but not on weekends": the working week, read before "weekends" alone is a rule. */
const DAILY_BUT_WEEKENDS =
  /\b(?:(?:every|each)\s+day|daily)\s+(?:except|but\s+not|apart\s+from|excluding|not)\s+(?:on\s+)?(?:the\s+)?weekends?\b/i;

function readRecurrence(text: string): RecurrencePhrase | undefined {
  const workingWeek = DAILY_BUT_WEEKENDS.exec(text);
  if (workingWeek) return { pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', matched: workingWeek[0] };
  const rhythm = rhythmSaid(text);
  if (rhythm) return rhythm;
  const quarterEnd = QUARTER_END.exec(text);
  if (quarterEnd) return { pattern: 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1', matched: quarterEnd[0], monthDay: 'end of the quarter' };
  const workingDay = WORKING_DAY_OF_MONTH.exec(text);
  if (workingDay?.[1]) {
    const which = workingDay[1].toLowerCase() === 'last' ? 'last' : 'first';
    return {
      pattern: `FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${which === 'first' ? 1 : -1}`,
      matched: workingDay[0],
      monthDay: `the ${which} working day of the month`,
    };
  }
  // Which of the two days comes first depends on today: the series finds it, as for the last day alone.
  const dayAndLast = DAY_AND_LAST_OF_MONTH.exec(text);
  if (dayAndLast?.[1]) return { pattern: `FREQ=MONTHLY;BYMONTHDAY=${Number(dayAndLast[1])},-1`, matched: dayAndLast[0] };
  const monthEnd = MONTH_END.exec(text);
  if (monthEnd) return { pattern: 'FREQ=MONTHLY;BYMONTHDAY=-1', matched: monthEnd[0] };
  const monthDayWord = MONTH_DAY_WORD.exec(text);
  if (monthDayWord?.[1]) {
    const first = /^first$/i.test(monthDayWord[1]);
    return {
      pattern: `FREQ=MONTHLY;BYMONTHDAY=${first ? 1 : -1}`,
      matched: monthDayWord[0],
      ...(first ? { monthDay: 'the 1st' } : {}),
    };
  }
  const weeks = weeksOfMonth(text);
  if (weeks) return weeks;
  const yearly = DAY_OF_MONTH_YEARLY.exec(text);
  if (yearly?.[1] && yearly[2]) {
    const month = MONTH_NAMES.findIndex((name) => name.startsWith((yearly[2] ?? '').toLowerCase().slice(0, 3))) + 1;
    const pattern = `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${Number(yearly[1])}`;
    return { pattern, matched: yearly[0], monthDay: dayOfRule(pattern) };
  }
  const before = DAY_BEFORE_EVERY.exec(text);
  if (before?.[1]) {
    // Read as the quick-add reader reads "every <day> of the month", but the whole phrase leaves the title.
    const [rule] = findRecurrences(`every ${before[1].replace(/^(first|last)$/i, '$1 day')} of the month`);
    if (rule) {
      const day = /BYMONTHDAY=(\d+)/.exec(rule.value)?.[1];
      const weekday = weeklyDay(rule.value, before[1]);
      return {
        pattern: rule.value,
        matched: before[0],
        ...(weekday ? { weekday } : {}),
        ...(day ? { monthDay: `the ${day}${ordinalSuffix(Number(day))}` } : {}),
      };
    }
  }
  const [rule] = findRecurrences(text);
  if (rule) {
    const matched = text.slice(rule.start, rule.end);
    // "every evening except sunday": the days it names, at its part of the day.
    const part = /\b(?:every|each)\s+(morning|afternoon|evening|night)s?\b/i.exec(matched)?.[1]?.toLowerCase();
    // "every weekday except wed": the days named are the ones left out, so none is the first; as with "every weekday",
    // the series starts on the first of its days to come. Said with its part of the day, it starts at that time.
    const leftOut = /\b(?:except|but|apart\s+from|not\s+on)\b/i.test(matched);
    const days = leftOut && !part ? undefined : weeklyDay(rule.value, matched);
    const weekday = days && part ? `${days} ${part}` : days;
    const monthDay = dayOfRule(rule.value);
    return { pattern: rule.value, matched, ...(weekday ? { weekday } : {}), ...(monthDay ? { monthDay } : {}) };
  }
  return listedPattern(text);
}

const PLURAL_DAY = `${WEEKDAY_NAME}s`;

function listedPattern(text: string): RecurrencePhrase | undefined {
  // "every other morning": a part of the day counts as a day.
  const interval = /\bevery\s+(\d+|other|two|three)\s+(days?|mornings?|evenings?|nights?|weeks?|months?|years?)\b/i.exec(text);
  if (interval) {
    const n =
      interval[1]?.toLowerCase() === 'other' || interval[1]?.toLowerCase() === 'two'
        ? 2
        : interval[1]?.toLowerCase() === 'three'
          ? 3
          : Number(interval[1]);
    const unit = (interval[2] ?? '')
      .toLowerCase()
      .replace(/s$/, '')
      .replace(/^(?:morning|evening|night)$/, 'day');
    const freq = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' }[unit] ?? 'DAILY';
    return { pattern: n === 1 ? freq.toLowerCase() : `FREQ=${freq};INTERVAL=${n}`, matched: interval[0] };
  }
  // "every quarter": every three months ("the quarterly deck" names a task); "once a week": weekly.
  const quarter = /\b(?:every|each)\s+quarter\b/i.exec(text);
  if (quarter) return { pattern: 'FREQ=MONTHLY;INTERVAL=3', matched: quarter[0] };
  // "twice a year", "half-yearly": every six months, the one even split of a year; "twice a week" needs its days.
  const twiceAYear = /\b(?:twice\s+(?:a|per|every)\s+year|half[\s-]?yearly|every\s+half[\s-]year)\b/i.exec(text);
  if (twiceAYear) return { pattern: 'FREQ=MONTHLY;INTERVAL=6', matched: twiceAYear[0] };
  const once = /\bonce\s+(?:a|an|per|every)\s+(day|week|fortnight|month|year)\b/i.exec(text);
  if (once?.[1]) {
    const pattern =
      { day: 'daily', week: 'weekly', fortnight: 'FREQ=WEEKLY;INTERVAL=2', month: 'monthly', year: 'FREQ=YEARLY' }[once[1].toLowerCase()] ??
      'daily';
    return { pattern, matched: once[0] };
  }
  // "on mondays", "on tuesdays and thursdays", "on weekends": a day said in the plural repeats. Only in a sentence
  // (quick add keeps "Mondays" in a title), and only full day names ("on thurs" is one Thursday); days left out
  // ("except weekends", "not on mondays") or talked about ("a poem about mondays") are no rule of their own.
  const plural = new RegExp(
    `(?:(?<!\\b(?:except|excluding|not|but|from)\\s+)\\b(?:on|all)\\s+(?:the\\s+)?|^)(${PLURAL_DAY}(?:\\s*(?:,|and|&)\\s*${PLURAL_DAY})*|weekends)\\b|(?<=\\s)(?<!\\b(?:alternate|other|the|first|second|third|fourth|last|except|excluding|not|but|from|about|of|on|hate|love|like|loves|hates)\\s+)(${PLURAL_DAY}(?:\\s*(?:,|and|&)\\s*${PLURAL_DAY})*)(?=(?:\\s+(?:at\\s+)?\\d\\S*(?:\\s*[ap]m)?)?$)`,
    'i',
  ).exec(text);
  // "add yoga mondays and thursdays": days in the plural that end the sentence (maybe with a time) repeat too.
  const pluralDays = plural?.[1] ?? plural?.[2];
  if (plural && pluralDays) {
    const days = /^weekends$/i.test(pluralDays)
      ? 'SA,SU'
      : [...pluralDays.matchAll(/(\p{L}+)s\b/giu)].map((day) => WEEKDAYS[(day[1] ?? '').toLowerCase()]).join(',');
    const pattern = `FREQ=WEEKLY;BYDAY=${days}`;
    return { pattern, matched: plural[0], ...(weeklyDay(pattern, pluralDays) ? { weekday: weeklyDay(pattern, pluralDays) } : {}) };
  }
  // "on alternate mondays": every other week, on that day.
  const alternate = new RegExp(`(?:\\bon\\s+)?\\balternate\\s+(${PLURAL_DAY})\\b`, 'i').exec(text);
  if (alternate?.[1]) {
    const name = alternate[1].toLowerCase().replace(/s$/, '');
    const pattern = `FREQ=WEEKLY;INTERVAL=2;BYDAY=${WEEKDAYS[name]}`;
    return { pattern, matched: alternate[0], weekday: name };
  }
  // "mon-fri", "monday to friday", "every weeknight": the working week.
  const weekdays =
    /\b(?:every|each)\s+day\s+(?:except|but\s+not|apart\s+from)\s+(?:the\s+)?weekends?\b|\b(?:every|each|on)\s+weekdays?(?:\s+(?:morning|afternoon|evening|night)s?)?\b|\bweekdays?\s+(?:morning|afternoon|evening|night)s\b|\bweekdays\b|\b(?:every|each|on)\s+week\s?nights?\b|\bweek\s?nights\b|\b(?:(?:every|each|on)\s+)?(?<!\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)business\s+days?\b|\b(?:(?:every|each|on)\s+)?mon(?:day)?\s*(?:-|–|to|thru|through)\s*fri(?:day)?\b/i.exec(
      text,
    );
  if (weekdays) return { pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', matched: weekdays[0] };
  const days = new RegExp(`\\b(?:every|each)\\s+(${WEEKDAY_WORD}(?:\\s*(?:,|and|&|\\+)\\s*${WEEKDAY_WORD})*)\\b`, 'i').exec(text);
  if (days?.[1]) {
    const names = days[1].split(/\s*(?:,|and|&|\+)\s*/i).map((day) => day.trim().toLowerCase());
    const codes = names.map((day) => WEEKDAYS[day] ?? WEEKDAYS[day.slice(0, 3)]).filter(Boolean);
    return { pattern: `FREQ=WEEKLY;BYDAY=${codes.join(',')}`, matched: days[0], weekday: names.join(' or ') };
  }
  // "on a weekly basis": the rule with the words around it.
  const basis = /\bon\s+an?\s+(daily|weekly|monthly|yearly|annual)\s+basis\b/i.exec(text);
  if (basis?.[1]) {
    const word = basis[1].toLowerCase();
    return { pattern: word === 'yearly' || word === 'annual' ? 'FREQ=YEARLY' : word, matched: basis[0] };
  }
  // "tuesday nights", "on sunday mornings", "mon + wed evenings": days and their part of the day in the plural repeat,
  // at that time.
  const dayParts = new RegExp(
    `(?:\\bon\\s+)?\\b(${WEEKDAY_WORD}(?:\\s*(?:,|and|&|\\+)\\s*${WEEKDAY_WORD})*)\\s+(morning|afternoon|evening|night)s\\b`,
    'i',
  ).exec(text);
  const dayCodes = (dayParts?.[1] ?? '')
    .split(/\s*(?:,|and|&|\+)\s*/i)
    .map((day) => WEEKDAYS[day.toLowerCase()] ?? WEEKDAYS[day.toLowerCase().slice(0, 3)]);
  if (dayParts?.[2] && dayCodes.length > 0 && dayCodes.every(Boolean)) {
    const days = dayCodes.map((code) => DAY_NAMES[code ?? ''] ?? '').join(' or ');
    return { pattern: `FREQ=WEEKLY;BYDAY=${dayCodes.join(',')}`, matched: dayParts[0], weekday: `${days} ${dayParts[2].toLowerCase()}` };
  }
  // "pay bills on the 1st and 15th": days of the month listed, without a month, repeat monthly.
  const monthDays = /\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)((?:\s*(?:,|and|&)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th))+)\b(?!\s+of\b)/i.exec(
    text,
  );
  if (monthDays?.[1] && monthDays[2]) {
    const days = [monthDays[1], ...[...monthDays[2].matchAll(/(\d{1,2})(?:st|nd|rd|th)/gi)].map((day) => day[1] ?? '')].map(Number);
    const first = Math.min(...days);
    return {
      pattern: `FREQ=MONTHLY;BYMONTHDAY=${days.join(',')}`,
      matched: monthDays[0],
      monthDay: `the ${first}${ordinalSuffix(first)}`,
    };
  }
  // "all the days at 7", "each and every day": every day.
  const simple =
    /\b(?:every|each|each\s+and\s+every|all\s+the)\s+(day|morning|evening|night|week|month|year)s?\b|(?<!\b(?:twice|thrice|times)\s+)\b(daily|weekly|fortnightly|monthly|yearly|annually)\b|\b(everyday)(?=\s*(?:$|at\b|@|[,.!]))/i.exec(
      text,
    );
  if (simple) {
    const word = (simple[1] ?? simple[2] ?? (simple[3] ? 'day' : '')).toLowerCase();
    const pattern =
      {
        day: 'daily',
        morning: 'daily',
        evening: 'daily',
        night: 'daily',
        daily: 'daily',
        week: 'weekly',
        weekly: 'weekly',
        // "turn the plant feeding into a fortnightly one": said anywhere, as "weekly" is.
        fortnightly: 'FREQ=WEEKLY;INTERVAL=2',
        month: 'monthly',
        monthly: 'monthly',
      }[word] ?? 'FREQ=YEARLY';
    return { pattern, matched: simple[0] };
  }
  return undefined;
}

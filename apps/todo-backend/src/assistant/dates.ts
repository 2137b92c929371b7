import type { ParsedComponents } from 'chrono-node';
import * as chrono from 'chrono-node/en';
import { DateTime } from 'luxon';
import { CALENDAR_PHRASES, localNow } from './calendar-phrases.ts';
import { MONTH_NAME, MONTH_WORD, TEXTED_TONIGHT } from './calendar-words.ts';
import { DEFAULT_HOUR } from './default-time.ts';
import { NTH_WEEKDAY, nthWeekday, WORKING_DAY, workingDayOfMonth } from './month-days.ts';
import { numberOf, ORDINAL_DAYS, ordinalSuffix } from './number-words.ts';
import { dayFirstWhereWritten, WORLD_CLOCK, worldClock } from './world-dates.ts';

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
/** Words naming a time of day, whose hour chrono implies (tonight 22:00, evening 20:00, afternoon 15:00, …). */
const TIME_OF_DAY_WORDS = new RegExp(String.raw`\b(?:tonight|${TEXTED_TONIGHT}|morning|afternoon|evening|night|noon|midnight)\b`, 'i');
// chrono implies 06:00 for "morning"; for a task "tomorrow morning" means the start of the working day.
const MORNING_ONLY = /\bmorning\b/i;
/** A day of the month alone, maybe with a time: "the 1st", "on the 15th at 9am", "before the 20th" (a deadline on it). */
const DAY_OF_MONTH = /^(?:(?:on|by|before)\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(\s+of\s+next\s+month\b)?(.*)$/i;
/**
 * "end of the week" is its Friday (chrono reads it as a week from now), "end of the month" its last day; "end of next
 * week" is the Friday after, "end of next month" that month's last day ("end of last month" the one before's); "end of
 * (the) quarter" the last day of its calendar quarter.
 */
const END_OF = /^(?:by\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|(next|last)\s+)?(week|month|quarter)|eo(w|m|q))$/i;
/** ISO 8601's end of a day: "friday 24:00" is Saturday 00:00, the bound of "after friday". */
/**
 * "midnight friday", "friday at midnight", "tonight at midnight": the midnight that ends the day, as a deadline means
 * it, never the one that starts it.
 */
const MIDNIGHT_OF_DAY =
  /^(?:by\s+)?midnight\s+(?:on\s+)?((?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|tomorrow)$|^((?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|tomorrow)\s+(?:at\s+)?midnight$/i;
const END_OF_DAY = /^(.*\S)\s+(?:at\s+)?24:00$/;
/**
 * "2 weeks from tomorrow", "a week from today", and the British "a week today", "a fortnight tomorrow at 6": chrono
 * counts from today whatever day is named, and loses a time said after it.
 */
const SPAN_FROM_DAY =
  /^(?:in\s+)?(an?|one|two|three|four|five|six|\d{1,3})\s+(day|week|w|month|mo|year|yr)s?\s+(?:from\s+)?(today|tomorrow|tmr)((?:\s+at)?\s+\S.*)?$/i;
/** "9 tonight", "7 tomorrow morning", "8:45 mon": chrono reads the day alone (or "45 mon" as months); the hour before it is its time. */
const HOUR_BEFORE_DAY = new RegExp(
  String.raw`^(\d{1,2}(?::\d{2})?(?:\s*[ap]m)?)\s+(tonight|${TEXTED_TONIGHT}|this\s+(?:morning|afternoon|evening)|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?)$`,
  'i',
);
/** "at 8am on the 1st", "10:30 on the 15th": chrono reads the hour alone (today's); the day of the month is its day. */
const HOUR_BEFORE_MONTH_DAY =
  /^(?:at\s+)?(\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]m)?|noon|midday|midnight)\s+on\s+(the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:the|this|next)\s+month)?)$/i;
/** "after the weekend": the Monday after it, never the Saturday chrono reads from "the weekend". */
const AFTER_THE_WEEKEND = /^(?:after|past)\s+(?:the|this)\s+weekend$/i;
/** Words that make a phrase point to the past. */
const PAST_WORDS = /\b(?:last|ago|yesterday|previous)\b/i;

export class DateParseError extends Error {}

/**
 * "friday the 30th" is the 30th (the weekday only agrees); "the 4th of february" is February 4; "3rd", "on 5th at 2pm"
 * (no "the") is the 3rd, the 5th.
 */
function plainDayOfMonth(text: string): string {
  return text
    .replace(new RegExp(String.raw`^(?:on\s+)?(\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?${MONTH_WORD}\b)`, 'i'), 'the $1')
    .replace(new RegExp(String.raw`^(?:on\s+)?(?:${WEEKDAY})\s+(?=the\s+\d{1,2}(?:st|nd|rd|th)\b)`, 'i'), '')
    .replace(new RegExp(String.raw`\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?(${MONTH_WORD})\b`, 'i'), '$2 $1');
}
const WEEKDAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?';
/** Weekdays said as a choice: "mon or wed or fri", "tuesday, thursday". */
const WEEKDAY_CHOICE = new RegExp(String.raw`^(${WEEKDAY}(?:\s*(?:,|\bor\b)\s*${WEEKDAY})+)\b(.*)$`, 'i');

/** Hours a task is rarely due at before dawn: "at 5" or "3:30" alone is the afternoon's ("05:30" is not). */
export const AFTERNOON_HOURS = { from: 1, to: 6 };
/** "tomorrow arvo", "friday arvo" (Australian): the afternoon of that day, as "tomorrow afternoon" is. */
const AFTERNOON_HOUR = 15;
const arvoAfterDay: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const arvo = /^\s+arvo\b/i.exec(context.text.slice(result.index + result.text.length));
      if (!arvo || result.start.isCertain('hour')) continue;
      result.start.assign('hour', AFTERNOON_HOUR);
      result.start.assign('minute', 0);
      result.text += arvo[0];
    }
    return results;
  },
};

/**
 * "this month", "sometime this year": by its last day, as "this week" is by its Friday (chrono reads their 1st, already
 * past).
 */
const thisMonthByItsEnd: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      const period = /^this\s+(month|year)$/i.exec(result.text.trim())?.[1]?.toLowerCase();
      if (!period) continue;
      const end = localNow(context).endOf(period === 'month' ? 'month' : 'year');
      result.start.assign('year', end.year);
      result.start.assign('month', end.month);
      result.start.assign('day', end.day);
    }
    return results;
  },
};

const afternoonForBareHours: chrono.Refiner = {
  refine: (context, results) => {
    for (const { start, text, index } of results) {
      // "at 6:45 tomorrow morning": the part of the day said after the phrase is its own as well.
      const after = context.text.slice(index + text.length, index + text.length + 40);
      if (/^\s*(?:(?:tomorrow|today|on\s+\p{L}+|\p{L}+day)\s+)?(?:morning|in\s+the\s+morning|a\.?m\b)/iu.test(after)) continue;
      const hour = start.get('hour') ?? 0;
      const bare = start.isCertain('hour') && !start.isCertain('meridiem') && !/\b0\d[:.]\d{2}\b/.test(text);
      if (bare && !TIME_OF_DAY_WORDS.test(text) && hour >= AFTERNOON_HOURS.from && hour <= AFTERNOON_HOURS.to) {
        start.assign('hour', hour + 12);
        start.assign('meridiem', 1);
      }
    }
    return results;
  },
};

/**
 * "call mum tues 9", "dentist fri 3": a bare hour right after a weekday, where the line ends (or its marks begin), is
 * that day's hour, read as a bare hour is (1 to 6 in the afternoon). chrono reads the weekday alone and leaves the hour.
 * A mark after it ends the words too (quick add also masks the marks it has read with a control character).
 */
const HOUR_AFTER_WEEKDAY = /^\s+(1[0-2]|[1-9])(?![:.]?\d)(?=\s*(?:$|[^\p{L}\p{N}\s]|\s+(?:p[1-4]\b|![1-3]|[#@]|\/\/)))/iu;
const hourAfterWeekday: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      if (!result.start.isCertain('weekday') || result.start.isCertain('day') || result.start.isCertain('hour')) continue;
      const hour = HOUR_AFTER_WEEKDAY.exec(context.text.slice(result.index + result.text.length));
      if (!hour?.[1]) continue;
      const said = Number(hour[1]);
      const afternoon = said >= AFTERNOON_HOURS.from && said <= AFTERNOON_HOURS.to;
      result.start.assign('hour', afternoon ? said + 12 : said);
      result.start.assign('minute', 0);
      result.start.assign('meridiem', afternoon ? 1 : 0);
      result.text += hour[0];
    }
    return results;
  },
};

/**
 * Short spellings people type that chrono does not know ("in 6 wks", "tues night", "half past 3", "this coming
 * weekend", "day after tomorrow" without "the"), each rewritten to one it knows of the same length (padded with spaces), so that every offset into the text
 * stays the same.
 */
const SHORT_SPELLING =
  /\b(?:tues|weds|tmw|(?<!\bthe\s+)day\s+after\s+(?:tomorrow|tmr|tmrw)|(?<!\bin\s+)2day|2moro|2morrow|2morow|tmrow|tmoro|tomoz|tomorow|tommorow|tommorrow|tomorrw|tomrrow|tmorrow|(?:a|one)\s+fortnight|this\s+arvo|(?:this|the)\s+coming\s+weekend|noonish|mid[\s-]?morning|mid[\s-]?afternoon)\b|(?<=(?:\d|\b(?:an?|one|two|three|four|five|six|few|couple\s+of))\s*)(?:wks?|mths?|mnths?|yrs)\b/giu;
const KNOWN_SPELLING: Record<string, string> = {
  ...Object.fromEntries(
    ['2moro', '2morrow', '2morow', 'tmrow', 'tmoro', 'tomoz', 'tomorow', 'tommorow', 'tommorrow', 'tomorrw', 'tomrrow', 'tmorrow'].map(
      (word) => [word, 'tmr'],
    ),
  ),
  'a fortnight': '2 weeks',
  'day after tomorrow': 'in 2 days',
  'day after tmr': 'in 2 days',
  'day after tmrw': 'in 2 days',
  'one fortnight': '2 weeks',
  'this arvo': 'afternoon',
  noonish: 'noon',
  'mid-morning': '10am',
  'mid morning': '10am',
  midmorning: '10am',
  'mid-afternoon': '3pm',
  'mid afternoon': '3pm',
  midafternoon: '3pm',
  'this coming weekend': 'this weekend',
  'the coming weekend': 'this weekend',
  tmw: 'tmr',
  '2day': 'tdy',
  tues: 'tue',
  weds: 'wed',
  wk: 'w',
  wks: 'w',
  mth: 'mo',
  mths: 'mos',
  mnth: 'mo',
  mnths: 'mos',
  yrs: 'yr',
};
/**
 * The end of a working day: "EOD", "end of (the) day", "end of today", "close of business", "end of play", and "COB"
 * after a word that leads to a time ("corn on the cob" is no time). chrono reads none of them; each is 5pm.
 */
const END_OF_DAY_WORDS =
  /\b(?:eod|end\s+of\s+(?:(?:the\s+)?(?:work(?:ing)?\s+)?day|today)|(?:close|end)\s+of\s+(?:business|play))\b|(?<=^|\b(?:by|before|at|until|till)\s+)cob\b/giu;
/**
 * "by lunchtime", "at lunch", "tomorrow lunchtime", "friday lunch time", "lunchtime on thursday": noon, after a word that
 * leads to a time or a day, or before a day ("lunchtime walk" and "book the lunchtime table" stay titles). chrono reads
 * none of them.
 */
const LUNCHTIME =
  /^lunch(?:\s?time)?$|(?<=\b(?:at|by|before|until|till)\s+)lunch(?:\s?time)?\b|(?<=\b(?:today|tomorrow|tmr|(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?)\s+)lunch\s?time\b|(?<=^|\s)lunch\s?time(?=\s+(?:on\s+\p{L}+day|tomorrow|today)\b)/giu;
/**
 * "after lunch", "tomorrow after work", "after school on friday": the hour such a day turns to what comes after, at
 * the end of the sentence, before a mark ("after work !!") or before a day (an "after school club" or "after work
 * drinks" stays a title). chrono reads none of them.
 */
const AFTER_A_PART_OF_DAY =
  /\bafter\s+(lunch|work|school|dinner|supper)\b(?=\s*(?:$|[^\p{L}\p{N}\s]|(?:today|tomorrow|tonight|on|this|next|(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?)\b))/giu;
const HOUR_AFTER: Record<string, string> = { lunch: '1pm', work: '6pm', school: '4pm', dinner: '8pm', supper: '8pm' };
/** "@10am": a time after "@" (read as "at"). */
/** "9 a.m.", "5 p.m.": the dotted spellings, which chrono reads only in part. */
const DOTTED_MERIDIEM = /(?<=\d\s*)([ap])\.m\.?(?=\s|$|[,;!?])/giu;
/**
 * "14 feb 11.45", "march 3rd 9.30": a dotted time after a day of a month is that day's time, never a year ("feb 11")
 * and a decimal. Read with its colon (the same length).
 */
const DOTTED_TIME_AFTER_MONTH_DAY = new RegExp(
  String.raw`(?<=\b(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_WORD}|${MONTH_WORD}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:at\s+)?)((?:[01]?\d|2[0-3]))\.([0-5]\d)\b(?!\.\d|\s?(?:quid|pounds?|dollars?|euros?|pence)\b)`,
  'giu',
);
/**
 * "sunday evening around 6", "this evening at like 7": a loose time after a day is that day's time, the hedge read as
 * "at" (padded in front, so the words keep their places).
 */
const HEDGED_TIME_AFTER_DAY =
  /(?<=\b(?:morning|afternoon|evening|night|tonight|today|tomorrow|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?)\s+)(?:at\s+)?(?:like|around|about|roughly|approximately|approx\.?)(?=\s+\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]m|ish|\s*o'?clock)?(?:\s*$|\s*[,;.!?)–—-]|\s+(?:on|this|next|please|pls|thanks|thx|remind|and|for|with|at)\b))/giu;
/** "around 4 tomorrow", "about 10 on friday": a loose time before its day, the hedge read as "at". */
const HEDGED_TIME_BEFORE_DAY = new RegExp(
  String.raw`\b(?:around|about|roughly|approximately|approx\.?)(?=\s+\d{1,2}(?:[:.][0-5]\d)?(?:\s*[ap]m|ish|\s*o'?clock)?\s+(?:on\s+)?(?:today|tonight|tomorrow|tmr|tmrw|(?:this|next)\s+\p{L}+|${WEEKDAY})\b)`,
  'giu',
);
/** "in like 2 hrs", "in about an hour": the hedge after "in" goes. */
const HEDGE_AFTER_IN =
  /(?<=\bin\s+)(?:like|about|around|roughly|approx\.?)(?=\s+(?:\d|an?\b|a\s+couple|one\b|two\b|three\b|four\b|five\b|half\b))/giu;
const AT_SIGN_TIME = /(?<=^|\s)@(?=\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?\b)/giu;

/**
 * "call mum in the morning", "tomorrow in the evening": chrono reads the part of the day without its "in the", which
 * would stay in a title. After an hour ("7 in the morning") it is the hour's meridiem, read as it is.
 */
const IN_THE_PART_OF_DAY = /(?<!\d(?:[:.]\d{2})?\s*(?:[ap]m)?\s+)\bin\s+the\s+(morning|afternoon|evening)\b/giu;

/**
 * "pay rent on the first", "by the fifteenth of march": a day of the month in words, after a word that leads to a day
 * and where the day's words end ("the first time", "on the second floor" stay titles).
 */
const DAY_IN_WORDS = new RegExp(
  String.raw`(?<=\b(?:on|by|before|until|till|from|due)\s+)the\s+(${Object.keys(ORDINAL_DAYS)
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(' ', '[\\s-]'))
    .join('|')})(?=\s*(?:$|[,;.!?]|at\b|@|of\s+(?:${MONTH_WORD}|next\s+month|this\s+month|the\s+month)\b))`,
  'giu',
);

/** The text with each day of the month said in words ("on the first") in digits ("on the 1st"), padded to its length. */
export function daysInDigits(text: string): string {
  return text.replace(DAY_IN_WORDS, (said: string, word: string) => {
    const day = ORDINAL_DAYS[word.toLowerCase().replace(/[\s-]+/, ' ')] ?? 1;
    return `the ${day}${ordinalSuffix(day)}`.padEnd(said.length, ' ');
  });
}

/** "feb the 3rd": chrono reads "feb 3rd". */
const MONTH_THE_DAY = new RegExp(String.raw`\b(${MONTH_WORD})\s+the(?=\s+\d{1,2}(?:st|nd|rd|th)?\b)`, 'giu');
/** An hour of the clock, as a number or a word: "5", "five". */
const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const CLOCK_HOUR = `(?:1[0-2]|[1-9]|${HOUR_WORDS.join('|')})`;
/** Minutes said before "past" or "to": "10 past 6", "twenty to four", "5 minutes past 9". */
const CLOCK_MINUTES = '(?:[1-5]?\\d|five|ten|twenty|twenty[\\s-]five)(?:\\s+minutes?)?';
/** Words that lead to a time, after which "half six" or "ten to four" can only be one. */
const TIME_LEAD = '(?<=\\b(?:at|by|around|about|from|until|till|before|after|to)\\s+)';
/**
 * An hour said in words: "half past 3", "quarter to 5", "10 past 6", and the British "half 5" (half past five). "half
 * six" and "ten to four" only after a word that leads to a time ("at half six"): elsewhere they may be a title's.
 */
const HOUR_IN_WORDS = new RegExp(
  [
    `\\b(half\\s+past|(?:a\\s+)?quarter\\s+past|(?:a\\s+)?quarter\\s+to|${CLOCK_MINUTES}\\s+past)\\s+(${CLOCK_HOUR})\\b`,
    `${TIME_LEAD}(${CLOCK_MINUTES}\\s+to|half)\\s+(${CLOCK_HOUR})\\b`,
    `\\b(half)\\s+(1[0-2]|[1-9])\\b(?![:.]?\\d|\\s*(?:%|kg|g|l|litres?|liters?|pounds?|lbs?|hours?|days?|weeks?|months?|years?|times?|of)\\b)`,
  ].join('|'),
  'giu',
);

function hourInWords(words: string, hour: string): string {
  const said = hour.toLowerCase();
  const h = HOUR_WORDS.includes(said) ? HOUR_WORDS.indexOf(said) + 1 : Number(said);
  const lead = words
    .toLowerCase()
    .replace(/\s+minutes?\b/, '')
    .replace(/\s+/g, ' ');
  const [, count = '', side = ''] = /^(?:a\s+)?(half|quarter|[\w\s-]+?)(?:\s+(past|to))?$/.exec(lead) ?? [];
  const minutes = count === 'half' ? 30 : count === 'quarter' ? 15 : (numberOf(count) ?? Number.NaN);
  if (side === 'to') return `${h === 1 ? 12 : h - 1}:${String(60 - minutes).padStart(2, '0')}`;
  return `${h}:${String(minutes).padStart(2, '0')}`;
}

/** "an hour and a half", "2 and a half hours": a length chrono reads only in part, said in the unit below. */
const AND_A_HALF =
  /\b(?:(an?|one|two|three|four|five|six|\d{1,2})\s+(hour|day)s?\s+and\s+a\s+half|(one|two|three|four|five|six|\d{1,2})\s+and\s+a\s+half\s+(hour|day)s?)\b/giu;
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

function andAHalf(count: string, unit: string): string {
  const n = COUNT[count.toLowerCase()] ?? Number(count);
  return /^hour/i.test(unit) ? `${n * 60 + 30} minutes` : `${n * 24 + 12} hours`;
}

/** "in twenty minutes", "fifteen mins before": counts chrono does not read in words (it reads one to twelve). */
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const TEENS: Record<string, number> = {
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  ninety: 90,
};
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const COUNT_IN_WORDS = new RegExp(
  String.raw`\b(?:(twenty|thirty|forty|fifty)(?:[\s-](${UNITS.join('|')}))?|(${Object.keys(TEENS).join('|')}))(?=\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mths?)\b)`,
  'gi',
);

function countInWords(tens?: string, unit?: string, teen?: string): string {
  if (teen) return String(TEENS[teen.toLowerCase()]);
  return String((TENS[(tens ?? '').toLowerCase()] ?? 0) + (unit ? UNITS.indexOf(unit.toLowerCase()) + 1 : 0));
}

/**
 * "at 9 sharp", "5pm sharp", "sat 8ish": a word that insists on the time or rounds it is blanked with the time, so the
 * time reads on to a day after it and a date read there takes the word out of the title.
 */
const SHARP_AFTER_TIME = /\b(\d{1,2}(?:[:.]\d{2})?(?:\s*(?:am|pm|o'?clock))?)(?:\s+sharp|\s*-?ish)(?![\p{L}\p{N}])/giu;

/** The text with its short spellings made known, and the spans rewritten (a date read there ends at the span's end). */
function knownSpellings(text: string): { known: string; spans: [number, number][] } {
  const spans: [number, number][] = [];
  const pad = (said: string, at: number, spelling: string) => {
    spans.push([at, at + said.length]);
    return spelling.padEnd(said.length, ' ');
  };
  const known = daysInDigits(text)
    .replace(MONTH_THE_DAY, (said: string, month: string, at: number) => pad(said, at, month))
    .replace(IN_THE_PART_OF_DAY, (said: string, part: string, at: number) => pad(said, at, part))
    .replace(END_OF_DAY_WORDS, (said: string, at: number) => pad(said, at, '5pm'))
    .replace(LUNCHTIME, (said: string, at: number) => pad(said, at, 'noon'))
    .replace(AFTER_A_PART_OF_DAY, (said: string, part: string, at: number) => pad(said, at, HOUR_AFTER[part.toLowerCase()] ?? said))
    .replace(AT_SIGN_TIME, (said: string, at: number) => pad(said, at, ' '))
    .replace(HEDGED_TIME_AFTER_DAY, (said: string, at: number) => {
      spans.push([at, at + said.length]);
      return 'at'.padStart(said.length, ' ');
    })
    .replace(HEDGED_TIME_BEFORE_DAY, (said: string, at: number) => pad(said, at, 'at'))
    .replace(HEDGE_AFTER_IN, (said: string, at: number) => pad(said, at, ''))
    .replace(SHARP_AFTER_TIME, (said: string, time: string, at: number) => pad(said, at, time))
    .replace(DOTTED_MERIDIEM, (said: string, letter: string, at: number) => pad(said, at, `${letter}m`))
    .replace(DOTTED_TIME_AFTER_MONTH_DAY, (said: string, hour: string, minute: string, at: number) => pad(said, at, `${hour}:${minute}`))
    .replace(HOUR_IN_WORDS, (said: string, ...parts: (string | number | undefined)[]) => {
      const [w1, h1, w2, h2, w3, h3, at] = parts as [string?, string?, string?, string?, string?, string?, number?];
      return pad(said, at ?? 0, hourInWords(w1 ?? w2 ?? w3 ?? '', h1 ?? h2 ?? h3 ?? ''));
    })
    .replace(AND_A_HALF, (said: string, c1?: string, u1?: string, c2?: string, u2?: string, at?: number) =>
      pad(said, at ?? 0, andAHalf(c1 ?? c2 ?? '1', u1 ?? u2 ?? 'hour')),
    )
    // Padded before the digits: chrono reads "in     20 minutes" but not "in 20     minutes".
    .replace(COUNT_IN_WORDS, (said: string, tens?: string, unit?: string, teen?: string, at?: number) => {
      spans.push([at ?? 0, (at ?? 0) + said.length]);
      return countInWords(tens, unit, teen).padStart(said.length, ' ');
    })
    .replace(WORLD_CLOCK, (said: string, h?: string, m?: string, h24?: string, m24?: string, at?: number) =>
      pad(said, at ?? 0, worldClock(said, h, m, h24, m24)),
    )
    .replace(SHORT_SPELLING, (said: string, at: number) => pad(said, at, KNOWN_SPELLING[said.toLowerCase().replace(/\s+/g, ' ')] ?? said));
  return { known, spans };
}

export function withKnownSpellings(text: string): string {
  return knownSpellings(text).known;
}

/**
 * chrono's English reader with Doable's reading of bare hours. The refiner runs first, so that chrono's own
 * "the next one" (forwardDate) sees the afternoon hour: "at 3:30" said at 7 in the morning is today, not tomorrow.
 */
const chronoReader = chrono.casual.clone();
chronoReader.refiners.unshift(afternoonForBareHours);
chronoReader.refiners.push(arvoAfterDay, hourAfterWeekday, thisMonthByItsEnd);
chronoReader.parsers.push(...CALENDAR_PHRASES);

const LEADING_DAY_PART = /^(?:morning|afternoon|evening|night)\s+/i;
const MONTH_ALONE = new RegExp(`^${MONTH_WORD}\\.?$`, 'i');
const WEEKEND_ALONE = /^weekend$/i;
/**
 * "movie night", "the quiz night", "parents evening": a part of the day alone, right after a word that does not make
 * it a time ("this", "in the", "at", "every", "tomorrow" …), is the last word of a title, not a date.
 */
const DAY_PART_ALONE = /^(?:morning|afternoon|evening|night)$/i;
/** "chapters 1 to 5", "pages 10-20": two bare numbers are a range of things; a time says am/pm or a colon. */
const NUMBER_RANGE = /^\d{1,3}\s*(?:to|-|–|till|until)\s*\d{1,3}$/i;
/** "stretch for 10 minutes", "pack for 2 weeks": "for" and a length says how long, never when. */
const FOR_A_LENGTH =
  /^for\s+(?:about\s+|around\s+)?(?:an?|one|two|three|four|five|ten|twenty|thirty|\d+(?:\.\d+)?)\s*(?:m|mins?|minutes?|h|hrs?|hours?|days?|nights?|weeks?|wks?|months?|years?)$/i;
/** A number and a range's dash before a reading: "10-", "1 to ". */
const RANGE_BEFORE = /(?:^|\s)\d{1,3}\s*(?:-|–|to)\s*$/i;
/**
 * A word that numbers what follows it ("chapter 4", "page 12", "room 3"): a bare number after it is that thing's
 * number, never an hour ("read chapter 4 mon" is Monday, not Monday at 4pm).
 */
export const NUMBERED_NOUN_BEFORE =
  /(?:^|\s)(?:chapters?|ch|pages?|pg|pp|rooms?|rm|steps?|levels?|parts?|units?|lessons?|episodes?|ep|seasons?|grade|floors?|gates?|rows?|seats?|sections?|exercises?|ex|questions?|problems?|items?|number|labs?|modules?|verses?|psalms?|acts?|scenes?|tracks?|vol|volumes?|issues?|tickets?|bugs?|builds?|versions?|rounds?|games?|stages?|phases?|sprints?|tables?|bus|route|lines?|platforms?|aisles?|period|block|homework|hw)\.?\s*#?$/i;
/** Words that make such a range a span of hours: "from 1 to 5", "between 2 and 4", "at 3-4". */
const LEADS_TO_HOURS = /\b(?:from|at|between)\s*$/i;
const MAKES_A_TIME =
  /(?:^|\b(?:this|that|the|at|in|on|by|for|every|each|per|tomorrow|tmrw|today|tonight|yesterday|sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|weekday|weekend|\d+(?::\d+)?\s*(?:am|pm)?|[,;:.!?\-–—(]))\s*$/i;

/**
 * The text in lower case, letter for letter at the same offsets: chrono joins a day and its time ("TOMORROW AT NOON")
 * only in lower case, and a date must not depend on how it is typed. A letter whose lower case is longer stays as is.
 */
function lowerCaseInPlace(text: string): string {
  return text.replace(/\p{Lu}/gu, (letter) => {
    const lower = letter.toLowerCase();
    return lower.length === letter.length ? lower : letter;
  });
}

/**
 * A short weekday after an article or a possessive is a word of a title, not a day: "read klara and the sun", "fix the
 * sat nav", "my mon" (only full names and "this/next sun" name days). It is hidden from chrono, letter for letter.
 */
const WORD_NOT_WEEKDAY = /(?<=\b(?:the|a|an|my|your|his|her|our|their)\s+)(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b/giu;

/**
 * A month alone after "for" is what the task is for, or a person's name, never its deadline: "buy a card for June", "book
 * the campsite for August", "the invoice for March". With a day ("for June 3rd") it is a date.
 */
const MONTH_AFTER_FOR = new RegExp(String.raw`(?<=\bfor\s+)${MONTH_NAME}\b(?!\s*(?:\d|the\s+\d))`, 'giu');

/**
 * An amount of money is no time of day: "pay the milkman £14.50 saturday" is due on Saturday, not at 14:50, and "£10"
 * is no hour. It is hidden from chrono, letter for letter, as the words above are.
 */
const AMOUNT_OF_MONEY = /[£$€]\s?\d+(?:[.,]\d+)?(?:\s?(?:k|m|bn))?\b|\b\d+(?:[.,]\d+)?\s?(?:quid|pounds?|dollars?|euros?|pence)\b/giu;
/** "5,000 km", "1,200 words": a number with its thousands grouped is an amount, never an hour ("at 5"). */
const GROUPED_NUMBER = /\b\d{1,3}(?:,\d{3})+\b/gu;
/**
 * "the 24/7 support rota", "24/7 cover": all day, every day, before the thing it describes; never the 24th of July,
 * which "on 24/7" or "24/7 at 5pm" still is.
 */
const ROUND_THE_CLOCK =
  /(?<!\b(?:on|by|due|before|until|till|from|for)\s+)\b24\s?\/\s?(?:7|365)(?=\s+(?!(?:at|by|on|in|from|to|until|till|@)\b)\p{L})/giu;
/**
 * "call about claim 4471 mon": a long number before "mon" is the thing's own (chrono would count 4471 months); the day
 * is Monday. A clock written without its colon ("0930 mon") is still a time.
 */
const NUMBER_BEFORE_MON = /\b\d{3,}(?=\s+mon\b)/giu;
const isClockWithoutColon = (digits: string) => /^(?:[01]?\d|2[0-3])[0-5]\d$/.test(digits);

/** A reading that is today or tomorrow alone, to which "a week …" before it or "… week" after it may belong. */
const TODAY_OR_TOMORROW = /^(?:today|tomorrow|tmr)$/i;
const SPAN_BEFORE_DAY = /\b(?:an?|one|two|three|four|\d{1,2})\s+(?:weeks?|fortnight)\s+$/i;

/** A date phrase found in a text: where it starts, its words as typed, and what chrono read in them. */
export interface DateReading {
  index: number;
  text: string;
  start: ParsedComponents;
}

/**
 * "monday week at 8am": chrono reads the time apart from the day a week on, one date. "a fortnight today": the span,
 * read alone as well, is inside the date that counts from today, and goes.
 */
function withWeekPhrasesJoined(text: string, readings: DateReading[]): DateReading[] {
  const joined: DateReading[] = [];
  for (const reading of readings) {
    const last = joined.at(-1);
    const timeOnly = reading.start.isCertain('hour') && !reading.start.isCertain('day') && !reading.start.isCertain('weekday');
    const timeAfterWeek = last && timeOnly && /\b(?:week|wk|fortnight)$/i.test(last.text);
    if (last && reading.index <= last.index && reading.index + reading.text.length >= last.index + last.text.length)
      joined[joined.length - 1] = reading;
    else if (last && timeAfterWeek && /^\s+$/.test(text.slice(last.index + last.text.length, reading.index)))
      joined[joined.length - 1] = { ...last, text: text.slice(last.index, reading.index + reading.text.length) };
    else joined.push(reading);
  }
  return joined;
}

/** chrono's reader over the text with its short spellings made known; each reading's text is the text as given. */
export const dateReader = {
  parse: (...[text, ...rest]: Parameters<typeof chronoReader.parse>): DateReading[] => {
    const { known, spans } = knownSpellings(text);
    const lower = lowerCaseInPlace(known)
      .replace(WORD_NOT_WEEKDAY, (said) => 'x'.repeat(said.length))
      .replace(MONTH_AFTER_FOR, (said) => 'x'.repeat(said.length))
      .replace(AMOUNT_OF_MONEY, (said) => 'x'.repeat(said.length))
      .replace(GROUPED_NUMBER, (said) => 'x'.repeat(said.length))
      .replace(ROUND_THE_CLOCK, (said) => 'x'.repeat(said.length))
      .replace(NUMBER_BEFORE_MON, (said) => (isClockWithoutColon(said) ? said : 'x'.repeat(said.length)));
    const readings = chronoReader.parse(lower, ...rest).map((result): DateReading | undefined => {
      let { index, text: said, start } = result;
      // "parents' evening": after an apostrophe chrono starts at the space; the date starts at its first word.
      const space = /^\s+/.exec(said)?.[0].length ?? 0;
      index += space;
      // "by fri, nothing fancy": chrono may take the comma after a weekday; it stays the sentence's.
      said = said.slice(space).replace(/\s*[,;]+$/, '');
      // "parents evening monday 6pm": a part of the day before a phrase that names its own day is the title's word
      // (chrono would join them, and lose the day); so is one after a noun before a time of its own ("date night at
      // 6pm", "movie night 8pm"), as it is with nothing after it.
      // "pages 10-20 friday", "chapter 4 mon": the number after a range's dash or a numbered thing is its own, not an
      // hour of the day after it.
      const before = text.slice(0, index);
      const rangeEnd = RANGE_BEFORE.test(before)
        ? /^\d{1,3}\s+/.exec(said)
        : NUMBERED_NOUN_BEFORE.test(before)
          ? /^\d{1,3}\s+(?![ap]\.?m\b)/i.exec(said)
          : null;
      if (rangeEnd) {
        const from = index + rangeEnd[0].length;
        const [after] = chronoReader.parse(lower.slice(from, index + said.length), ...rest);
        if (!after) return undefined;
        index = from + after.index;
        said = after.text;
        start = after.start;
      }
      const part = LEADING_DAY_PART.exec(said);
      if (part) {
        const from = index + part[0].length;
        const [alone] = chronoReader.parse(lower.slice(from, index + said.length), ...rest);
        const afterNoun = LEADING_DAY_PART.test(text.slice(index)) && !MAKES_A_TIME.test(text.slice(0, index));
        // "parents evening on 24/02": the day may come after "on" or "at", which stay with the date.
        const gap = alone ? lower.slice(from, from + alone.index) : '';
        if (alone && /^(?:(?:on|at)\s+)?$/.test(gap) && (alone.start.isCertain('weekday') || alone.start.isCertain('day') || afterNoun)) {
          index = from;
          said = gap + alone.text;
          start = alone.start;
        }
      }
      // A reading that ends in a rewritten spelling ends where the words as typed end, not inside the padding.
      const end = index + said.length;
      const span = spans.find(([from, to]) => from < end && end < to);
      // "the 3rd of feb", "the last day of the month", "the end of the month": chrono starts after "the"; the article
      // goes with the date, not into a title.
      const article = /^(?:\d|(?:last|first)\s+day\b|end\s+of\b)/i.test(said) ? /\bthe\s+$/i.exec(text.slice(0, index)) : null;
      // "in march", "at the weekend": the word that makes a month or the weekend a date goes with it.
      const lead = (MONTH_ALONE.test(said) ? /\bin\s+$/i : WEEKEND_ALONE.test(said) ? /\b(?:at|on)\s+the\s+$/i : undefined)?.exec(
        text.slice(0, index),
      );
      // "a week on friday", "a week from friday", "friday week", "tues wk" (at the end, or before a time): the week goes
      // with the weekday.
      const weekOn =
        start.isCertain('weekday') && !start.isCertain('day')
          ? /\ba\s+(?:week|fortnight)\s+(?:on\s+|from\s+)?$/i.exec(text.slice(0, index))
          : null;
      // "a week today", "a fortnight tomorrow" (British): the span goes with the day it counts from.
      const spanBefore = /^(?:today|tomorrow|tmr)\b/i.test(said) ? SPAN_BEFORE_DAY.exec(text.slice(0, index)) : null;
      const from = article ? article.index : lead ? lead.index : weekOn ? weekOn.index : spanBefore ? spanBefore.index : index;
      const to = span ? span[1] : end;
      // "at 6:45 tomorrow morning": chrono leaves the part of the day out; it goes with the time it says.
      // "in 2 weeks time", "in a month's time": the "time" goes with the date.
      const weekAfter =
        (start.isCertain('weekday') && !start.isCertain('day')) || TODAY_OR_TOMORROW.test(said)
          ? /^\s+(?:week|wk|fortnight)\b(?=\s*(?:$|[,;.!?]|at\b|\d))/i.exec(text.slice(to))
          : null;
      if (weekAfter) return { index: from, text: text.slice(from, to + weekAfter[0].length), start };
      const time = /^in\s/i.test(said) && !start.isCertain('hour') ? /^(?:'s)?\s+time\b/i.exec(text.slice(to)) : null;
      if (time) return { index: from, text: text.slice(from, to + time[0].length), start };
      const morning = start.isCertain('hour') && !/\bmorning\b/i.test(said) ? /^\s+(?:in\s+the\s+)?morning\b/i.exec(text.slice(to)) : null;
      return { index: from, text: text.slice(from, to + (morning?.[0].length ?? 0)), start };
    });
    return withWeekPhrasesJoined(
      text,
      readings.filter(
        (reading): reading is DateReading =>
          reading !== undefined &&
          !(DAY_PART_ALONE.test(reading.text.trim()) && !MAKES_A_TIME.test(text.slice(0, reading.index))) &&
          !(NUMBER_RANGE.test(reading.text.trim()) && !LEADS_TO_HOURS.test(text.slice(0, reading.index))) &&
          !FOR_A_LENGTH.test(reading.text.trim()),
      ),
    );
  },
};

/** Words that put a weekday a week or more out on purpose. */
const WEEK_ON_WORDS = /\b(?:next|after|weeks?)\b/i;

/**
 * A weekday named alone ("thursday", "this thursday 10am") that is today means today only while the time it gets (said,
 * or the default 09:00) is still ahead; once past, the same weekday next week. chrono moves a said time forward but not
 * the default hour, so "remind me on thursday" said on a Thursday afternoon would set a reminder in the past. Chat, quick
 * add and a rule's first date all read weekdays here, so they agree. Words that point back ("last thursday") keep it.
 */
function weekdayStillAhead(local: DateTime, start: ParsedComponents, said: string, now: Date): DateTime {
  const weekdayAlone = start.isCertain('weekday') && !start.isCertain('day') && !PAST_WORDS.test(said);
  if (!weekdayAlone) return local;
  if (local.toJSDate() <= now) return local.plus({ weeks: 1 });
  // chrono moves on by the hour it implies ("morning" is 06:00), not the one the task gets: "thursday morning" said on
  // a Thursday at 7 is today at 09:00. "next thursday" is meant a week out.
  const weekBefore = local.minus({ weeks: 1 });
  return !WEEK_ON_WORDS.test(said) && weekBefore.toJSDate() > now ? weekBefore : local;
}

/**
 * ISO 8601 or a plain English phrase ("tomorrow 5pm", "next friday", "in 2 hours") → an instant, read in
 * `timeZone` relative to `now`. Throws DateParseError with a message the user can act on.
 */

const WEEKDAY_NAME = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?';
const WEEK_ON_DAY = new RegExp(
  String.raw`^(?:on\s+)?(?:(a\s+week|a\s+fortnight|2\s+weeks)\s+(?:on|from)\s+(${WEEKDAY_NAME})|(${WEEKDAY_NAME}|today|tomorrow|tmr)\s+(week|wk|fortnight))((?:\s+at)?\s+\S.*)?$`,
  'i',
);
/**
 * "friday 24:00 after monday" (the far end of "between monday and friday"): that weekday (and time) read from the
 * date after "after", not from now ("monday after next" is a day of its own, read by the calendar phrases).
 */
const WEEKDAY_AFTER = new RegExp(
  String.raw`^(${WEEKDAY_NAME}(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?(?:\s*[ap]m)?)?)\s+after\s+(?!next(?:\s+at\b|\s*$))(\S.*)$`,
  'i',
);

/** The date `text` names, or undefined where it names none. */
export function readOrUndefined(text: string, timeZone: string, now: Date): Date | undefined {
  try {
    return resolveDate(text, timeZone, now);
  } catch {
    return undefined;
  }
}

/**
 * "5.30", "6.45pm": a clock written with a dot is a time of day when no month has that number (13 and over) or am/pm
 * says so; "5.12" may be the 5th of December, and is read as a date.
 */
const DOTTED_CLOCK = /^(\d{1,2})\.((?:1[3-9]|[2-5]\d)(?:\s*[ap]m)?|\d{2}\s*[ap]m)$/i;

export function resolveDate(text: string, timeZone: string, now: Date): Date {
  const written = text.trim().replace(DOTTED_CLOCK, 'at $1:$2');
  return resolveWritten(dayFirstWhereWritten(written, timeZone), timeZone, now);
}

function writtenOrUndefined(text: string, timeZone: string, now: Date): Date | undefined {
  try {
    return resolveWritten(text, timeZone, now);
  } catch {
    return undefined;
  }
}

/**
 * resolveDate on a text whose dates read either way round are already written month first: its parts are read again
 * from here, so that "12/03 24:00" (the end of 12 March) is not turned back into 3 December.
 */
function resolveWritten(text: string, timeZone: string, now: Date): Date {
  // "half three on friday": a date phrase that starts with the hour in words reads it as a time.
  const trimmed = plainDayOfMonth(
    withKnownSpellings(text.trim().replace(/^(?=half\s+\p{L})/iu, 'at '))
      .replace(/\s+/g, ' ')
      .trim(),
  )
    .replace(HOUR_BEFORE_DAY, '$2 at $1')
    .replace(HOUR_BEFORE_MONTH_DAY, '$2 at $1')
    .replace(MIDNIGHT_OF_DAY, (_all, before?: string, after?: string) => `${before ?? after} 24:00`)
    .replace(AFTER_THE_WEEKEND, 'monday');
  // "tuesday or thursday at 6pm" (the first day of a rule on both): the first of them to come.
  const choice = WEEKDAY_CHOICE.exec(trimmed);
  if (choice?.[1]) {
    const days = choice[1].split(/\s*(?:,|\bor\b)\s*/i).filter(Boolean);
    return new Date(Math.min(...days.map((day) => resolveWritten(`${day}${choice[2] ?? ''}`, timeZone, now).getTime())));
  }
  // "a week on friday", "friday week", "tomorrow week", "saturday fortnight" (British): that day a week (or two) later,
  // never "a week" from now.
  const weekOn = WEEK_ON_DAY.exec(trimmed);
  if (weekOn) {
    const [, span = weekOn[4], onDay, dayFirst, , time = ''] = weekOn;
    const day = resolveWritten(`${onDay ?? dayFirst ?? ''}${time}`, timeZone, now);
    return DateTime.fromJSDate(day, { zone: timeZone })
      .plus({ weeks: /fortnight|2/i.test(span ?? '') ? 2 : 1 })
      .toJSDate();
  }
  const workingDay = WORKING_DAY.exec(trimmed);
  if (workingDay?.[1]) return workingDayOfMonth(workingDay[1], Boolean(workingDay[2]), timeZone, now);
  const nth = NTH_WEEKDAY.exec(trimmed);
  if (nth?.[1] && nth[2] && nth[3])
    return nthWeekday(nth[1], nth[2], nth[3], nth[4] ?? '', timeZone, now, (phrase) => resolveWritten(phrase, timeZone, now));
  const weekdayAfter = WEEKDAY_AFTER.exec(trimmed);
  const from = weekdayAfter?.[2] ? writtenOrUndefined(weekdayAfter[2], timeZone, now) : undefined;
  if (weekdayAfter?.[1] && from) return resolveWritten(weekdayAfter[1], timeZone, from);
  let result: Date | undefined;
  const endOfDay = END_OF_DAY.exec(trimmed);
  if (endOfDay?.[1]) {
    // Its last minute picks the day: "thursday 24:00" said on a Thursday is tonight's midnight, still ahead.
    const lastMinute = resolveWritten(`${endOfDay[1]} 23:59`, timeZone, now);
    result = DateTime.fromJSDate(lastMinute, { zone: timeZone }).startOf('day').plus({ days: 1 }).toJSDate();
  } else if (ISO_WITH_OFFSET.test(trimmed)) {
    result = new Date(trimmed);
  } else if (ISO_LOCAL.test(trimmed)) {
    const local = DateTime.fromISO(trimmed, { zone: timeZone });
    if (local.isValid) result = (trimmed.includes('T') ? local : local.set({ hour: DEFAULT_HOUR })).toJSDate();
  } else if (SPAN_FROM_DAY.test(trimmed)) {
    const [, count = '1', unit = 'day', from = 'today', time] = SPAN_FROM_DAY.exec(trimmed) ?? [];
    const units = { d: 'days', w: 'weeks', m: 'months', y: 'years' } as const;
    const day = DateTime.fromJSDate(now, { zone: timeZone })
      .startOf('day')
      .plus({ days: /^t(?:omorrow|mr)$/i.test(from) ? 1 : 0 });
    const amount = COUNT[count.toLowerCase()] ?? Number(count);
    const date = day.plus({ [units[unit[0]?.toLowerCase() as keyof typeof units] ?? 'days']: amount });
    result = time ? resolveWritten(`${date.toFormat('LLLL d yyyy')}${time}`, timeZone, now) : date.set({ hour: DEFAULT_HOUR }).toJSDate();
  } else if (END_OF.test(trimmed)) {
    const [, nextOrLast, period, short] = END_OF.exec(trimmed) ?? [];
    // "the end of last month": the one before (a bound of a question about it).
    const step = nextOrLast ? (/^next$/i.test(nextOrLast) ? 1 : -1) : 0;
    const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day').set({ hour: DEFAULT_HOUR });
    const friday = today.plus({ days: ((5 - today.weekday + 7) % 7) + 7 * step });
    result = (
      /^w/i.test(period ?? short ?? '')
        ? friday
        : today
            .plus({ months: step * (/^q/i.test(period ?? short ?? '') ? 3 : 1) })
            .endOf(/^q/i.test(period ?? short ?? '') ? 'quarter' : 'month')
            .set({ hour: DEFAULT_HOUR, minute: 0, second: 0, millisecond: 0 })
    ).toJSDate();
  } else if (DAY_OF_MONTH.test(trimmed)) {
    // "the 1st (at 9am)": the next such day in the user's zone (today counts), read again as a full date.
    const [, day, ofNextMonth, time] = DAY_OF_MONTH.exec(trimmed) ?? [];
    const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
    let month = today.startOf('month').plus({ months: ofNextMonth ? 1 : 0 });
    for (let i = 0; i < 12 && !result; i++, month = month.plus({ months: 1 })) {
      const date = month.set({ day: Number(day) });
      if (date.month === month.month && date >= today)
        result = resolveWritten(`${date.toFormat('LLLL d yyyy')}${time ?? ''}`, timeZone, now);
    }
  } else {
    const offset = DateTime.fromJSDate(now, { zone: timeZone }).offset;
    // "last monday", "2 days ago" point back; anything else ("friday", "5pm") means the next one.
    const forwardDate = !PAST_WORDS.test(trimmed);
    const [parsed] = dateReader.parse(trimmed, { instant: now, timezone: offset }, { forwardDate });
    if (parsed) {
      const start = parsed.start;
      // "tonight", "friday afternoon": chrono only implies the hour, but the user did name a time of day.
      const hasTime = start.isCertain('hour') || TIME_OF_DAY_WORDS.test(trimmed);
      const relative = start.isCertain('minute') && !start.isCertain('day') && /\bin\b|\bfrom now\b|\bago\b/i.test(trimmed);
      if (relative) {
        result = start.date();
      } else {
        const local = DateTime.fromObject(
          {
            year: start.get('year') ?? undefined,
            month: start.get('month') ?? undefined,
            day: start.get('day') ?? undefined,
            hour: hasTime && !(MORNING_ONLY.test(trimmed) && !start.isCertain('hour')) ? (start.get('hour') ?? 0) : DEFAULT_HOUR,
            minute: hasTime ? (start.get('minute') ?? 0) : 0,
          },
          { zone: timeZone },
        );
        if (local.isValid) result = weekdayStillAhead(local, start, trimmed, now).toJSDate();
      }
    }
  }
  if (!result || Number.isNaN(result.getTime())) {
    throw new DateParseError(
      `I could not read "${text.trim()}" as a date. Use ISO 8601 (2026-01-20T18:00:00Z) or a phrase such as "tomorrow 5pm".`,
    );
  }
  if (result.getTime() < EARLIEST || result.getTime() > LATEST) throw new DateParseError('Use a date between the years 1900 and 9999.');
  return result;
}

/**
 * How many days back a window's start is read again, nearest first, when read from now it lands past the window's end:
 * a week reaches a weekday already past, a month a day of the month or a month.
 */
const WINDOW_START_LOOK_BACK_DAYS = [1, 7, 31];

/**
 * The start of a window said in words, which must come before the window's end. A date is read forward, the next one
 * to come ("january 1" said in January is next year's), which is right for a due date but not always for a window's
 * start: "what's due in january" asked in January, "between the 1st and the 25th" asked on the 22nd, "between monday
 * and friday" asked on a Wednesday all mean a start already past. Such a start is read from a little earlier instead:
 * the nearest reading that comes before the end.
 */
export function resolveWindowStart(text: string, before: Date, timeZone: string, now: Date): Date {
  const start = resolveDate(text, timeZone, now);
  if (start < before) return start;
  for (const days of WINDOW_START_LOOK_BACK_DAYS) {
    const earlier = resolveDate(text, timeZone, new Date(now.getTime() - days * 86_400_000));
    if (earlier < before) return earlier;
  }
  return start;
}

/** The [after, before) window of a named due range in the user's zone. */
export function dueWindow(
  window: 'today' | 'tomorrow' | 'this_week' | 'next_week',
  timeZone: string,
  now: Date,
): { after: Date; before: Date } {
  const local = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const ranges = {
    today: [local, local.plus({ days: 1 })],
    tomorrow: [local.plus({ days: 1 }), local.plus({ days: 2 })],
    this_week: [local, local.startOf('week').plus({ weeks: 1 })],
    next_week: [local.startOf('week').plus({ weeks: 1 }), local.startOf('week').plus({ weeks: 2 })],
  } as const;
  const [after, before] = ranges[window];
  return { after: after.toJSDate(), before: before.toJSDate() };
}

/** The days a completion window covers in the user's time zone: "this_week" is from Monday to the end of today. */
export function completionWindow(
  window: 'today' | 'yesterday' | 'this_week' | 'last_week' | 'this_month' | 'last_month',
  timeZone: string,
  now: Date,
): { after: Date; before: Date } {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  const monday = today.startOf('week');
  const first = today.startOf('month');
  const ranges = {
    today: [today, today.plus({ days: 1 })],
    yesterday: [today.minus({ days: 1 }), today],
    this_week: [monday, today.plus({ days: 1 })],
    last_week: [monday.minus({ weeks: 1 }), monday],
    this_month: [first, today.plus({ days: 1 })],
    last_month: [first.minus({ months: 1 }), first],
  } as const;
  const [after, before] = ranges[window];
  return { after: after.toJSDate(), before: before.toJSDate() };
}

/** A short local rendering for replies, e.g. "Fri 20 Nov 17:00". */
export function formatLocal(iso: string | null, timeZone: string): string {
  if (!iso) return 'no date';
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('ccc d LLL yyyy HH:mm');
}

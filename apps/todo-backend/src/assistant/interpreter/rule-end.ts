import { COUNT_WORD, numberOf } from '../number-words.ts';
import { DAY_NAMES } from './recurrence.ts';

// The bounds of a new series said in the chat: its start ("starting next week") and its end: "6 times", "for 2 weeks",
// "until march". The interpreter reads sentences without a clock, so an end it can count ("for 2 weeks" of a daily rule
// is 14 times) becomes the rule's COUNT; an end on a date ("until march") is asked about rather than read as the first
// due date, which would start the series then.

export interface SeriesEndSaid {
  /** The words without the end. */
  text: string;
  /** The rule with its COUNT, when the end was counted. */
  pattern?: string;
  /** The question to ask when the end cannot be counted. */
  ask?: string;
}

const TIMES = /(?:,\s*|\s+)(?:for\s+)?(\d{1,3})\s*(?:times|x)\b(?!\s+(?:a|an|per|each|every)\b)/i;
const FOR_LENGTH = new RegExp(
  String.raw`(?:,\s*|\s+)for\s+(?:the\s+next\s+)?(\d{1,3}|${COUNT_WORD})\s+(days?|weeks?|months?|years?)\b`,
  'i',
);
const UNTIL = /(?:,\s*|\s+)(?:until|till|til|through|thru|ending(?:\s+on)?|ends?(?:\s+on)?)\s+\S/i;
/**
 * "every day this week", "daily for the rest of the month", "every morning next week": a span the series lasts, never
 * its first due date with no end.
 */
const FOR_SPAN =
  /(?:,\s*|\s+)(?<!\b(?:starting|from|beginning)\s+)(?:for\s+)?(?:(?:the\s+)?rest\s+of\s+(?:the\s+|this\s+)?|this\s+(?:coming\s+)?|(next)\s+)(week|month)\b/i;

const SHORT_RULES: Record<string, string> = { daily: 'FREQ=DAILY', weekly: 'FREQ=WEEKLY', monthly: 'FREQ=MONTHLY', yearly: 'FREQ=YEARLY' };
/** How many of the rule's periods a unit of time holds, when it holds a whole number of them. */
const PERIODS: Record<string, Record<string, number>> = {
  DAILY: { day: 1, week: 7 },
  WEEKLY: { week: 1 },
  MONTHLY: { month: 1, year: 12 },
  YEARLY: { year: 1 },
};

const ASK_END = 'Until when? I can end a series after a number of times here (say "… for 10 times"), or on a date in the task form.';

function withCount(pattern: string, count: number): string {
  return `${SHORT_RULES[pattern.toLowerCase()] ?? pattern};COUNT=${count}`;
}

/** How many times a rule happens in "for N <unit>", or undefined when it is no whole number of times. */
function countOver(pattern: string, amount: number, unit: string): number | undefined {
  const rule = SHORT_RULES[pattern.toLowerCase()] ?? pattern;
  const freq = /FREQ=(\w+)/i.exec(rule)?.[1]?.toUpperCase() ?? '';
  const interval = Number(/INTERVAL=(\d+)/i.exec(rule)?.[1] ?? 1);
  const perUnit = PERIODS[freq]?.[unit.toLowerCase().replace(/s$/, '')];
  if (!perUnit) return undefined;
  // "every tuesday and thursday for 3 weeks": each week holds as many times as the days named.
  const days = freq === 'WEEKLY' ? (/BYDAY=([A-Z,]+)/i.exec(rule)?.[1]?.split(',').length ?? 1) : 1;
  const count = (amount * perUnit * days) / interval;
  return Number.isInteger(count) && count >= 1 ? count : undefined;
}

/** The first day of a week the rule falls on: the first of its weekdays, or Monday. */
function firstDayOf(pattern: string): string {
  const days = /BYDAY=([A-Z,]+)/i.exec(pattern)?.[1]?.toUpperCase().split(',') ?? [];
  return Object.entries(DAY_NAMES).find(([day]) => days.length === 0 || days.includes(day))?.[1] ?? 'monday';
}

/** The end of a series said after its rule, taken out of the words. */
export function seriesEndSaid(text: string, pattern: string): SeriesEndSaid {
  if (/COUNT=|UNTIL=/i.test(pattern)) return { text };
  const times = TIMES.exec(text);
  if (times?.[1]) return { text: text.replace(times[0], ' '), pattern: withCount(pattern, Number(times[1])) };
  const length = FOR_LENGTH.exec(text);
  if (length?.[1] && length[2]) {
    const amount = numberOf(length[1]);
    const count = amount ? countOver(pattern, amount, length[2]) : undefined;
    return count ? { text: text.replace(length[0], ' '), pattern: withCount(pattern, count) } : { text, ask: ASK_END };
  }
  const span = FOR_SPAN.exec(text);
  if (span?.[2]) {
    // "next week" starts on its Monday and holds a whole week of the rule; any other span depends on today.
    const count = span[1] && span[2].toLowerCase() === 'week' ? countOver(pattern, 1, 'week') : undefined;
    if (!count) return { text, ask: ASK_END };
    return { text: `${text.replace(span[0], ' ')} starting ${firstDayOf(pattern)} next week`, pattern: withCount(pattern, count) };
  }
  return UNTIL.test(text) ? { text, ask: ASK_END } : { text };
}

/**
 * "every monday starting next week", "on the 15th of every month from next month": a week or a month said as the start
 * is the rule's day in it, so the series' first date falls on the rule.
 */
export function startOnRule(start: string, rule: { weekday?: string; monthDay?: string }): string {
  if (rule.weekday && /^(?:next|the\s+following)\s+week$/i.test(start)) return `${rule.weekday} next week`;
  if (rule.monthDay && /^(?:next|the\s+following)\s+month$/i.test(start)) return `${rule.monthDay} next month`;
  return start;
}

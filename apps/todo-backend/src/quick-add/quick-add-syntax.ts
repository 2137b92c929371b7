import type { Priority } from '@doable/contracts';
import { tagSchema } from '@doable/contracts';
import { DURATION, toDuration, WEEKDAYS } from '../assistant/interpreter-phrases.ts';

// The Todoist-style marks of a quick-add line, each found by a pattern on the line as it stands after protected
// and already-read parts were masked. Every match keeps its offsets so the web app can show it as a chip.

export interface Match {
  start: number;
  end: number;
  value: string;
}

/** Every match of `pattern` (global) in `text`, with `read` turning it into a value or refusing it (undefined). */
export function matchAll(text: string, pattern: RegExp, read: (match: RegExpExecArray) => string | undefined): Match[] {
  const found: Match[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = read(match);
    if (value !== undefined) found.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return found;
}

const PRIORITY_OF_NUMBER: Record<string, Priority> = { '1': 'high', '2': 'medium', '3': 'low', '4': 'medium' };
const PRIORITY_WORD: Record<string, Priority> = { high: 'high', top: 'high', medium: 'medium', normal: 'medium', low: 'low' };

/** Patterns for a priority, most specific first: "not urgent" must be read before "urgent" can be. */
const PRIORITY_PATTERNS: [RegExp, (match: RegExpExecArray) => Priority | undefined][] = [
  [/\b(?:not\s+(?:very\s+|that\s+|a\s+)?(?:urgent|important|high[\s-]*(?:priority|prio)|priority)|no\s+(?:rush|hurry))\b/giu, () => 'low'],
  [/(?<![\p{L}\p{N}_])p([1-4])(?![\p{L}\p{N}_])/giu, (m) => PRIORITY_OF_NUMBER[m[1] ?? '']],
  [/(?<!\S)!([1-3])(?![\p{L}\p{N}_])/gu, (m) => PRIORITY_OF_NUMBER[m[1] ?? '']],
  [/(?<!\S)!(high|medium|low)\b/giu, (m) => PRIORITY_WORD[(m[1] ?? '').toLowerCase()]],
  [/\b(high|top|medium|normal|low)[\s-]*(?:priority|prio)\b/giu, (m) => PRIORITY_WORD[(m[1] ?? '').toLowerCase()]],
  [/\b(?:priority|prio)\s*:?\s*(high|medium|normal|low)\b/giu, (m) => PRIORITY_WORD[(m[1] ?? '').toLowerCase()]],
  [/\b(?:urgent|urgently|asap)\b/giu, () => 'high'],
];

export function findPriorities(text: string, claim: (match: Match) => boolean): Match[] {
  const found: Match[] = [];
  for (const [pattern, read] of PRIORITY_PATTERNS) {
    for (const match of matchAll(text, pattern, read)) if (claim(match)) found.push(match);
  }
  return found;
}

/** A project a line may name with `#name`: one the caller may add tasks to. */
export interface QuickAddProject {
  id: number;
  name: string;
}

/**
 * `#name` naming one of `projects` (case-insensitively), at the start of a word. A name may hold spaces
 * (`#Home Projects`): the longest project name that ends at a word's end wins, so `#Home Projects` is the project
 * "Home Projects" when there is one, and the project "Home" followed by the title word "Projects" otherwise.
 */
export function findProjects(text: string, projects: readonly QuickAddProject[]): Match[] {
  const longestFirst = [...projects].sort((a, b) => b.name.length - a.name.length);
  const found: Match[] = [];
  for (const hash of text.matchAll(/(?<!\S)#(?=\S)/gu)) {
    const from = hash.index + 1;
    const project = longestFirst.find((candidate) => {
      const end = from + candidate.name.length;
      return (
        candidate.name !== '' &&
        text.slice(from, end).toLowerCase() === candidate.name.toLowerCase() &&
        !/^[\p{L}\p{N}_-]/u.test(text.slice(end))
      );
    });
    if (project) found.push({ start: hash.index, end: from + project.name.length, value: String(project.id) });
  }
  return found;
}

/** `@label` and `#name` (a tag unless it names a project), at the start of a word: an e-mail address is no tag. */
export function findTags(text: string): Match[] {
  return matchAll(text, /(?<!\S)[@#]([\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*)/gu, (match) => {
    const parsed = tagSchema.safeParse(match[1] ?? '');
    return parsed.success ? parsed.data : undefined;
  });
}

const REMIND = '(?:remind|ping|alert|nudge|notify)\\s+me';
/** "remind me 1h before", "ping me 20 min before", "reminder 30m before", "remind me the day before". */
const REMIND_BEFORE = new RegExp(
  `\\b(?:${REMIND}|(?:with\\s+)?(?:a\\s+)?reminder)\\s+(?:(${DURATION})|the\\s+(day|week|hour)|an?\\s+(day|week|hour))\\s+(?:before|ahead|earlier|early|in\\s+advance)\\b`,
  'giu',
);
const UNIT_LETTER: Record<string, string> = { day: '1d', week: '1w', hour: '1h' };

export function findRemindersBefore(text: string): Match[] {
  return matchAll(text, REMIND_BEFORE, (match) => {
    if (match[1]) return toDuration(match[1].replace(/\s+/g, ' ')) ?? undefined;
    return UNIT_LETTER[(match[2] ?? match[3] ?? '').toLowerCase()];
  });
}

/** Where "remind me" (or "ping me", …) starts a phrase that may name a time: "remind me at 5pm". */
export function findRemindAt(text: string): { start: number; lead: number }[] {
  return [...text.matchAll(new RegExp(`\\b${REMIND}\\s+(?:(?:at|on)\\s+)?`, 'giu'))].map((match) => ({
    start: match.index,
    lead: match.index + match[0].length,
  }));
}

/** `//` at the start of the line or after a space: the rest of the line is the description (a URL's `://` is not). */
export function findDescription(text: string): Match | undefined {
  const match = /(?:^|\s)\/\/(.*)$/su.exec(text);
  if (!match) return undefined;
  const start = match.index + (match[0].startsWith('//') ? 0 : 1);
  return { start, end: text.length, value: (match[1] ?? '').trim() };
}

export interface RecurrenceMatch extends Match {
  basis: 'due' | 'completion';
  /** A time of day the phrase itself names ("every evening"), as [hour, minute]. */
  time?: [number, number];
}

const WEEKDAY = '(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?s?';
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1 };
const COUNTS: Record<string, number> = { other: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };
const FREQ: Record<string, string> = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY', year: 'YEARLY' };
const KEYWORD: Record<string, string> = {
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
  yearly: 'FREQ=YEARLY',
  annually: 'FREQ=YEARLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
  fortnightly: 'FREQ=WEEKLY;INTERVAL=2',
};
const DAY_PART_TIME: Record<string, [number, number]> = { morning: [9, 0], afternoon: [15, 0], evening: [20, 0], night: [22, 0] };

const dayCode = (word: string) => {
  const lower = word.toLowerCase().replace(/s$/, '');
  return WEEKDAYS[lower] ?? WEEKDAYS[lower.slice(0, 3)];
};
const dayList = (text: string) =>
  text
    .split(/\s*(?:,\s*and|,|and|&)\s*/iu)
    .map(dayCode)
    .filter(Boolean)
    .join(',');

/** What follows "every": a rule and maybe a time of day, or undefined. Longest forms first. */
const EVERY_FORMS: [RegExp, (match: RegExpExecArray) => { rule: string; time?: [number, number] } | undefined][] = [
  [
    new RegExp(`^(first|1st|second|2nd|third|3rd|fourth|4th|last)\\s+(${WEEKDAY})(?:\\s+of\\s+(?:the|every|each)\\s+month)?`, 'iu'),
    (m) => {
      const n = ORDINALS[(m[1] ?? '').toLowerCase()];
      const day = dayCode(m[2] ?? '');
      return n && day ? { rule: `FREQ=MONTHLY;BYDAY=${n}${day}` } : undefined;
    },
  ],
  [/^(?:month\s+on\s+the\s+)?last\s+day(?:\s+of\s+(?:the|every|each)\s+month)?/iu, () => ({ rule: 'FREQ=MONTHLY;BYMONTHDAY=-1' })],
  [
    /^(?:month\s+on\s+)?(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:the|every|each)\s+month)?(?![\p{L}\p{N}])/iu,
    (m) => ({ rule: `FREQ=MONTHLY;BYMONTHDAY=${m[1]}` }),
  ],
  [
    // "every 2 weeks on friday", "every other week on tue and thu": the interval on those days.
    new RegExp(`^(other|\\d{1,3}|two|three|four)\\s+weeks?\\s+on\\s+(${WEEKDAY}(?:\\s*(?:,\\s*and|,|and|&)\\s*${WEEKDAY})*)\\b`, 'iu'),
    (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const n = COUNTS[word] ?? Number(word);
      const days = dayList(m[2] ?? '');
      if (!n || !days) return undefined;
      return { rule: n === 1 ? `FREQ=WEEKLY;BYDAY=${days}` : `FREQ=WEEKLY;INTERVAL=${n};BYDAY=${days}` };
    },
  ],
  [
    /^(other|\d{1,3}|two|three|four|five|six)\s+(day|week|month|year)s?\b/iu,
    (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const n = COUNTS[word] ?? Number(word);
      const freq = FREQ[(m[2] ?? '').toLowerCase()];
      if (!freq || !n) return undefined;
      return { rule: n === 1 ? (KEYWORD[`${freq.toLowerCase()}`] ?? `FREQ=${freq}`) : `FREQ=${freq};INTERVAL=${n}` };
    },
  ],
  [new RegExp(`^other\\s+(${WEEKDAY})\\b`, 'iu'), (m) => ({ rule: `FREQ=WEEKLY;INTERVAL=2;BYDAY=${dayCode(m[1] ?? '')}` })],
  [/^(?:weekday|workday|work\s+day|business\s+day)s?\b/iu, () => ({ rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' })],
  [/^weekends?\b/iu, () => ({ rule: 'FREQ=WEEKLY;BYDAY=SA,SU' })],
  [
    new RegExp(`^(${WEEKDAY}(?:\\s*(?:,\\s*and|,|and|&)\\s*${WEEKDAY})*)(?:\\s+(morning|afternoon|evening|night))?\\b`, 'iu'),
    (m) => {
      const days = dayList(m[1] ?? '');
      if (!days) return undefined;
      const time = m[2] ? DAY_PART_TIME[m[2].toLowerCase()] : undefined;
      return { rule: `FREQ=WEEKLY;BYDAY=${days}`, ...(time ? { time } : {}) };
    },
  ],
  [
    /^(day|morning|afternoon|evening|night|week|month|year)\b/iu,
    (m) => {
      const word = (m[1] ?? '').toLowerCase();
      const time = DAY_PART_TIME[word];
      if (time) return { rule: 'daily', time };
      return { rule: { day: 'daily', week: 'weekly', month: 'monthly', year: 'FREQ=YEARLY' }[word] ?? 'daily' };
    },
  ],
];

/** `every …` / `every! …` (from completion), `each …`, and the words daily, weekly, biweekly, monthly, yearly. */
export function findRecurrences(text: string): RecurrenceMatch[] {
  const found: RecurrenceMatch[] = [];
  for (const lead of text.matchAll(/\b(?:every|each)(!?)\s+/giu)) {
    const after = lead.index + lead[0].length;
    for (const [pattern, read] of EVERY_FORMS) {
      const form = pattern.exec(text.slice(after));
      const read_ = form ? read(form) : undefined;
      if (form && read_) {
        found.push({
          start: lead.index,
          end: after + form[0].length,
          value: read_.rule,
          basis: lead[1] ? 'completion' : 'due',
          ...(read_.time ? { time: read_.time } : {}),
        });
        break;
      }
    }
  }
  for (const match of text.matchAll(/\b(daily|weekly|biweekly|fortnightly|monthly|yearly|annually)\b/giu)) {
    const rule = KEYWORD[(match[1] ?? '').toLowerCase()];
    if (rule) found.push({ start: match.index, end: match.index + match[0].length, value: rule, basis: 'due' });
  }
  return found;
}

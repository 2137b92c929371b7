import type { Priority, QuickAddParse, QuickAddToken, QuickAddTokenKind } from '@doable/contracts';
import { MONTH_NAME } from '../assistant/calendar-words.ts';
import { DEFAULT_TIME } from '../assistant/default-time.ts';
import { atTimeOf, type DateMatch, dayAt, findDates, firstOnRule, hasBareHour, localTime, nextAt } from './quick-add-dates.ts';
import { findRecurrences, type RecurrenceMatch } from './quick-add-recurrence.ts';
import { findSeriesEnd, withSeriesEnd } from './quick-add-series-end.ts';
import {
  findDescription,
  findPriorities,
  findProjects,
  findRemindAt,
  findRemindersBefore,
  findTags,
  type Match,
  type QuickAddProject,
} from './quick-add-syntax.ts';

export interface QuickAddOptions {
  now: Date;
  /** The user's IANA zone: dates and times are read there. */
  timeZone: string;
  /** Spans of `text` to keep as plain title text (chips the user rejected). */
  ignore?: { start: number; end: number }[];
  /** The projects `#name` may name (those the caller may add tasks to); any other `#name` is a tag. */
  projects?: readonly QuickAddProject[];
}

/** Masked characters: already read, quoted, or rejected. No pattern matches it, and it is no space either. */
const MASK = '\u0001';
/** Quoted text is kept as typed: "…", “…”, ‘…’, and '…' when the quotes stand outside a word (not "don't"). */
const QUOTED = /"[^"\n]+"|“[^”\n]+”|‘[^’\n]+’|(?<![\p{L}\p{N}])'[^'\n]+'(?![\p{L}\p{N}])/gu;
const OCCASION = String.raw`(?:my|his|her|their|our|your|[\p{L}-]+'s)\s+(?:birthday|bday|b-day|anniversary|name\s*day)`;
/** A web address is kept as typed: `?day=friday` or `#section` inside it is no date and no tag. */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s"'<>]+/giu;
/** A time of day as typed in a rule: "8", "8:30", "8am", "8.30 p.m.". */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?`;
const WEEKDAY = `(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?`;
/**
 * Rhythms no rule here holds, kept in the title whole so no part of them is a due date: finer than a day ("every 8
 * hours"), without a number or a day ("every few days", "every january"), or on a day only the user knows ("every year on her birthday").
 */
const RHYTHM_UNREAD = new RegExp(
  [
    String.raw`\bevery!?\s+(?:\d+\s*|other\s+|few\s+)?(?:hours?|hrs?|minutes?|mins?)\b`,
    String.raw`\bevery!?\s+(?:few|several|some)\s+(?:days|weeks|months|years)\b`,
    // "every january": a month without its day.
    String.raw`\bevery!?\s+${MONTH_NAME}\b(?!\s*\d)`,
    String.raw`\b(?:every!?\s+year\s+)?on\s+${OCCASION}(?:\s+every\s+year)?\b`,
    // Two times of day in one rule ("every day at 8am and 8pm", "every monday at 9 and friday at 5"): one due date
    // cannot hold both, and reading one would leave "and 8pm" in the title.
    String.raw`\b(?:every!?|daily|each)\b[^,;]{0,30}?\bat\s+${CLOCK}\s*(?:and|&)\s*(?:(?:on\s+)?${WEEKDAY}\s+)?(?:at\s+)?${CLOCK}(?![\d:.])`,
    // The same with the rhythm said after the times: "take meds at 8am and 8pm daily".
    String.raw`\bat\s+${CLOCK}\s*(?:and|&)\s*(?:at\s+)?${CLOCK}(?![\d:.])[^,;]{0,20}?\b(?:every!?\s+\p{L}+|daily|each\s+day)\b`,
  ].join('|'),
  'giu',
);
/** "remind me to call mum tomorrow": a line that starts by asking for a reminder of the task itself, at its due time. */
const REMIND_ME_TO = /(?:^\s*|(?<=^[^,;]*\S[,;]?\s+))(?:please\s+)?(?:(?:remind|ping|nudge)\s+me\s+to|reminder\s*:)\s+/iu;
/** "remind me at 5pm to call mum": the time said between "remind me" and the task is the task's due time, as in the chat. */
const REMIND_ME_WHEN = /^\s*(?:please\s+)?(?:remind|ping|nudge)\s+me\s+(?=\S)/iu;
/** An unread "remind me …" clause (to the next comma): kept out of the dates, so it never sets the due date. */
const REMIND_CLAUSE = /\b(?:remind|ping|alert|nudge|notify)\s+me\b[^,;]*/giu;

/**
 * One quick-add line → the task it means and every token read, with its span in `text` (Todoist-style syntax on
 * plain English: p1–p4, !1–!3, @label, #project or #tag, every …, every! …, //description, dates, times, reminders). Pure: the
 * clock and the zone are arguments.
 */
export function parseQuickAdd(text: string, options: QuickAddOptions): QuickAddParse {
  const { now, timeZone } = options;
  let masked = text;
  const mask = (start: number, end: number) => {
    masked = masked.slice(0, start) + MASK.repeat(end - start) + masked.slice(end);
  };
  const isFree = (match: Match) => match.end > match.start && !masked.slice(match.start, match.end).includes(MASK);
  const tokens: QuickAddToken[] = [];
  const take = (match: Match, kind: QuickAddTokenKind): boolean => {
    if (!isFree(match)) return false;
    tokens.push({ start: match.start, end: match.end, text: text.slice(match.start, match.end), kind, value: match.value });
    mask(match.start, match.end);
    return true;
  };

  for (const span of options.ignore ?? []) mask(Math.min(span.start, text.length), Math.min(span.end, text.length));
  for (const quoted of masked.matchAll(QUOTED)) mask(quoted.index, quoted.index + quoted[0].length);
  for (const url of masked.matchAll(WEB_ADDRESS)) mask(url.index, url.index + url[0].length);

  const description = findDescription(masked);
  if (description) take(description, 'description');
  // Before anything else reads inside it: a project may be called "Urgent stuff" or "Monday club".
  // When a line names several projects, the last one typed wins; the others stay tags.
  const project = findProjects(masked, options.projects ?? []).at(-1);
  if (project) take(project, 'project');

  const reminders = findRemindersBefore(masked).filter((match) => take(match, 'reminder'));
  const remindThenWhen = REMIND_ME_TO.exec(masked);
  const remindWhen = remindThenWhen ? undefined : remindMeWhen(masked, timeZone, now);
  const remindMeTo = remindThenWhen ?? remindWhen?.lead;
  // Up to its last word: a space after it is still there for the word after it ("at noon").
  if (remindMeTo) mask(remindMeTo.index, remindMeTo.index + remindMeTo[0].trimEnd().length);
  // "remind me at 5pm to …": the "to" after the time goes with the time's chip.
  const toAfterTime = remindWhen?.to;
  if (toAfterTime) mask(toAfterTime.start, toAfterTime.end);
  // "remind me at 5pm": the date right after "remind me" is the reminder's, never the task's.
  const remindAt: DateMatch[] = [];
  const dates = findDates(masked, timeZone, now);
  for (const lead of findRemindAt(masked)) {
    const date = dates.find((candidate) => candidate.start >= lead.start && candidate.start <= lead.lead);
    if (date && isFree({ ...date, start: lead.start }) && take({ ...date, start: lead.start }, 'reminder')) {
      remindAt.push({ ...date, start: lead.start });
    }
  }
  for (const clause of masked.matchAll(REMIND_CLAUSE)) mask(clause.index, clause.index + clause[0].length);
  for (const rhythm of masked.matchAll(RHYTHM_UNREAD)) mask(rhythm.index, rhythm.index + rhythm[0].length);

  // Tags first: "#quarterly" names a tag, never a rule.
  const tags = findTags(masked).filter((match) => take(match, 'tag'));
  const recurrence = findRecurrences(masked).find((match) => take(match, 'recurrence')) as RecurrenceMatch | undefined;
  // When a line names several priorities, the last one typed wins.
  const priorities = findPriorities(masked, (match) => take(match, 'priority')).sort((a, b) => a.start - b.start);
  // Read before the dates, so "until march" ends the series and never becomes the due date.
  const endFound = recurrence ? findSeriesEnd(masked, timeZone, now) : undefined;
  const seriesEnd = endFound && take(endFound, 'recurrence') ? endFound : undefined;

  // The last phrase naming a day, and the last naming only a time: "friday … at 5pm" is one due date.
  const found = findDates(masked, timeZone, now);
  const day = found.filter((date) => date.hasDay).at(-1);
  const time = found.filter((date) => !date.hasDay).at(-1);
  for (const date of [day, time]) if (date) take(date, 'date');

  const fields = {
    description: description?.value ?? '',
    priority: (priorities.at(-1)?.value as Priority | undefined) ?? 'medium',
    tags: [...new Set(tags.map((tag) => tag.value))],
    due_date: null as string | null,
    recurring: recurrence?.value ?? null,
    recurrence_basis: recurrence?.basis ?? 'due',
    reminder_at: null as string | null,
    remind_before: reminders.at(-1)?.value ?? null,
    project_id: project ? Number(project.value) : null,
  };

  // The time of day: the one named, else the rule's ("every evening"); a bare hour takes the rule's part of the
  // day ("every morning at 6" is 06:00, "every evening at 9" 21:00).
  const timeClock = time ? localTime(new Date(time.value), timeZone) : undefined;
  let clock = timeClock ?? recurrence?.time;
  const spoken = time ?? day;
  if (spoken && recurrence?.time && hasBareHour(text.slice(spoken.start, spoken.end))) {
    const [hour, minute] = localTime(new Date(spoken.value), timeZone);
    clock = [(hour % 12) + (recurrence.time[0] >= 12 ? 12 : 0), minute];
  }
  let due: Date | null = null;
  if (day) due = clock ? dayAt(day, clock, timeZone, now) : new Date(day.value);
  else if (time) due = clock && clock !== timeClock ? nextAt(now, clock, timeZone) : new Date(time.value);
  if (recurrence) {
    // The first due date falls on the rule: from the day named (or the next time of day to come) on, so "yearly"
    // is not next year.
    const from = due ?? nextAt(now, clock ?? DEFAULT_TIME, timeZone);
    due = firstOnRule(recurrence.value, from, timeZone, now) ?? from;
    if (seriesEnd) {
      fields.recurring = withSeriesEnd(recurrence.value, seriesEnd, due, timeZone);
      const token = tokens.find((candidate) => candidate.start === seriesEnd.start && candidate.kind === 'recurrence');
      if (token) token.value = fields.recurring;
    }
  }
  if (due) for (const date of [day, time]) retime(tokens, date, due);
  fields.due_date = due?.toISOString() ?? null;

  // Without a due date there is nothing to remind at: the words stay in the title.
  const timeBeforeTo = toAfterTime && tokens.find((token) => token.kind === 'date' && token.end <= toAfterTime.start);
  if (toAfterTime && timeBeforeTo && /^\s*$/u.test(text.slice(timeBeforeTo.end, toAfterTime.start))) {
    timeBeforeTo.end = toAfterTime.end;
    timeBeforeTo.text = text.slice(timeBeforeTo.start, timeBeforeTo.end);
  }
  if (remindMeTo && due && reminders.length === 0 && remindAt.length === 0) {
    const start = remindMeTo.index + remindMeTo[0].length - remindMeTo[0].trimStart().length;
    const end = remindMeTo.index + remindMeTo[0].trimEnd().length;
    tokens.push({ start, end, text: text.slice(start, end), kind: 'reminder', value: '0m' });
    fields.remind_before = '0m';
  }
  const reminder = remindAt.at(-1);
  if (reminder) {
    // "remind me at 9am" on a task due on another day means 9am on that day.
    const at = !reminder.hasDay && due ? atTimeOf(due, localTime(new Date(reminder.value), timeZone), timeZone) : new Date(reminder.value);
    fields.reminder_at = at.toISOString();
    fields.remind_before = null;
    retime(tokens, { ...reminder }, at);
  }

  tokens.sort((a, b) => a.start - b.start);
  return { fields: { title: titleOf(text, tokens), ...fields }, tokens };
}

/**
 * "remind me at 5pm to …", "remind me tomorrow at 9 to …": "remind me" with, after the time, where the "to" before the
 * task is. Only when a date is all that stands between them.
 */
function remindMeWhen(
  masked: string,
  timeZone: string,
  now: Date,
): { lead: RegExpExecArray; to: { start: number; end: number } } | undefined {
  const lead = REMIND_ME_WHEN.exec(masked);
  if (!lead) return undefined;
  const from = lead.index + lead[0].length;
  const dates = findDates(masked, timeZone, now).filter((date) => date.start >= from);
  let end = from;
  for (const date of dates) {
    if (date.start !== end && !/^\s+$/u.test(masked.slice(end, date.start))) break;
    end = date.end;
  }
  const to = /^\s+to\s+/iu.exec(masked.slice(end));
  if (end === from || !to) return undefined;
  const toStart = end + (to[0].length - to[0].trimStart().length);
  return { lead, to: { start: toStart, end: toStart + to[0].trim().length } };
}

/** A token's value follows what it came to mean once combined with the others (a time on the day named). */
function retime(tokens: QuickAddToken[], match: Match | undefined, instant: Date): void {
  const token = match && tokens.find((candidate) => candidate.start === match.start && candidate.end === match.end);
  if (token && (token.kind === 'date' || token.kind === 'reminder')) token.value = instant.toISOString();
}

/** The line without its tokens: separators and connectives left dangling are dropped; an all-quoted title is unquoted. */
function titleOf(text: string, tokens: QuickAddToken[]): string {
  let rest = '';
  let at = 0;
  for (const token of [...tokens].sort((a, b) => a.start - b.start)) {
    rest += `${text.slice(at, token.start)} `;
    at = Math.max(at, token.end);
    // "PAY RENT FRIDAY!!!", "laundry tonight!!", "buy milk tomorrow.": the marks said right after a chip, or the full
    // stop that ends the line there, go with it, not into the title.
    at += /^(?:[!?]+(?=\s|$)|\.+\s*$)/u.exec(text.slice(at))?.[0].length ?? 0;
  }
  rest += text.slice(at);
  const title = rest
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.])(?=\s|$)/g, '$1')
    .replace(/([,;:.])(?:\s*[,;:.])+(?=\s|$)/g, '$1')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+(?:and|with)$/i, '')
    .trim();
  const quoted = /^(?:"([^"]+)"|“([^”]+)”|‘([^’]+)’|'([^']+)')$/u.exec(title);
  return quoted ? (quoted[1] ?? quoted[2] ?? quoted[3] ?? quoted[4] ?? title).trim() : title;
}

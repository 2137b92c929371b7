import { DateTime } from 'luxon';
import type { Options as RRuleOptions } from 'rrule';
import rrule from 'rrule';

// rrule ships a UMD bundle: under Node's ESM loader only its default export (module.exports) is reliable.
const { RRule, Weekday } = rrule;

/** `daily`, `weekly`, `monthly`, or an RFC 5545 RRULE (`FREQ=…`, with or without the `RRULE:` prefix). */
export type RecurrencePattern = string;

export type ParsedRecurrence = { ok: true; rule: string } | { ok: false; message: string };

export type NextDueDateInput = {
  pattern: RecurrencePattern;
  basis: 'due' | 'completion';
  dueDate: Date | null;
  /** The series' first due date: it sets the rhythm (day of month, time of day, where COUNT starts). */
  seriesAnchor?: Date | null;
  completedAt: Date;
  /** IANA zone the rule is evaluated in, e.g. `Europe/London`. */
  timeZone: string;
  /** 1-based position in the series of the task being completed; COUNT uses it when no anchored rhythm exists. */
  occurrenceNumber?: number;
};

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
type Until = { kind: 'date' | 'local' | 'utc'; parts: number[] };
export type Rule = {
  freq: Freq;
  interval: number;
  count?: number;
  until?: Until;
  byDay?: { weekday: number; n?: number }[];
  byMonthDay?: number[];
  byMonth?: number[];
  byYearDay?: number[];
  byWeekNo?: number[];
  bySetPos?: number[];
  wkst?: number;
  /** Parts in canonical order, for the normalised string. */
  text: string;
};

const KEYWORDS: Record<string, Freq> = { daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY', yearly: 'YEARLY' };
const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const PART_ORDER = ['FREQ', 'INTERVAL', 'BYMONTH', 'BYWEEKNO', 'BYYEARDAY', 'BYMONTHDAY', 'BYDAY', 'BYSETPOS', 'WKST', 'COUNT', 'UNTIL'];
const MAX_INTERVAL: Record<Freq, number> = { DAILY: 1000, WEEKLY: 520, MONTHLY: 120, YEARLY: 100 };
const RRULE_MAX_YEAR = 9999;
// The Gregorian calendar (weekdays included) repeats every 400 years; see `searchable`.
const CYCLE_YEARS = 400;

export class RuleError extends Error {}

/** Validates a pattern and returns its normalised form, or a message the user can act on. */
export function parseRecurrence(pattern: string): ParsedRecurrence {
  try {
    const rule = toRuleOrKeyword(pattern);
    // Any year works for "does this shape ever occur"; 9948 (a leap year) keeps rrule's scan to 52 years.
    const probeStart = floating(9948, 1, 1);
    const probe = searchable(rule, probeStart, probeStart, 'UTC', { ignoreEnd: true, interval: 1 });
    if (!firstAfter(probe, probeStart, 'UTC', true)) {
      return { ok: false, message: 'This rule never produces a date (for example February 30th); check BYMONTH, BYMONTHDAY and BYDAY.' };
    }
    return { ok: true, rule: rule.text };
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * The next occurrence's due date after `completedAt`, or null when the series has ended (COUNT/UNTIL).
 * Wall-clock times are kept in `timeZone`; see the README's Recurrence section for every rule.
 * Throws a RangeError for an unknown zone or a pattern `parseRecurrence` rejects.
 */
export function nextDueDate(input: NextDueDateInput): Date | null {
  const { basis, dueDate, completedAt, timeZone } = input;
  if (!DateTime.local({ zone: timeZone }).isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const rule = toRuleOrThrow(input.pattern);
  const anchor = input.seriesAnchor ?? dueDate;

  if (basis === 'due' && dueDate && anchor) {
    const threshold = new Date(Math.max(dueDate.getTime(), completedAt.getTime()));
    return firstAfter(searchable(rule, toWall(anchor, timeZone), toWall(threshold, timeZone), timeZone), threshold, timeZone, false);
  }

  // Basis `completion`, or no due date: one period after the completion's local date.
  if (rule.count !== undefined && (input.occurrenceNumber ?? 1) >= rule.count) return null;
  const time = DateTime.fromJSDate(dueDate ? (anchor ?? dueDate) : completedAt, { zone: timeZone });
  const start = DateTime.fromJSDate(toWall(completedAt, timeZone), { zone: 'utc' })
    .plus(periodOf(rule))
    .set({ hour: time.hour, minute: time.minute, second: time.second, millisecond: time.millisecond });
  const snap = searchable(rule, start.toJSDate(), start.toJSDate(), timeZone, { interval: 1, ignoreCount: true });
  return firstAfter(snap, completedAt, timeZone, false);
}

export function toRuleOrKeyword(pattern: string): Rule {
  const freq = KEYWORDS[pattern.trim().toLowerCase()];
  if (!freq) return toRule(pattern);
  return { freq, interval: 1, text: freq === 'YEARLY' ? 'FREQ=YEARLY' : freq.toLowerCase() };
}

function toRuleOrThrow(pattern: string): Rule {
  try {
    return toRuleOrKeyword(pattern);
  } catch (error) {
    if (error instanceof RuleError) throw new RangeError(`Invalid recurrence pattern "${pattern}": ${error.message}`);
    throw error;
  }
}

/** Parses an RRULE (not the keywords) into a checked rule. */
function toRule(pattern: string): Rule {
  const trimmed = pattern.trim();
  if (/^DTSTART|\bDTSTART[:;=]/i.test(trimmed)) throw new RuleError("Remove DTSTART: the series starts at the task's due date.");
  const body = trimmed.replace(/^RRULE:/i, '');
  if (/^(secondly|minutely|hourly)$/i.test(body))
    throw new RuleError(`${body} is too frequent for a todo: the shortest period is a day (daily).`);
  if (!/=/.test(body)) throw new RuleError('Use daily, weekly, monthly or an RRULE such as FREQ=WEEKLY;BYDAY=MO,WE.');
  const parts = new Map<string, string>();
  for (const segment of body
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [rawKey = '', value, ...rest] = segment.split('=');
    const key = rawKey.trim().toUpperCase();
    if (value === undefined || rest.length > 0 || value.trim() === '') throw new RuleError(`"${segment}" is not KEY=VALUE.`);
    if (parts.has(key)) throw new RuleError(`${key} appears twice.`);
    parts.set(key, value.trim().toUpperCase());
  }
  for (const key of parts.keys()) {
    if (['BYHOUR', 'BYMINUTE', 'BYSECOND'].includes(key))
      throw new RuleError(`Remove ${key}: the time of day comes from the task's due date.`);
    if (key === 'TZID') throw new RuleError('Remove TZID: rules run in your time zone setting.');
    if (!PART_ORDER.includes(key))
      throw new RuleError(
        `Unknown rule part ${key}. Use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, BYSETPOS or WKST.`,
      );
  }
  const freq = parts.get('FREQ');
  if (!freq) throw new RuleError('FREQ is missing: start with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.');
  if (['SECONDLY', 'MINUTELY', 'HOURLY'].includes(freq))
    throw new RuleError(`FREQ=${freq} is too frequent for a todo: the shortest period is a day (FREQ=DAILY).`);
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq))
    throw new RuleError(`FREQ=${freq} is not a frequency: use DAILY, WEEKLY, MONTHLY or YEARLY.`);
  const rule: Rule = { freq: freq as Freq, interval: 1, text: '' };
  const numbers = (key: string, min: number, max: number, what: string) => {
    const value = parts.get(key);
    if (value === undefined) return undefined;
    return value.split(',').map((item) => {
      const n = /^[+-]?\d{1,4}$/.test(item) ? Number(item) : Number.NaN;
      if (!(Math.abs(n) >= min && Math.abs(n) <= max)) throw new RuleError(`${key}=${value}: each value must be ${what}.`);
      return n;
    });
  };
  const single = (key: string, min: number, max: number) => {
    const values = numbers(key, min, max, `a whole number from ${min} to ${max}`);
    if (values && (values.length !== 1 || (values[0] ?? 0) < 0))
      throw new RuleError(`${key} takes one whole number from ${min} to ${max}.`);
    return values?.[0];
  };
  rule.interval = single('INTERVAL', 1, MAX_INTERVAL[rule.freq]) ?? 1;
  rule.count = single('COUNT', 1, 10_000);
  rule.byMonth = numbers('BYMONTH', 1, 12, 'a month from 1 to 12');
  if (rule.byMonth?.some((m) => m < 0)) throw new RuleError('BYMONTH takes months from 1 to 12.');
  rule.byWeekNo = numbers('BYWEEKNO', 1, 53, 'a week from 1 to 53 (or -1 to -53)');
  rule.byYearDay = numbers('BYYEARDAY', 1, 366, 'a day from 1 to 366 (or -1 to -366)');
  rule.byMonthDay = numbers('BYMONTHDAY', 1, 31, 'a day from 1 to 31 (or -1 to -31)');
  rule.bySetPos = numbers('BYSETPOS', 1, 366, 'a position from 1 to 366 (or -1 to -366)');
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    rule.byDay = byDay.split(',').map((item) => {
      const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
      if (!match) throw new RuleError(`BYDAY=${byDay}: use two-letter days (MO,TU,WE,TH,FR,SA,SU), optionally numbered like 1MO or -1FR.`);
      const n = match[1] === undefined ? undefined : Number(match[1]);
      const limit = rule.freq === 'MONTHLY' ? 5 : 53;
      if (n !== undefined && (n === 0 || Math.abs(n) > limit))
        throw new RuleError(`BYDAY=${byDay}: a numbered day must be from 1 to ${limit} (or -1 to -${limit}).`);
      return n === undefined ? { weekday: DAY_CODES.indexOf(match[2] ?? '') } : { weekday: DAY_CODES.indexOf(match[2] ?? ''), n };
    });
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined) {
    if (!DAY_CODES.includes(wkst)) throw new RuleError('WKST takes one two-letter day such as MO or SU.');
    rule.wkst = DAY_CODES.indexOf(wkst);
  }
  const until = parts.get('UNTIL');
  if (until !== undefined) rule.until = parseUntil(until);
  if (rule.count !== undefined && rule.until) throw new RuleError('Use COUNT or UNTIL, not both.');
  if (rule.byDay?.some((d) => d.n !== undefined) && !['MONTHLY', 'YEARLY'].includes(rule.freq))
    throw new RuleError('Numbered days such as 1MO need FREQ=MONTHLY or FREQ=YEARLY.');
  if (rule.byDay?.some((d) => d.n !== undefined) && rule.byWeekNo)
    throw new RuleError('Numbered days such as 1MO cannot be combined with BYWEEKNO.');
  if (rule.byMonthDay && rule.freq === 'WEEKLY') throw new RuleError('BYMONTHDAY does not work with FREQ=WEEKLY; use FREQ=MONTHLY.');
  if (rule.byYearDay && rule.freq !== 'YEARLY') throw new RuleError('BYYEARDAY needs FREQ=YEARLY.');
  if (rule.byWeekNo && rule.freq !== 'YEARLY') throw new RuleError('BYWEEKNO needs FREQ=YEARLY.');
  if (rule.bySetPos && !(rule.byDay || rule.byMonthDay || rule.byYearDay || rule.byWeekNo || rule.byMonth))
    throw new RuleError('BYSETPOS picks from a set: add BYDAY or BYMONTHDAY.');
  const canonical = PART_ORDER.flatMap((key) => {
    const value = parts.get(key);
    if (value === undefined || (key === 'INTERVAL' && rule.interval === 1)) return [];
    return [`${key}=${key === 'UNTIL' ? value : value.replace(/\+/g, '').replace(/(^|,)(-?)0+(?=\d)/g, '$1$2')}`];
  });
  rule.text = canonical.length === 1 && rule.freq !== 'YEARLY' ? rule.freq.toLowerCase() : canonical.join(';');
  return rule;
}

function parseUntil(value: string): Until {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  const parts =
    match
      ?.slice(1, 7)
      .filter((p) => p !== undefined)
      .map(Number) ?? [];
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = parts;
  const valid = DateTime.utc(y, mo, d, h, mi, s).isValid;
  if (!match || !valid) throw new RuleError(`UNTIL=${value}: use a date like 20261231 or a UTC time like 20261231T170000Z.`);
  return { kind: match[4] === undefined ? 'date' : match[7] ? 'utc' : 'local', parts };
}

function periodOf(rule: Rule) {
  const key = { DAILY: 'days', WEEKLY: 'weeks', MONTHLY: 'months', YEARLY: 'years' }[rule.freq];
  return { [key]: rule.interval };
}

/** The day to clamp to month end, when a monthly rule names one day past the 28th (or a plain rule starts there). */
export function clampedMonthDay(rule: Rule, startDay?: number): number | undefined {
  if (rule.byDay || rule.byYearDay || rule.byWeekNo || rule.bySetPos) return undefined;
  if (rule.freq === 'MONTHLY') {
    const day = rule.byMonthDay ? (rule.byMonthDay.length === 1 ? rule.byMonthDay[0] : undefined) : startDay;
    return day !== undefined && day > 28 ? day : undefined;
  }
  // Plain yearly from Feb 29 falls on Feb 28 in other years; an explicit BYMONTHDAY=29 means leap years only.
  if (rule.freq === 'YEARLY' && !rule.byMonthDay && (rule.byMonth?.length ?? 1) === 1)
    return startDay !== undefined && startDay > 28 ? startDay : undefined;
  return undefined;
}

/**
 * An rrule over floating times (wall clock stored in UTC fields) that cannot run away: rrule scans up to
 * year 9999 when nothing matches, so both dates move forward by whole 400-year cycles to end the scan
 * a few centuries after `from`. `shift` is added to dates going in and subtracted from dates coming out.
 */
function searchable(
  rule: Rule,
  dtstart: Date,
  from: Date,
  timeZone: string,
  options: { interval?: number; ignoreCount?: boolean; ignoreEnd?: boolean } = {},
): { rrule: InstanceType<typeof RRule>; shift: number; from: Date } {
  const shift = Math.max(0, Math.floor((RRULE_MAX_YEAR - 100 - from.getUTCFullYear()) / CYCLE_YEARS)) * CYCLE_YEARS;
  const start = shiftYears(dtstart, shift);
  const clamp = clampedMonthDay(rule, dtstart.getUTCDate());
  const opts: Partial<RRuleOptions> = {
    freq: { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY }[rule.freq],
    interval: options.interval ?? rule.interval,
    dtstart: start,
    count: options.ignoreCount || options.ignoreEnd ? null : (rule.count ?? null),
    until: options.ignoreEnd || !rule.until ? null : shiftYears(untilWall(rule.until, timeZone), shift),
    bymonth: rule.byMonth ?? null,
    byweekno: rule.byWeekNo ?? null,
    byyearday: rule.byYearDay ?? null,
    bymonthday: rule.byMonthDay ?? null,
    byweekday: rule.byDay?.map((d) => new Weekday(d.weekday, d.n)) ?? null,
    bysetpos: rule.bySetPos ?? null,
    wkst: rule.wkst ?? null,
  };
  if (clamp !== undefined) {
    // "The 31st, or the month's last day if shorter": the last of the 28th…31st that exists.
    opts.bymonthday = Array.from({ length: clamp - 27 }, (_, i) => 28 + i);
    opts.bysetpos = [-1];
    if (rule.freq === 'YEARLY') opts.bymonth = rule.byMonth ?? [dtstart.getUTCMonth() + 1];
  }
  return { rrule: new RRule(opts, true), shift, from: shiftYears(from, shift) };
}

/** The first occurrence whose real instant is after `after` (or at it, when inclusive). */
function firstAfter(search: ReturnType<typeof searchable>, after: Date, timeZone: string, inclusive: boolean): Date | null {
  // Start two days early: a wall time inside a spring-forward gap resolves to a later instant.
  const scanFrom = search.from.getTime() - 2 * 86_400_000;
  let found: Date | null = null;
  search.rrule.all((wall) => {
    if (wall.getTime() < scanFrom) return true;
    const instant = fromWall(shiftYears(wall, -search.shift), timeZone);
    if (instant.getTime() > after.getTime() || (inclusive && instant.getTime() === after.getTime())) {
      found = instant;
      return false;
    }
    return true;
  });
  return found;
}

function untilWall(until: Until, timeZone: string): Date {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = until.parts;
  if (until.kind === 'date') return new Date(Date.UTC(y, mo - 1, d, 23, 59, 59, 999));
  if (until.kind === 'local') return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return toWall(new Date(Date.UTC(y, mo - 1, d, h, mi, s)), timeZone);
}

function floating(y: number, mo: number, d: number): Date {
  return new Date(Date.UTC(y, mo - 1, d));
}

function shiftYears(date: Date, years: number): Date {
  const shifted = new Date(date.getTime());
  shifted.setUTCFullYear(date.getUTCFullYear() + years);
  return shifted;
}

/** The wall-clock time of `instant` in `timeZone`, as a floating Date (wall time in its UTC fields). */
function toWall(instant: Date, timeZone: string): Date {
  const t = DateTime.fromJSDate(instant, { zone: timeZone });
  return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond));
}

/**
 * The instant a floating wall time means in `timeZone`. A time skipped by spring-forward moves on by the
 * gap (02:30 → 03:30), a time repeated by fall-back takes its first occurrence, both as RFC 5545 says.
 */
function fromWall(wall: Date, timeZone: string): Date {
  const local = DateTime.fromObject(
    {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      millisecond: wall.getUTCMilliseconds(),
    },
    { zone: timeZone },
  );
  return new Date(Math.min(...local.getPossibleOffsets().map((candidate) => candidate.toMillis())));
}

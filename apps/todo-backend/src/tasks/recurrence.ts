import { clampedMonthDay, type Freq, type RecurrencePattern, type Rule, RuleError, toRuleOrKeyword, type Until } from '@doable/contracts';
import { DomainError } from '@doable/platform';
import { DateTime } from 'luxon';
import type { Options as RRuleOptions } from 'rrule';
import rrule from 'rrule';

// rrule ships a UMD bundle: under Node's ESM loader only its default export (module.exports) is reliable.
const { RRule, Weekday } = rrule;

export type { RecurrencePattern } from '@doable/contracts';

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

type Unit = 'days' | 'weeks' | 'months' | 'years';
type Window = { rhythm: Date; start: Date; end: Date };
const UNIT: Record<Freq, Unit> = { DAILY: 'days', WEEKLY: 'weeks', MONTHLY: 'months', YEARLY: 'years' };

/**
 * How far one search for a next date looks, in the rule's own unit (about 8, 19, 50 and 200 years): with the
 * search starting just before the old due date or the completion, this bounds every completion's work,
 * whatever the dates. A rule that gives no date within it is refused, and a series whose next date would lie
 * further away ends.
 */
export const SEARCH_WINDOW: Record<Freq, number> = { DAILY: 3000, WEEKLY: 1000, MONTHLY: 600, YEARLY: 200 };
/** The most intervals a COUNT series is walked from its anchor to find its place (COUNT is at most 10,000). */
const MAX_COUNT_WALK: Record<Freq, number> = { DAILY: 15_000, WEEKLY: 12_000, MONTHLY: 12_000, YEARLY: 1_000 };
/** A hard cap on the dates one search may pass over; the windows above stay well below it. */
export const MAX_CANDIDATES = 20_000;
const RRULE_MAX_YEAR = 9999;
// The Gregorian calendar, weekdays included, repeats every 400 years.
const CYCLE_YEARS = 400;
/** The last instant a due date may have (the API takes years 1900 to 9999). */
const LATEST_DUE = Date.UTC(RRULE_MAX_YEAR + 1, 0, 1) - 1;
const DAY_MS = 86_400_000;
// Scans start two days early: a wall time inside a spring-forward gap resolves to a later instant.
const SCAN_MARGIN_MS = 2 * DAY_MS;

/** The next date of a series cannot be found within the work one completion may do. */
export class RecurrenceLimitError extends DomainError {
  constructor(message: string) {
    super('recurrence_limit', 422, message);
  }
}

/** Validates a pattern and returns its normalised form, or a message the user can act on. */
export function parseRecurrence(pattern: string): ParsedRecurrence {
  let rule: Rule;
  try {
    rule = toRuleOrKeyword(pattern);
  } catch (error) {
    if (error instanceof RuleError) return { ok: false, message: error.message };
    throw error;
  }
  // Without a due date, each next date is the rule's first day one period after the completion: the rule itself
  // (every period, no end) must give dates that often. The window ends with rrule's range, so nothing runs past
  // it; it starts on the 1st at midnight, a day every month has, for the days a plain rule takes from its start.
  const end = new Date(LATEST_DUE);
  const start = DateTime.fromJSDate(plus(end, UNIT[rule.freq], -SEARCH_WINDOW[rule.freq]), { zone: 'utc' })
    .startOf('month')
    .toJSDate();
  const probe = { ...rule, interval: 1, count: undefined, until: undefined };
  if (!firstAfter(probe, { rhythm: start, start, end }, { from: start, after: start, timeZone: 'UTC', inclusive: true }).found) {
    return {
      ok: false,
      message:
        `This rule never produces a date, or too rarely: none within ${windowText(rule.freq)} (for example February 30th, ` +
        'or February 29th on a Monday with FREQ=DAILY); check BYMONTH, BYMONTHDAY and BYDAY, or use FREQ=YEARLY for rare dates.',
    };
  }
  return { ok: true, rule: rule.text };
}

/**
 * Why a valid pattern never reaches a date at its own INTERVAL when its rhythm starts at `anchor` (every 7 days
 * from a Monday never lands on a Tuesday), or undefined when it does. Basis `due` follows this rhythm.
 */
export function rhythmProblem(pattern: RecurrencePattern, anchor: Date, timeZone: string): string | undefined {
  const rule = toRuleOrThrow(pattern);
  // Near the end of year 9999 the calendar ends before the window does: ask 400 years earlier, where it repeats.
  const early = toWall(anchor, timeZone).getUTCFullYear() > RRULE_MAX_YEAR - CYCLE_YEARS;
  const wall = shiftYears(toWall(anchor, timeZone), early ? -CYCLE_YEARS : 0);
  const window = { rhythm: wall, start: wall, end: plus(wall, UNIT[rule.freq], SEARCH_WINDOW[rule.freq]) };
  const at = { from: wall, after: early ? fromWall(wall, timeZone) : anchor, timeZone };
  if (firstAfter({ ...rule, count: undefined, until: undefined }, window, at).found) return undefined;
  const unit = UNIT[rule.freq].slice(0, -1);
  const every = rule.interval === 1 ? `Every ${unit}` : `Every ${rule.interval} ${unit}s`;
  const from = DateTime.fromJSDate(anchor, { zone: timeZone }).toFormat('ccc d LLL yyyy');
  return (
    `${every} from ${from} never reaches a date this rule allows within ${windowText(rule.freq)}; ` +
    'change the due date, INTERVAL or the BY… parts.'
  );
}

/**
 * The next occurrence's due date after `completedAt`, or null when the series has ended (COUNT, UNTIL, the end
 * of year 9999) or has no date within SEARCH_WINDOW. Wall-clock times are kept in `timeZone`; docs/api.md has
 * every rule. Throws a RangeError for an unknown zone or a pattern `parseRecurrence` rejects, and a
 * RecurrenceLimitError when a COUNT series is too far past its anchor to count.
 */
export function nextDueDate(input: NextDueDateInput): Date | null {
  const next = findNextDueDate(input);
  return next && next.getTime() <= LATEST_DUE ? next : null;
}

function findNextDueDate(input: NextDueDateInput): Date | null {
  const { basis, dueDate, completedAt, timeZone } = input;
  if (!DateTime.local({ zone: timeZone }).isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const rule = toRuleOrThrow(input.pattern);
  const anchor = input.seriesAnchor ?? dueDate;

  if (basis === 'due' && dueDate && anchor) {
    const threshold = new Date(Math.max(dueDate.getTime(), completedAt.getTime()));
    return nextInRhythm(rule, toWall(anchor, timeZone), threshold, timeZone);
  }

  // Basis `completion`, or no due date: one period after the completion's local date.
  if (rule.count !== undefined && (input.occurrenceNumber ?? 1) >= rule.count) return null;
  const time = DateTime.fromJSDate(dueDate ? (anchor ?? dueDate) : completedAt, { zone: timeZone });
  const start = DateTime.fromJSDate(toWall(completedAt, timeZone), { zone: 'utc' })
    .plus({ [UNIT[rule.freq]]: rule.interval })
    .set({ hour: time.hour, minute: time.minute, second: time.second, millisecond: time.millisecond })
    .toJSDate();
  const end = earliest(plus(start, UNIT[rule.freq], SEARCH_WINDOW[rule.freq]), untilWall(rule.until, timeZone));
  const snap = { ...rule, interval: 1, count: undefined };
  return firstAfter(snap, { rhythm: start, start, end }, { from: start, after: completedAt, timeZone }).found;
}

/** Basis `due`: the first date of the anchor's rhythm after `threshold`, searched from just before it. */
function nextInRhythm(rule: Rule, anchor: Date, threshold: Date, timeZone: string): Date | null {
  const unit = UNIT[rule.freq];
  const thresholdWall = toWall(threshold, timeZone);
  const end = earliest(plus(thresholdWall, unit, SEARCH_WINDOW[rule.freq]), untilWall(rule.until, timeZone));
  const at = { from: thresholdWall, after: threshold, timeZone };
  const { count } = rule;
  if (count === undefined || isOnePerInterval(rule)) {
    // Whole intervals after the anchor keep its phase: start one interval before the one where the scan begins.
    const scanFrom = new Date(thresholdWall.getTime() - SCAN_MARGIN_MS);
    const intervals = Math.floor(unitsBetween(anchor, scanFrom, unit) / rule.interval) - 1;
    const start = intervals > 0 ? plus(anchor, unit, intervals * rule.interval) : anchor;
    const { found, wall } = firstAfter({ ...rule, count: undefined }, { rhythm: anchor, start, end }, at);
    // One date per interval: its place in the series is the number of whole intervals from the anchor.
    if (!found || !wall || count === undefined) return found;
    return unitsBetween(anchor, wall, unit) / rule.interval < count ? found : null;
  }
  // COUNT counts every date of the rhythm from the anchor, missed ones too: walk them, at most COUNT of them.
  const walkUnits = Math.min(SEARCH_WINDOW[rule.freq] + count * rule.interval, MAX_COUNT_WALK[rule.freq] * rule.interval);
  const walkEnd = plus(anchor, unit, walkUnits);
  const { found, visited } = firstAfter(rule, { rhythm: anchor, start: anchor, end: earliest(end, walkEnd) }, { ...at, count });
  if (found || visited >= count || walkEnd.getTime() >= end.getTime()) return found;
  throw new RecurrenceLimitError(
    `This series is too far past its first date to count its COUNT=${count} dates; ` +
      'stop it repeating and set the rule again to count from the current due date.',
  );
}

/** A rule without BY parts gives exactly one date each interval (the clamp to month end keeps it one). */
function isOnePerInterval(rule: Rule): boolean {
  return !rule.byMonth && !rule.byWeekNo && !rule.byYearDay && !rule.byMonthDay && !rule.byDay && !rule.bySetPos;
}

function toRuleOrThrow(pattern: string): Rule {
  try {
    return toRuleOrKeyword(pattern);
  } catch (error) {
    if (error instanceof RuleError) throw new RangeError(`Invalid recurrence pattern "${pattern}": ${error.message}`);
    throw error;
  }
}

/**
 * Visits the floating dates (wall clock in UTC fields) of `rule` from `start` to `end`, in order, while `visit`
 * (given each date and its 1-based index) returns true; returns how many it visited. The days a plain rule
 * repeats on, and the clamp to month end, come from `rhythm` rather than `start`, so a start moved on by whole
 * intervals (Jan 31 + 1 month = Feb 28) keeps them; rrule takes the time of day from `start`.
 *
 * rrule checks `until` only on dates that pass every BY part, so a run of periods with no such date goes on
 * to year 9999. Two things bound that: BY parts that only limit (all of them for DAILY, BYMONTH for WEEKLY and
 * MONTHLY when BYSETPOS is absent) are checked here instead, so rrule meets a date every period; and the dates
 * move forward by whole 400-year cycles (the calendar, weekdays included, repeats) to end just before 9999,
 * so what is left runs out within 400 years of monthly or yearly periods.
 */
function visitDates(rule: Rule, window: Window, visit: (wall: Date, index: number) => boolean): number {
  const { rhythm, start, end } = window;
  const opts: Partial<RRuleOptions> = {
    freq: { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY }[rule.freq],
    interval: rule.interval,
    bymonth: rule.byMonth ?? null,
    byweekno: rule.byWeekNo ?? null,
    byyearday: rule.byYearDay ?? null,
    bymonthday: rule.byMonthDay ?? null,
    byweekday: rule.byDay?.map((d) => new Weekday(d.weekday, d.n)) ?? null,
    bysetpos: rule.bySetPos ?? null,
    wkst: rule.wkst ?? null,
  };
  // What rrule would take from dtstart when no BY part names a day (RFC 5545 §3.3.10).
  if (!rule.byWeekNo && !rule.byYearDay && !rule.byMonthDay && !rule.byDay) {
    if (rule.freq === 'WEEKLY') opts.byweekday = [new Weekday(weekdayOf(rhythm))];
    if (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY') opts.bymonthday = [rhythm.getUTCDate()];
    if (rule.freq === 'YEARLY') opts.bymonth = rule.byMonth ?? [rhythm.getUTCMonth() + 1];
  }
  const clamp = clampedMonthDay(rule, rhythm.getUTCDate());
  if (clamp !== undefined) {
    // "The 31st, or the month's last day if shorter": the last of the 28th…31st that exists.
    opts.bymonthday = Array.from({ length: clamp - 27 }, (_, i) => 28 + i);
    opts.bysetpos = [-1];
    if (rule.freq === 'YEARLY') opts.bymonth = rule.byMonth ?? [rhythm.getUTCMonth() + 1];
  }
  const limits = limitsCheckedHere(rule, opts);
  const shift = Math.max(0, Math.floor((RRULE_MAX_YEAR - end.getUTCFullYear()) / CYCLE_YEARS)) * CYCLE_YEARS;
  const search = new RRule({ ...opts, dtstart: shiftYears(start, shift), until: shiftYears(end, shift) }, true);
  let candidates = 0;
  let visited = 0;
  search.all((shifted) => {
    candidates += 1;
    if (candidates > MAX_CANDIDATES) {
      throw new RecurrenceLimitError(`Finding the next date passed over more than ${MAX_CANDIDATES} dates; simplify the rule.`);
    }
    const wall = shiftYears(shifted, -shift);
    if (limits && !limits(wall)) return true;
    visited += 1;
    return visit(wall, visited);
  });
  return visited;
}

/** Moves the BY parts that only limit out of rrule's options, returning the check they make (or undefined). */
function limitsCheckedHere(rule: Rule, opts: Partial<RRuleOptions>): ((wall: Date) => boolean) | undefined {
  if (rule.freq === 'DAILY') {
    // Each day is its own set, so BYSETPOS keeps it only at position 1 or -1.
    const { byMonth, byMonthDay, byDay, bySetPos } = rule;
    Object.assign(opts, { bymonth: null, bymonthday: null, byweekday: null, bysetpos: null });
    return (wall) => {
      const day = wall.getUTCDate();
      const daysInMonth = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0)).getUTCDate();
      return (
        (!byMonth || byMonth.includes(wall.getUTCMonth() + 1)) &&
        (!byMonthDay || byMonthDay.some((d) => d === day || d === day - daysInMonth - 1)) &&
        (!byDay || byDay.some((d) => d.weekday === weekdayOf(wall))) &&
        (!bySetPos || bySetPos.some((p) => p === 1 || p === -1))
      );
    };
  }
  const months = opts.bymonth;
  if ((rule.freq === 'WEEKLY' || rule.freq === 'MONTHLY') && Array.isArray(months) && !opts.bysetpos) {
    opts.bymonth = null;
    return (wall) => months.includes(wall.getUTCMonth() + 1);
  }
  return undefined;
}

/**
 * The first date whose real instant is after `after` (or at it, when inclusive), passing over walls before
 * `from`, with the wall time it came from. With `count`, only the window's first `count` dates belong to the
 * series (COUNT); `visited` then says whether they ran out.
 */
function firstAfter(
  rule: Rule,
  window: Window,
  at: { from: Date; after: Date; timeZone: string; inclusive?: boolean; count?: number },
): { found: Date | null; wall: Date | null; visited: number } {
  const scanFrom = at.from.getTime() - SCAN_MARGIN_MS;
  let found: { instant: Date; wall: Date } | undefined;
  const visited = visitDates(rule, window, (wall, index) => {
    if (wall.getTime() >= scanFrom) {
      const instant = fromWall(wall, at.timeZone);
      if (instant.getTime() > at.after.getTime() || (at.inclusive && instant.getTime() === at.after.getTime())) {
        found = { instant, wall };
        return false;
      }
    }
    return at.count === undefined || index < at.count;
  });
  const first = found as { instant: Date; wall: Date } | undefined;
  return { found: first?.instant ?? null, wall: first?.wall ?? null, visited };
}

function windowText(freq: Freq): string {
  const years = { DAILY: 8, WEEKLY: 19, MONTHLY: 50, YEARLY: undefined }[freq];
  return `${SEARCH_WINDOW[freq]} ${UNIT[freq]}${years ? ` (about ${years} years)` : ''}`;
}

function plus(wall: Date, unit: Unit, amount: number): Date {
  return DateTime.fromJSDate(wall, { zone: 'utc' })
    .plus({ [unit]: amount })
    .toJSDate();
}

/**
 * Whole units from `from` to `to`: exact when both have the same time of day (and weekday, day of month) in
 * phase, else give or take one, which callers allow for.
 */
function unitsBetween(from: Date, to: Date, unit: Unit): number {
  const days = Math.floor((to.getTime() - from.getTime()) / DAY_MS);
  if (unit === 'days') return days;
  if (unit === 'weeks') return Math.floor(days / 7);
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return unit === 'months' ? months : Math.floor(months / 12);
}

function earliest(a: Date, b: Date | undefined): Date {
  return b && b.getTime() < a.getTime() ? b : a;
}

function untilWall(until: Until | undefined, timeZone: string): Date | undefined {
  if (!until) return undefined;
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = until.parts;
  if (until.kind === 'date') return new Date(Date.UTC(y, mo - 1, d, 23, 59, 59, 999));
  if (until.kind === 'local') return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return toWall(new Date(Date.UTC(y, mo - 1, d, h, mi, s)), timeZone);
}

/** rrule's weekday number (Monday 0) of a floating date. */
function weekdayOf(wall: Date): number {
  return (wall.getUTCDay() + 6) % 7;
}

function shiftYears(date: Date, years: number): Date {
  if (years === 0) return date;
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

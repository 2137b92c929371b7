/** `daily`, `weekly`, `monthly`, or an RFC 5545 RRULE (`FREQ=…`, with or without the `RRULE:` prefix). */
export type RecurrencePattern = string;

export type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type Until = { kind: 'date' | 'local' | 'utc'; parts: number[] };
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
/** The longest period a rule may have: about ten years (a hundred for yearly rules). */
export const MAX_RECURRENCE_INTERVAL: Record<Freq, number> = { DAILY: 1000, WEEKLY: 520, MONTHLY: 120, YEARLY: 100 };

/** A pattern the user can fix; the message says what to change. */
export class RuleError extends Error {}

/** Parses a keyword or an RRULE into a checked rule; throws a RuleError saying what to change. */
export function toRuleOrKeyword(pattern: string): Rule {
  const freq = KEYWORDS[pattern.trim().toLowerCase()];
  if (!freq) return toRule(pattern);
  return { freq, interval: 1, text: freq === 'YEARLY' ? 'FREQ=YEARLY' : freq.toLowerCase() };
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
      const n = /^[+-]?\d{1,5}$/.test(item) ? Number(item) : Number.NaN;
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
  rule.interval = single('INTERVAL', 1, MAX_RECURRENCE_INTERVAL[rule.freq]) ?? 1;
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
  // A real calendar time: Date.UTC rolls Feb 30 over to Mar 2, so the fields would not come back unchanged.
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const valid = h < 24 && mi < 60 && s < 60 && at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
  if (!match || !valid) throw new RuleError(`UNTIL=${value}: use a date like 20261231 or a UTC time like 20261231T170000Z.`);
  return { kind: match[4] === undefined ? 'date' : match[7] ? 'utc' : 'local', parts };
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

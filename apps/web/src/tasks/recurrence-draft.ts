import { type Rule, RuleError, toRuleOrKeyword } from '@doable/contracts';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** Monday = 0 … Sunday = 6, as in the rule parser. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Which day of the month a monthly rule falls on. */
export type MonthlyOn =
  /** The due date's day of the month (a rule with no day of its own). */
  | { kind: 'due-day' }
  | { kind: 'day'; day: number }
  | { kind: 'last-day' }
  /** `nth` is 1–4, or -1 for the last one. */
  | { kind: 'weekday'; nth: number; weekday: Weekday };

export type Ends = { kind: 'never' } | { kind: 'count'; count: number } | { kind: 'until'; date: string };

/** What the recurrence editor shows: every rule it can write, and no other. */
export interface RecurrenceDraft {
  frequency: Frequency;
  interval: number;
  /** Weekly rules only; empty means the due date's weekday. */
  weekdays: Weekday[];
  /** Monthly rules only. */
  monthlyOn: MonthlyOn;
  ends: Ends;
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A draft for a new custom rule, starting from the due date (`YYYY-MM-DD…` local text) when there is one. */
export function newDraft(dueLocal: string): RecurrenceDraft {
  const due = /^(\d{4})-(\d{2})-(\d{2})/.exec(dueLocal);
  const date = due ? new Date(Date.UTC(Number(due[1]), Number(due[2]) - 1, Number(due[3]))) : undefined;
  const weekday = date ? (((date.getUTCDay() + 6) % 7) as Weekday) : 0;
  return {
    frequency: 'WEEKLY',
    interval: 1,
    weekdays: [weekday],
    monthlyOn: { kind: 'due-day' },
    ends: { kind: 'never' },
  };
}

/** The rule a draft stands for, in the parser's normal form (`weekly`, `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE`). */
export function ruleFromDraft(draft: RecurrenceDraft): string {
  const parts = [`FREQ=${draft.frequency}`];
  if (draft.interval > 1) parts.push(`INTERVAL=${draft.interval}`);
  if (draft.frequency === 'WEEKLY' && draft.weekdays.length)
    parts.push(
      `BYDAY=${[...new Set(draft.weekdays)]
        .sort((a, b) => a - b)
        .map((day) => DAY_CODES[day])
        .join(',')}`,
    );
  const on = draft.monthlyOn;
  if (draft.frequency === 'MONTHLY' && on.kind !== 'due-day') {
    if (on.kind === 'day') parts.push(`BYMONTHDAY=${on.day}`);
    else if (on.kind === 'last-day') parts.push('BYMONTHDAY=-1');
    else parts.push(`BYDAY=${on.nth}${DAY_CODES[on.weekday]}`);
  }
  if (draft.ends.kind === 'count') parts.push(`COUNT=${draft.ends.count}`);
  if (draft.ends.kind === 'until') parts.push(`UNTIL=${draft.ends.date.replaceAll('-', '')}`);
  return toRuleOrKeyword(parts.join(';')).text;
}

/**
 * The draft for a stored rule, or undefined when the editor cannot show it exactly (a rule from the API or a
 * calendar app with parts the editor has no control for): such a rule is shown read-only, never rewritten.
 */
export function draftFromRule(pattern: string): RecurrenceDraft | undefined {
  let rule: Rule;
  try {
    rule = toRuleOrKeyword(pattern);
  } catch (error) {
    if (error instanceof RuleError) return undefined;
    throw error;
  }
  if (rule.byMonth || rule.byYearDay || rule.byWeekNo || rule.bySetPos || rule.wkst !== undefined) return undefined;
  if (rule.until && rule.until.kind !== 'date') return undefined;
  const draft: RecurrenceDraft = {
    frequency: rule.freq,
    interval: rule.interval,
    weekdays: [],
    monthlyOn: { kind: 'due-day' },
    ends: ends(rule),
  };
  const { byDay, byMonthDay } = rule;
  if (rule.freq === 'WEEKLY') {
    if (byMonthDay || byDay?.some((day) => day.n !== undefined)) return undefined;
    draft.weekdays = (byDay ?? []).map((day) => day.weekday as Weekday);
  } else if (rule.freq === 'MONTHLY') {
    if (byDay && byMonthDay) return undefined;
    if (byMonthDay) {
      const [day] = byMonthDay;
      if (byMonthDay.length !== 1 || day === undefined || day < -1) return undefined;
      draft.monthlyOn = day === -1 ? { kind: 'last-day' } : { kind: 'day', day };
    } else if (byDay) {
      const [only] = byDay;
      if (byDay.length !== 1 || only?.n === undefined || only.n > 4 || only.n < -1) return undefined;
      draft.monthlyOn = { kind: 'weekday', nth: only.n, weekday: only.weekday as Weekday };
    } else {
      draft.monthlyOn = { kind: 'due-day' };
    }
  } else if (byDay || byMonthDay) {
    return undefined;
  }
  // Only a rule the editor writes back unchanged (weekdays in any order) is one it shows.
  return ruleFromDraft(draft) === withWeekdaysInOrder(rule.text) ? draft : undefined;
}

function withWeekdaysInOrder(text: string): string {
  return text.replace(/BYDAY=([A-Z,]+)/, (_, days: string) => {
    const ordered = days.split(',').sort((a, b) => DAY_CODES.indexOf(a) - DAY_CODES.indexOf(b));
    return `BYDAY=${ordered.join(',')}`;
  });
}

function ends(rule: Rule): Ends {
  if (rule.count !== undefined) return { kind: 'count', count: rule.count };
  if (rule.until) {
    const [y = 0, m = 1, d = 1] = rule.until.parts;
    return { kind: 'until', date: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
  }
  return { kind: 'never' };
}

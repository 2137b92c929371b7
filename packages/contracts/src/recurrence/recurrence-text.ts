import { clampedMonthDay, type Rule, RuleError, toRuleOrKeyword } from './recurrence-rule.ts';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short English summary, e.g. "every 2 weeks on Mon, Wed". Returns the pattern itself when it is invalid. */
export function describeRecurrence(pattern: string): string {
  let rule: Rule;
  try {
    rule = toRuleOrKeyword(pattern);
  } catch (error) {
    if (error instanceof RuleError) return pattern;
    throw error;
  }
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' }[rule.freq];
  const parts = [rule.interval === 1 ? `every ${unit}` : `every ${rule.interval} ${unit}s`];
  const { byDay, byMonth, byMonthDay } = rule;
  const days = byDay?.map((d) => (d.n ? `${ordinal(d.n)} ${DAY_NAMES[d.weekday]}` : DAY_NAMES[d.weekday]));
  const isWeekdays = byDay?.length === 5 && byDay.every((d) => !d.n && d.weekday < 5);
  if (
    rule.freq === 'YEARLY' &&
    byMonth &&
    byMonthDay?.every((d) => d > 0) &&
    !byDay &&
    !rule.bySetPos &&
    !rule.byYearDay &&
    !rule.byWeekNo
  ) {
    parts.push(`on ${list(byMonth.flatMap((m) => byMonthDay.map((d) => `${MONTH_NAMES[m - 1]} ${d}`)))}`);
    if (byMonth.includes(2) && byMonthDay.includes(29)) parts.push('(leap years only)');
  } else {
    if (byMonth) parts.push(`in ${list(byMonth.map((m) => MONTH_NAMES[m - 1] ?? ''))}`);
    if (rule.byWeekNo) parts.push(`in week ${list(rule.byWeekNo.map((w) => (w < 0 ? `${ordinal(w)}` : String(w))))}`);
    if (rule.byYearDay) parts.push(`on ${list(rule.byYearDay.map((d) => (d < 0 ? `the ${ordinal(d)} day` : `day ${d}`)))} of the year`);
    if (rule.bySetPos) {
      const from = isWeekdays ? 'weekday' : `of ${[...(days ?? []), ...(byMonthDay ?? []).map((d) => `the ${ordinal(d)}`)].join(', ')}`;
      parts.push(`on the ${list(rule.bySetPos.map(ordinal))} ${from}`);
    } else {
      if (byMonthDay) {
        const note = clampedMonthDay(rule) === undefined ? '' : ' (last day in shorter months)';
        parts.push(`on the ${list(byMonthDay.map((d) => (d < 0 ? `${ordinal(d)} day` : ordinal(d))))}${note}`);
      }
      if (isWeekdays && rule.freq === 'WEEKLY' && rule.interval === 1) parts[0] = 'every weekday';
      else if (days) parts.push(isWeekdays ? 'on weekdays' : `on ${byDay?.some((d) => d.n) ? 'the ' : ''}${days.join(', ')}`);
    }
  }
  if (rule.count !== undefined) parts.push(rule.count === 1 ? ', once' : `, ${rule.count} times`);
  if (rule.until) {
    const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = rule.until.parts;
    const clock = rule.until.kind === 'date' ? '' : ` ${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`;
    parts.push(`until ${MONTH_NAMES[mo - 1]} ${d}, ${y}${clock}${rule.until.kind === 'utc' ? ' UTC' : ''}`);
  }
  return parts.join(' ').replace(' ,', ',');
}

function ordinal(n: number): string {
  if (n === -1) return 'last';
  if (n < 0) return `${ordinal(-n)} last`;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

function list(items: string[], last = 'and'): string {
  if (items.length <= 2) return items.join(` ${last} `);
  return items.join(', ');
}

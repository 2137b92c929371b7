import { describe, expect, it } from 'vitest';
import { RuleError, toRuleOrKeyword } from './recurrence-rule.ts';
import { describeRecurrence } from './recurrence-text.ts';

describe('describeRecurrence', () => {
  it.each([
    ['daily', 'every day'],
    ['weekly', 'every week'],
    ['monthly', 'every month'],
    ['yearly', 'every year'],
    ['FREQ=DAILY;INTERVAL=3', 'every 3 days'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE', 'every 2 weeks on Mon, Wed'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'every weekday'],
    ['FREQ=MONTHLY;BYMONTHDAY=31', 'every month on the 31st (last day in shorter months)'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'every month on the 1st and 15th'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'every month on the last day'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', 'every 3 months on the 15th'],
    ['FREQ=MONTHLY;BYDAY=1MO', 'every month on the 1st Mon'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'every month on the last Fri'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'every month on the last weekday'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'every year on Feb 29 (leap years only)'],
    ['FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'every year in Mar on the last Sun'],
    ['FREQ=DAILY;COUNT=5', 'every day, 5 times'],
    ['FREQ=DAILY;UNTIL=20251231', 'every day until Dec 31, 2025'],
    ['FREQ=DAILY;UNTIL=20250301T170000Z', 'every day until Mar 1, 2025 17:00 UTC'],
    ['FREQ=HOURLY', 'FREQ=HOURLY'],
  ])('%j → %j', (pattern, text) => {
    expect(describeRecurrence(pattern)).toBe(text);
  });
});

describe('UNTIL', () => {
  it.each(['20240229', '20251231T235959Z', '20250301T000000'])('accepts the real calendar time %s', (until) => {
    expect(toRuleOrKeyword(`FREQ=DAILY;UNTIL=${until}`).until).toBeDefined();
  });

  it.each(['20250229', '20250230', '20251301', '20250101T240000Z', '20250101T126000', '2025010'])('refuses %s', (until) => {
    expect(() => toRuleOrKeyword(`FREQ=DAILY;UNTIL=${until}`)).toThrow(RuleError);
  });
});

import { describe, expect, it } from 'vitest';
import { draftFromRule, newDraft, type RecurrenceDraft, ruleFromDraft } from './recurrence-draft.ts';

const draft = (overrides: Partial<RecurrenceDraft>): RecurrenceDraft => ({ ...newDraft(''), weekdays: [], ...overrides });

describe('ruleFromDraft', () => {
  it.each<[string, Partial<RecurrenceDraft>, string]>([
    ['every day', { frequency: 'DAILY' }, 'daily'],
    ['every 3 days', { frequency: 'DAILY', interval: 3 }, 'FREQ=DAILY;INTERVAL=3'],
    ['every week on the due weekday', { frequency: 'WEEKLY' }, 'weekly'],
    ['every 2 weeks on Wed and Mon', { frequency: 'WEEKLY', interval: 2, weekdays: [2, 0, 2] }, 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE'],
    ['every month on the due day', { frequency: 'MONTHLY', monthlyOn: { kind: 'due-day' } }, 'monthly'],
    ['every month on the 15th', { frequency: 'MONTHLY', monthlyOn: { kind: 'day', day: 15 } }, 'FREQ=MONTHLY;BYMONTHDAY=15'],
    ['every month on the last day', { frequency: 'MONTHLY', monthlyOn: { kind: 'last-day' } }, 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    [
      'every 3 months on the 2nd Tue',
      { frequency: 'MONTHLY', interval: 3, monthlyOn: { kind: 'weekday', nth: 2, weekday: 1 } },
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU',
    ],
    [
      'every month on the last Fri',
      { frequency: 'MONTHLY', monthlyOn: { kind: 'weekday', nth: -1, weekday: 4 } },
      'FREQ=MONTHLY;BYDAY=-1FR',
    ],
    ['every year', { frequency: 'YEARLY' }, 'FREQ=YEARLY'],
    ['every day, 10 times', { frequency: 'DAILY', ends: { kind: 'count', count: 10 } }, 'FREQ=DAILY;COUNT=10'],
    ['every week until a date', { frequency: 'WEEKLY', ends: { kind: 'until', date: '2031-06-30' } }, 'FREQ=WEEKLY;UNTIL=20310630'],
  ])('%s', (_, overrides, rule) => {
    expect(ruleFromDraft(draft(overrides))).toBe(rule);
  });

  it('ignores the weekdays of a rule that is not weekly and the month day of one that is not monthly', () => {
    expect(ruleFromDraft(draft({ frequency: 'DAILY', weekdays: [1], monthlyOn: { kind: 'day', day: 3 } }))).toBe('daily');
  });
});

describe('draftFromRule', () => {
  it.each([
    'daily',
    'weekly',
    'monthly',
    'FREQ=YEARLY',
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYDAY=1MO',
    'FREQ=MONTHLY;INTERVAL=6;BYDAY=-1SU;COUNT=4',
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20311231',
  ])('shows %s and writes it back unchanged', (rule) => {
    const shown = draftFromRule(rule);
    expect(shown).toBeDefined();
    expect(ruleFromDraft(shown as RecurrenceDraft)).toBe(rule);
  });

  it('reads weekdays in any order', () => {
    expect(draftFromRule('FREQ=WEEKLY;BYDAY=FR,MO')?.weekdays).toEqual([4, 0]);
  });

  it.each([
    ['a month list', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU'],
    ['a set position', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['two days of the month', 'FREQ=MONTHLY;BYMONTHDAY=1,15'],
    ['a day counted from the end other than the last', 'FREQ=MONTHLY;BYMONTHDAY=-2'],
    ['a fifth weekday', 'FREQ=MONTHLY;BYDAY=5FR'],
    ['two numbered weekdays', 'FREQ=MONTHLY;BYDAY=1MO,3MO'],
    ['weekdays on a daily rule', 'FREQ=DAILY;BYDAY=MO,FR'],
    ['a week start', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO;WKST=SU'],
    ['an end time', 'FREQ=DAILY;UNTIL=20311231T170000Z'],
    ['a year day', 'FREQ=YEARLY;BYYEARDAY=100'],
    ['a rule that does not parse', 'FREQ=HOURLY'],
  ])('leaves a rule with %s to be shown read-only', (_, rule) => {
    expect(draftFromRule(rule)).toBeUndefined();
  });
});

describe('newDraft', () => {
  it('starts weekly on the weekday of the due date', () => {
    expect(newDraft('2031-01-23T09:00')).toEqual({
      frequency: 'WEEKLY',
      interval: 1,
      weekdays: [3],
      monthlyOn: { kind: 'due-day' },
      ends: { kind: 'never' },
    });
  });

  it('starts on Monday without a due date', () => {
    expect(newDraft('').weekdays).toEqual([0]);
  });
});

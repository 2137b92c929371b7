import { describe, expect, it } from 'vitest';
import { firstOnRule } from '../../quick-add/quick-add-dates.ts';
import { interpret } from './offline-interpreter.ts';

// Months said with a new series keep it to them (BYMONTH); its first date is the rule's, found from today.

describe('a series kept to some months', () => {
  it.each([
    ['mow the lawn weekly from april to october', 'mow the lawn', 'FREQ=WEEKLY;BYMONTH=4,5,6,7,8,9,10'],
    ['every saturday from april to september cut the grass', 'cut the grass', 'FREQ=WEEKLY;BYDAY=SA;BYMONTH=4,5,6,7,8,9'],
    ['water the tomatoes every day in july and august', 'water the tomatoes', 'FREQ=DAILY;BYMONTH=7,8'],
    ['every day during june, july and august water the beans', 'water the beans', 'FREQ=DAILY;BYMONTH=6,7,8'],
    ['hedge cutting every 6 weeks between may and september', 'hedge cutting', 'FREQ=WEEKLY;INTERVAL=6;BYMONTH=5,6,7,8,9'],
    // A range across the new year wraps it.
    ['grit the path every morning from november to february', 'grit the path', 'FREQ=DAILY;BYMONTH=1,2,11,12'],
    [
      'pay the council tax on the 1st of every month from february to november',
      'pay the council tax',
      'FREQ=MONTHLY;BYMONTHDAY=1;BYMONTH=2,3,4,5,6,7,8,9,10,11',
    ],
  ])('"%s"', (sentence, title, pattern) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'create_recurring', args: { title, pattern } });
  });

  it('leaves a start on a date as the first due date', () => {
    expect(interpret('water the pots every monday starting april 6')).toMatchObject({
      tool: 'create_recurring',
      args: { pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'april 6' },
    });
  });

  it('asks about a month with no day, as before', () => {
    expect(interpret('every year in march prune the roses')).toMatchObject({ kind: 'help' });
  });

  it('gives the tool a first date inside the months', () => {
    const now = new Date('2026-01-22T12:00:00Z');
    const first = firstOnRule('FREQ=WEEKLY;BYDAY=SA;BYMONTH=4,5,6,7,8,9', new Date('2026-01-23T09:00:00Z'), 'UTC', now);
    expect(first?.toISOString()).toBe('2026-04-04T09:00:00.000Z');
  });
});

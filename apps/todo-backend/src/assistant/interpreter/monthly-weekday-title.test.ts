import { describe, expect, it } from 'vitest';
import { monthlyWeekdayTitle } from './monthly-weekday-title.ts';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a monthly title with the day it falls on', () => {
  it.each([
    ['monthly report on the first monday', { title: 'monthly report', pattern: 'FREQ=MONTHLY;BYDAY=1MO' }],
    ['add the monthly newsletter on the last friday', { title: 'the monthly newsletter', pattern: 'FREQ=MONTHLY;BYDAY=-1FR' }],
    [
      'monthly committee meeting on the second tuesday of the month',
      { title: 'monthly committee meeting', pattern: 'FREQ=MONTHLY;BYDAY=2TU' },
    ],
    ['monthly budget check on the 3rd wednesday', { title: 'monthly budget check', pattern: 'FREQ=MONTHLY;BYDAY=3WE' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('create_recurring', args));
  });

  it('leaves a title without "monthly" to the date rules', () => {
    expect(monthlyWeekdayTitle('board meeting on the first monday')).toBeUndefined();
  });

  it('leaves a change to the monthly task to the other rules', () => {
    expect(monthlyWeekdayTitle('the monthly report is due on the first monday')).toBeUndefined();
  });
});

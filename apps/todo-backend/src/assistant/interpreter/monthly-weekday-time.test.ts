import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

// A monthly rule on a weekday of the month with only a time said: the first due date is the rule's next day at that
// time ("the second tuesday of the month at 7pm"), never today at that time, off the rule.

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Garden Club'] });

describe('a monthly weekday rule with a time', () => {
  it.each([
    [
      'Garden Club meeting every second tuesday of the month at 7pm',
      { title: 'Garden Club meeting', pattern: 'FREQ=MONTHLY;BYDAY=2TU', due_date: 'the second tuesday of the month at 7pm' },
    ],
    [
      'team sync every last friday of the month at 4pm',
      { title: 'team sync', pattern: 'FREQ=MONTHLY;BYDAY=-1FR', due_date: 'the last friday of the month at 4pm' },
    ],
    [
      'every first monday of the month at 10am review the budget',
      { title: 'review the budget', pattern: 'FREQ=MONTHLY;BYDAY=1MO', due_date: 'the first monday of the month at 10am' },
    ],
    [
      'book club on the third thursday of every month at 8pm',
      { title: 'book club', pattern: 'FREQ=MONTHLY;BYDAY=3TH', due_date: 'the third thursday of the month at 8pm' },
    ],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('create_recurring', args));
  });

  it('gives no first day when no time is said (the tool puts it on the rule)', () => {
    expect(read('monthly report on the first monday')).toEqual(
      call('create_recurring', { title: 'monthly report', pattern: 'FREQ=MONTHLY;BYDAY=1MO' }),
    );
  });
});

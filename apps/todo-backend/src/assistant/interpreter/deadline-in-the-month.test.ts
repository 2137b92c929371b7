import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { recurrencePattern } from './recurrence.ts';

// "by the last friday of the month" is a deadline in the month to come, one date; "on the last friday of the month" is
// a rule, as the corpus holds it.

describe('a deadline on a day of the month', () => {
  it.each([
    ['add hand in the mileage claim by the last friday of the month', 'hand in the mileage claim', 'the last friday of the month'],
    ['add send the agenda before the first monday of the month', 'send the agenda', 'the first monday of the month'],
  ])('adds "%s" once', (sentence, title, date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date: date } });
  });

  it.each([
    'on the last friday of the month submit my timesheet',
    'every first tuesday of the month book club',
    'check the tyre pressures on the last sunday of the month',
  ])('still reads "%s" as a rule', (sentence) => {
    expect(recurrencePattern(sentence)).toBeDefined();
  });

  it('reads no rule in a deadline', () => {
    expect(recurrencePattern('pay the rent by the last day of the month')).toBeUndefined();
  });
});

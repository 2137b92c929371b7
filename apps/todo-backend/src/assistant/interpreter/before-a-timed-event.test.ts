import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// "due before the 9am lecture on wednesday": the event's day and time are the due date; never a task ordered before
// another named "9am lecture", never the event in the title.

describe('a deadline said as an event at a time', () => {
  it.each([
    ['make the reading due before the 9am lecture on wednesday', call('set_due_date', { date: 'wednesday at 9am' }, t('reading'))],
    ['the essay is due before the 9am lecture friday', call('set_due_date', { date: 'friday at 9am' }, t('essay'))],
    ['the pset is due by the 11am tutorial tomorrow', call('set_due_date', { date: 'tomorrow at 11am' }, t('pset'))],
    [
      'add finish the slides before the 9am lecture on wednesday',
      call('add_task', { title: 'finish the slides', due_date: 'wednesday at 9am' }),
    ],
    ['add print the handout by the 2pm tutorial', call('add_task', { title: 'print the handout', due_date: 'at 2pm' })],
    ['add call mum before the 6pm train', call('add_task', { title: 'call mum', due_date: 'at 6pm' })],
  ])('reads "%s"', (sentence, reading) => {
    expect(interpret(sentence)).toEqual(reading);
  });

  it('still orders a task before another named without a time', () => {
    expect(interpret('move the dentist before the gym')).toEqual(call('move_task', { before: 'gym' }, t('dentist')));
  });
});

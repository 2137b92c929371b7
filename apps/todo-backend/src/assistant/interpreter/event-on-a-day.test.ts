import { describe, expect, it } from 'vitest';
import { withoutEventBeforeADay } from './event-on-a-day.ts';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// "before my holiday on the 20th": the day is the deadline, the event no part of the title, and never a task to order
// the task before.

describe('a deadline said by the event it comes before', () => {
  it.each([
    ['add order euros before my holiday on the 20th', call('add_task', { title: 'order euros', due_date: 'the 20th' })],
    ['add pack the cool box before the school trip on friday', call('add_task', { title: 'pack the cool box', due_date: 'friday' })],
    [
      'make the passport renewal due before my holiday on the 20th and mark it urgent',
      call('update_task', { due_date: 'before the 20th', priority: 'high' }, t('passport renewal')),
    ],
    ['the passport photos need doing before my holiday on the 20th', call('set_due_date', { date: 'the 20th' }, t('passport photos'))],
    ['what needs doing before my holiday on the 20th', call('filter_tasks', { due_before: 'the 20th 00:00' })],
  ])('reads "%s"', (sentence, reading) => {
    expect(interpret(sentence)).toEqual(reading);
  });

  it('keeps an event the task follows', () => {
    expect(withoutEventBeforeADay('add write up the notes after the meeting on friday')).toBe(
      'add write up the notes after the meeting on friday',
    );
  });

  it.each(['remind me an hour before the vet on monday at 10', 'remind me the day before the school trip on the 3rd'])(
    'keeps the event a reminder leads up to in "%s"',
    (sentence) => {
      expect(withoutEventBeforeADay(sentence)).toBe(sentence);
    },
  );

  it('still orders a task before another with no day after it', () => {
    expect(interpret('move the dentist before the gym')).toEqual(call('move_task', { before: 'gym' }, t('dentist')));
  });

  it('reads "due before" as the date, never a place beside another task', () => {
    expect(interpret('make the report due before the 20th')).toEqual(call('set_due_date', { date: 'before the 20th' }, t('report')));
  });
});

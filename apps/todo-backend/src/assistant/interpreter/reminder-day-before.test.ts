import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A reminder at a time of day some days before the task is due: the lead time between the two, never a due date
// and never the words of a task.

const read = (sentence: string) => interpret(sentence);

describe('a reminder the day before at a time', () => {
  it.each([
    // 3pm on Friday, reminded at 9am on Thursday: 30 hours before.
    ['dentist friday 3pm, remind me the day before at 9', { title: 'dentist', due_date: 'friday 3pm', remind_before: '1d6h' }],
    ['add dentist friday 3pm, remind me the day before at 9am', { title: 'dentist', due_date: 'friday 3pm', remind_before: '1d6h' }],
    [
      'add the MOT on monday at 10:30, remind me 2 days before at 6pm',
      { title: 'the MOT', due_date: 'monday at 10:30', remind_before: '1d16h30m' },
    ],
    ['book club wed 7pm, remind me the week before at noon', { title: 'book club', due_date: 'wed 7pm', remind_before: '1w7h' }],
    // A day without a time is due at 09:00: the day before at 8 is 25 hours before.
    ['call mum friday, remind me the day before at 8', { title: 'call mum', due_date: 'friday', remind_before: '1d1h' }],
  ])('adds "%s" with the lead time', (sentence, args) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each([
    'remind me the day before at 9',
    'remind me the night before at 8pm',
    'ping me the day before at 10',
    'remind me about 7 the day before at 9',
  ])('asks on "%s", where the due date is not said', (sentence) => {
    const reading = read(sentence);
    expect(reading.kind).toBe('help');
    expect(reading.kind === 'help' && reading.reason).toMatch(/when should i remind you/i);
  });

  it('keeps "remind me the day before" a lead time on the last task', () => {
    expect(read('remind me the day before')).toEqual({
      kind: 'call',
      tool: 'set_reminder',
      args: { before: '1d' },
      target: { last: true },
    });
  });
});

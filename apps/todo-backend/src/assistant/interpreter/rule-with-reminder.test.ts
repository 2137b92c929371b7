import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A new series said with a reminder's lead time is added by add_task, which takes both the rule and the lead time.

describe('a new series with a reminder before each occurrence', () => {
  it.each([
    [
      'renew car insurance every year on 3 june, remind me 2 weeks before',
      { title: 'renew car insurance', due_date: '3 june', recurring: 'FREQ=YEARLY', remind_before: '2w' },
    ],
    [
      'pay the rent on the 1st every month and remind me the day before',
      { title: 'pay the rent', due_date: 'the 1st', recurring: 'monthly', remind_before: '1d' },
    ],
    [
      'bins out every tuesday at 7pm, nudge me 30 mins before',
      { title: 'bins out', due_date: 'tuesday at 7pm', recurring: 'FREQ=WEEKLY;BYDAY=TU', remind_before: '30m' },
    ],
  ])('"%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it('asks when the series has no first date to remind before', () => {
    expect(interpret('water the plants every 3 days, remind me an hour before')).toMatchObject({ kind: 'help' });
  });

  it('leaves a series whose reminder is at its own time to create_recurring', () => {
    expect(interpret('remind me every monday at 8 to put the bins out')).toMatchObject({ tool: 'create_recurring' });
  });
});

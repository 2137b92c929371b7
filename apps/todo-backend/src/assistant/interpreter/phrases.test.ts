import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { parseTaskRef } from './phrases.ts';

// A task named by what its title says: "the task that says …", "the one saying …" name it by those words.

describe('a task named by what it says', () => {
  it.each([
    ['the task that says complete the tax return', 'complete the tax return'],
    ['the one which reads call mum', 'call mum'],
    ['the one saying buy milk', 'buy milk'],
    ['the task called pay the nanny', 'pay the nanny'],
  ])('names "%s" by its words', (ref, title) => {
    expect(parseTaskRef(ref)).toEqual({ title });
  });

  it('deletes the task that says a verb of ours, not another', () => {
    expect(interpret('delete the task that says complete the tax return')).toEqual({
      kind: 'call',
      tool: 'delete_task',
      args: {},
      target: { title: 'complete the tax return' },
    });
  });

  it.each([
    ['the report', 'report'],
    ['the one about the boiler', 'boiler'],
  ])('still names "%s" as before', (ref, title) => {
    expect(parseTaskRef(ref)).toEqual({ title });
  });
});

describe('a day of the month and a time after a comma', () => {
  it('is one date', () => {
    expect(interpret('Year 4 parents evening on the 10th, 5.40pm, remind me half an hour before')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'Year 4 parents evening', due_date: 'the 10th 5.40pm', remind_before: '30m' },
    });
    expect(interpret('add pay the card on the 20th, 6am')).toMatchObject({ args: { title: 'pay the card', due_date: 'the 20th 6am' } });
  });
});

describe('a day of next month led by "before" or "by", and a lapse said without a day', () => {
  it.each([
    ["add get the car MOT'd before the 15th of next month", { title: "get the car MOT'd", due_date: 'the 15th of next month' }],
    ['add book the MOT by the 1st of next month', { title: 'book the MOT', due_date: 'the 1st of next month' }],
    ['add renew my driving licence before it runs out', { title: 'renew my driving licence' }],
    ['add renew the railcard before it expires', { title: 'renew the railcard' }],
  ])('%s', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it('still reads the task a reminder is set before when it is named', () => {
    expect(interpret('warn me 2 days before the passport expires')).toEqual({
      kind: 'call',
      tool: 'set_reminder',
      args: { before: '2d' },
      target: { title: 'passport' },
    });
  });
});

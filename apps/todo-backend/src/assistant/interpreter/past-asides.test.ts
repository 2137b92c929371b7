import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A bracketed aside about what already happened: never the due date, never part of the title.

const read = (sentence: string) => interpret(sentence);

describe('a bracketed aside in the past', () => {
  it.each([
    ['add pay the water bill (arrived yesterday) due the 5th', { title: 'pay the water bill', due_date: 'the 5th' }],
    ['add the gas bill (it came on monday) due friday', { title: 'the gas bill', due_date: 'friday' }],
    ['add call Sam (he rang last night) tomorrow', { title: 'call Sam', due_date: 'tomorrow' }],
    ['add renew the TV licence (letter arrived 2 days ago) by the 28th', { title: 'renew the TV licence', due_date: 'the 28th' }],
    ['add reply to the council (their letter was dated monday)', { title: 'reply to the council' }],
    ['add return the boots (they were delivered on tuesday) by saturday', { title: 'return the boots', due_date: 'saturday' }],
  ])('reads "%s" without the aside', (sentence, args) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each([
    [
      'new task call gp surgery 8am monday for appt (they open at 8 and its a scrum)',
      { title: 'call gp surgery for appt', due_date: '8am monday' },
    ],
    ['add call the gp monday 8am (they open at 8)', { title: 'call the gp', due_date: 'monday 8am' }],
    ['add pay the window cleaner friday (he wants cash at 9)', { title: 'pay the window cleaner', due_date: 'friday' }],
  ])('reads "%s" without its bracketed remark', (sentence, args) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each(['add pay rent (it is due friday)', 'add pay rent (due friday)', "pay rent (it's due by friday)"])(
    'reads the deadline in brackets of "%s" as said without them',
    (sentence) => {
      expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'pay rent', due_date: 'friday' } });
    },
  );

  it('keeps an aside that says no past in the title ("rescheduled to friday" may be the date asked)', () => {
    expect(read('add dentist (rescheduled to friday)')).toMatchObject({ kind: 'call', tool: 'add_task' });
    expect(read('add dentist (rescheduled to friday)')).not.toMatchObject({ args: { title: 'dentist' } });
  });
});

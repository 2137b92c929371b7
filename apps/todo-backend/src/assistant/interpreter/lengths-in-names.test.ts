import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A length of time or a clock time that names a thing stays in the title; said as a date, it is the due date.

const added = (args: Record<string, unknown>) => ({ kind: 'call', tool: 'add_task', args });

describe('a length of time or a clock time in a name', () => {
  it.each([
    ['add book the 3 day pass', 'book the 3 day pass'],
    ['add buy a 30 day travel sim', 'buy a 30 day travel sim'],
    ['add book the 2 night stay in York', 'book the 2 night stay in York'],
    ['add give 2 weeks notice on the flat', 'give 2 weeks notice on the flat'],
    ['add pack for 2 weeks', 'pack for 2 weeks'],
    ["add write the handover doc for the 6 weeks I'm away", "write the handover doc for the 6 weeks I'm away"],
    ['add book the 5:15 train to Leeds', 'book the 5:15 train to Leeds'],
    ['add book a 2 hour massage', 'book a 2 hour massage'],
    ['add hire a van for three days', 'hire a van for three days'],
  ])('keeps "%s" a title, no due date', (sentence, title) => {
    expect(interpret(sentence)).toEqual(added({ title }));
  });

  it.each([
    ['add book the 3 day ski pass for the 9th', { title: 'book the 3 day ski pass', due_date: 'the 9th' }],
    ['add pack for 10 days by saturday', { title: 'pack for 10 days', due_date: 'saturday' }],
    ['add take the 10 minute quiz tomorrow', { title: 'take the 10 minute quiz', due_date: 'tomorrow' }],
    ['add catch the 7:40 train tomorrow', { title: 'catch the 7:40 train', due_date: 'tomorrow' }],
    // Said as a date, a length or a time is the due date.
    ['add renew the road tax in 3 weeks', { title: 'renew the road tax', due_date: 'in 3 weeks' }],
    ['add chase the refund 2 weeks from now', { title: 'chase the refund', due_date: '2 weeks from now' }],
    ['add call the hotel at 5:15 tomorrow', { title: 'call the hotel', due_date: 'at 5:15 tomorrow' }],
  ])('reads "%s" with its date', (sentence, args) => {
    expect(interpret(sentence)).toEqual(added(args));
  });

  it('keeps an amount of hours with a decimal point in the title', () => {
    expect(interpret('add chase the missing 12.5 hrs on my payslip')).toEqual(added({ title: 'chase the missing 12.5 hrs on my payslip' }));
  });
});

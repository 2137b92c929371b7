import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Words taken out of or swapped in a title or a note: only a title said in full is changed; otherwise the whole new
// wording is asked, never a tag taken off, a date moved or the instruction written into the note.
describe('the offline interpreter on words changed inside a title or a note', () => {
  it('takes the words out of a title quoted in full', () => {
    expect(interpret("take 'URGENT' out of the name of 'URGENT pay the invoice'")).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { title: 'pay the invoice' },
      target: { title: 'URGENT pay the invoice' },
    });
    expect(interpret('remove "(old)" from the title of "call the bank (old)"')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { title: 'call the bank' },
      target: { title: 'call the bank (old)' },
    });
  });

  it.each([
    "drop 'urgent' from the title of the invoice task",
    'take the word draft out of the name of 7',
    'in the title of the bins one, change "tues" to "weds"',
    'in the notes on 5 replace 10am with 11am',
    'the boiler note: change 4471 to 4471-B',
    'dentist title - swap Mon for Tue',
  ])('asks for the whole wording in "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  it('leaves tags, dates and notes said plainly to their own rules', () => {
    expect(interpret('drop the urgent tag from the invoice')).toMatchObject({ tool: 'remove_tag', args: { tag: 'urgent' } });
    expect(interpret('change the dentist to friday')).toMatchObject({ tool: 'set_due_date', args: { date: 'friday' } });
    expect(interpret('add a note to the boiler task: part number 4471')).toMatchObject({
      tool: 'update_task',
      args: { description: 'part number 4471' },
    });
  });
});

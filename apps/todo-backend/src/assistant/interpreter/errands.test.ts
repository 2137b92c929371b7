import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// The verbs of a trade that are nouns too ("invoice", "quote", "chase"): an errand when said first with a date, never
// when the words after them say something of a task ("the invoice is paid", "invoice due friday").
describe('the offline interpreter on errands said with the verbs of a trade', () => {
  it.each([
    ['invoice Acme for the logo work by friday', 'invoice Acme for the logo work', 'friday'],
    ['🧾 invoice bob on the 30th', 'invoice bob', 'the 30th'],
    // In other words.
    ['quote the Jones loft tomorrow', 'quote the Jones loft', 'tomorrow'],
    ['chase Mrs Patel for payment monday', 'chase Mrs Patel for payment', 'monday'],
    ['translate the Müller letter by next friday', 'translate the Müller letter', 'next friday'],
    ['service the Hendersons boiler on the 3rd', 'service the Hendersons boiler', 'the 3rd'],
  ])('adds "%s"', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title, due_date } });
  });

  it('reads news of a task so named as news of it', () => {
    expect(interpret('invoice is paid')).toMatchObject({ tool: 'complete_task', target: { title: 'invoice' } });
    expect(interpret('the invoice is due friday')).toMatchObject({ tool: 'set_due_date', target: { title: 'invoice' } });
  });
});

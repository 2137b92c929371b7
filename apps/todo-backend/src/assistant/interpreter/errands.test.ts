import { describe, expect, it } from 'vitest';
import { errandOffer } from './errands.ts';
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

// An errand said alone is asked about, never added on a guess; the question says how to add it.
describe('the question for an errand said alone', () => {
  it.each([
    ['buy milk', 'buy milk'],
    ['Call the plumber.', 'Call the plumber'],
    ['please buy a birthday present for dad!', 'buy a birthday present for dad'],
  ])('offers to add "%s"', (message, errand) => {
    expect(interpret(message)).toEqual({ kind: 'help' });
    expect(errandOffer(message)).toBe(
      `Add "${errand}" as a task? Say "add ${errand}" and I will (with a day if it has one: "add ${errand} tomorrow").`,
    );
  });

  it('says the two steps when one tag is traded for another', () => {
    expect(interpret('retag the budget review as finance instead of work')).toEqual({
      kind: 'help',
      reason: 'One change at a time: say "remove the work tag from the budget review", then "tag the budget review finance".',
    });
  });

  it('asks when for a reminder about a task said without its time', () => {
    expect(interpret('remind me about the dentist')).toEqual({
      kind: 'help',
      reason:
        'When should I remind you about the dentist? Say a time ("remind me about the dentist tomorrow at 9") or how long before it is due ("… an hour before").',
    });
  });

  it.each(['hello there', 'what can you do', 'the report is late', 'delete the report', 'buy milk?'])(
    'offers nothing for "%s"',
    (message) => {
      expect(errandOffer(message)).toBeUndefined();
    },
  );
});

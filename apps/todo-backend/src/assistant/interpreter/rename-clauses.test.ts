import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a title corrected over several clauses', () => {
  it.each([
    ['fix 5, it should read call mum', { id: 5 }, 'call mum'],
    ["there's a typo in task 9 - it should be Pay the gas bill", { id: 9 }, 'Pay the gas bill'],
    ['i mistyped plumbr wrongly; rename it to plumber', { title: 'plumbr' }, 'plumber'],
    ['we typed the bday one wrong. it is supposed to say Buy Mia a present', { title: 'bday' }, 'Buy Mia a present'],
    ['Wrong title for the gym task, new title: gym with Ana', { title: 'gym' }, 'gym with Ana'],
    [
      'the thing I named "bank" is about the mortgage, could you call it ask bank about the mortgage',
      { title: 'bank' },
      'ask bank about the mortgage',
    ],
    ["I'd like to correct task 4, the new name is Order the tiles", { id: 4 }, 'Order the tiles'],
    ['change the title from walk dog to walk the dog at 7', { title: 'walk dog' }, 'walk the dog at 7'],
    ['Tom says it should be called book the hall, not book the church', { title: 'book the church' }, 'book the hall'],
    ['I misspelled recieve in task 4, it should say receive the parcel', { id: 4 }, 'receive the parcel'],
    ['we typed tomatos wrong in the groceries one - should be buy tomatoes', { title: 'groceries' }, 'buy tomatoes'],
  ])('reads "%s"', (sentence, target, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { title }, target });
  });

  it.each(['I misspelled recieve in task 4', 'I mistyped the dentist'])('completes nothing on "%s"', (sentence) => {
    const meaning = interpret(sentence);
    expect(meaning.kind === 'call' && meaning.tool === 'complete_task').toBe(false);
  });

  it.each(['change the report, make it high priority', 'I typed that wrong, sorry', 'fix the bike, it should be quick'])(
    'does not rename on "%s"',
    (sentence) => {
      const meaning = interpret(sentence);
      expect(meaning.kind === 'call' && meaning.tool === 'update_task' && 'title' in meaning.args).toBe(false);
    },
  );
});

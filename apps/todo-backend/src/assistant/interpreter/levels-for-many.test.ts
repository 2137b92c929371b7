import { describe, expect, it } from 'vitest';
import { manyLevelledAsked } from './levels-for-many.ts';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club'] };

describe('a level said of many tasks at once', () => {
  it.each([
    'everything in Groceries is low',
    'all the Work stuff can wait',
    'every task in Garden Club should be p2',
    'everything due today is urgent',
    'all of them are high priority now',
  ])('asks about "%s"', (phrase) => {
    expect(manyLevelledAsked(phrase)).toBeDefined();
    expect(interpret(phrase, known)).toMatchObject({ kind: 'help' });
  });

  it.each(['everything is overdue', 'all the high ones are done', 'the invoice is low', 'all hands meeting is urgent'])(
    'leaves "%s" to the other rules',
    (phrase) => {
      expect(manyLevelledAsked(phrase)).toBeUndefined();
    },
  );
});

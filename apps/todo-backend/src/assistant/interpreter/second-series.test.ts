import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Two series in one sentence are asked about one at a time, never one series titled with the other's rule.

describe('a second rule in a series sentence', () => {
  it.each([
    'bins out every tuesday night and the recycling every other week',
    'every monday water the plants and feed the fish every other day',
    'pay the rent on the 1st of every month, the council tax each month on the 15th',
  ])('"%s" is asked', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });

  it.each([
    ['every monday water the plants and feed the fish', 'water the plants and feed the fish'],
    ['swim every tuesday and thursday at 6pm', 'swim'],
  ])('"%s" is one series', (sentence, title) => {
    expect(interpret(sentence)).toMatchObject({ tool: 'create_recurring', args: { title } });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// "everyday" run together before something to do is "every day"; before a thing, it is the adjective.

describe('"everyday" first', () => {
  it.each([
    ['everyday take vitamins', 'take vitamins'],
    ['evryday walk the dog', 'walk the dog'],
    // "for" and a length is how long, part of the title, never a due date.
    ['everyday stretch for 10 minutes', 'stretch for 10 minutes'],
  ])('makes "%s" a daily task', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'create_recurring', args: { title, pattern: 'daily' } });
  });

  it('leaves "everyday essentials shopping" unread as a rule', () => {
    expect(interpret('everyday essentials shopping')).not.toMatchObject({ tool: 'create_recurring' });
  });
});

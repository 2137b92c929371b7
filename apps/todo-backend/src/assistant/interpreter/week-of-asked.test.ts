import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A week said where a day is needed is asked which day; "week of" inside a title is left alone.

describe('a week said for a due date', () => {
  it.each([
    'move the carpet fitting to the week of the 14th',
    'add paint the hall the week commencing 9 march',
    'push the boiler service to the week beginning monday',
  ])('asks which day: "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help', reason: expect.stringContaining('Which day') });
  });

  it.each([
    ['add week of action planning', 'week of action planning'],
    ['add plan the week of fun', 'plan the week of fun'],
  ])('keeps "%s" as a title', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });
});

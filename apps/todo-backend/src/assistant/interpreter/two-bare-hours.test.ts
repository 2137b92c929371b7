import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { twoTimesSaid } from './rule-first.ts';

// Two bare hours after "at" are two times of day: one task, or one series, holds one.

describe('two bare hours for one task', () => {
  it.each([
    'take the inhaler daily at 8 and 8',
    'remind me every day at 7 and 7 to do my eye drops',
    'give the dog his pills at 8 & 6 every day',
    'make the tablets every day at 10 and 10',
    'remind me at 9 and 4 to check the sourdough',
    'feed the kitten at 7 and at 5, every day',
  ])('asks about "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });

  it.each([
    'book a table for dinner at 8 and 10 people',
    'meet at 9 and bring the keys',
    'remind me at 9 to ring Dad and Mum',
    'add the 2 and 3 bus timetable',
  ])('finds one time or none in "%s"', (sentence) => {
    expect(twoTimesSaid(sentence)).toBe(false);
  });
});

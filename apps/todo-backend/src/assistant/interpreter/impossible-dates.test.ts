import { describe, expect, it } from 'vitest';
import { impossibleDateAsked } from './impossible-dates.ts';
import { interpret } from './offline-interpreter.ts';

// A day its month does not have is asked about, never rolled into the next month or left in a title.

describe('a day the month does not have', () => {
  it.each([
    ['add pay the rent on the 31st of february', 'February has no 31st'],
    ['move the gas bill to the 30th of february', 'February has no 30th'],
    ['push 4 to april 31', 'April has no 31st'],
    ['the MOT is due on 31 sept', 'September has no 31st'],
  ])('asks about "%s"', (sentence, reason) => {
    expect(interpret(sentence)).toEqual({ kind: 'help', reason: expect.stringContaining(reason) });
  });

  it.each([
    'add pay the rent on the 28th of february',
    'add renew the lease on 31 march',
    'move the dentist to the 29th of february',
    'add read "Feb 30 memo"',
    'add the 30 june deadline review',
  ])('reads "%s" as it did', (sentence) => {
    expect(impossibleDateAsked(sentence)).toBeUndefined();
  });
});

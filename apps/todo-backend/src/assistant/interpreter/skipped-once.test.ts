import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// One date of a series passed over moves it on by that period; it is never marked done.

describe('a date of a series skipped', () => {
  it.each([
    ["skip this week's mowing", 'P1W', { title: 'mowing' }],
    ['skip the gym this week', 'P1W', { title: 'gym' }],
    ['give the bins a miss this week', 'P1W', { title: 'bins' }],
    ["skip this month's meter reading", 'P1M', { title: 'meter reading' }],
    ['skip it this week', 'P1W', { last: true }],
  ])('"%s"', (sentence, by, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'postpone_task', args: { by }, target });
  });

  it.each(['skip breakfast', 'add skip rope practice'])('leaves "%s" alone', (sentence) => {
    expect(interpret(sentence)).not.toMatchObject({ tool: 'postpone_task' });
  });
});

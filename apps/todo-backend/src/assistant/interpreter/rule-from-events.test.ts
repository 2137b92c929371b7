import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A series after events the list does not hold is asked about; days, months and lengths of time after "every" are
// dates, read by the rules of series.

describe('a series after events', () => {
  it.each([
    'kit wash after every match',
    'ring the ref the friday before every home game',
    'wash the kit after every home game',
    'after each practice put the cones away',
    'remind me to stretch after every run',
  ])('asks about "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help', reason: expect.stringContaining('Which days') });
  });

  it.each([
    ['every saturday wash the kit', 'FREQ=WEEKLY;BYDAY=SA'],
    ['collect the match fees every saturday', 'FREQ=WEEKLY;BYDAY=SA'],
  ])('reads a series on dates: "%s"', (sentence, pattern) => {
    expect(interpret(sentence)).toMatchObject({ tool: 'create_recurring', args: { pattern } });
  });

  it('keeps "every" in a title that is no series', () => {
    expect(interpret('add buy every kid a medal')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'buy every kid a medal' } });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// "Urgent" said first is a level before an errand, and the start of a name when it runs into a capitalised word.

describe('"urgent" said first in a new task', () => {
  it.each([
    ['add Urgent Care copay', { title: 'Urgent Care copay' }],
    ['add Urgent Care bill friday', { title: 'Urgent Care bill', due_date: 'friday' }],
  ])('keeps "Urgent" in the name in "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each([
    ['add urgent call the school', { title: 'call the school', priority: 'high' }],
    ['add Urgent call the school', { title: 'call the school', priority: 'high' }],
    ['add Urgent: call the school', { title: 'call the school', priority: 'high' }],
    ['add Urgent Call Mum', { title: 'Call Mum', priority: 'high' }],
    ['add urgent call mum tomorrow', { title: 'call mum', priority: 'high', due_date: 'tomorrow' }],
  ])('still reads a level in "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });
});

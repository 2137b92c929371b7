import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// "Sometime" after a date says when within it; alone it still makes a task low priority.

describe('sometime within a date', () => {
  it.each([
    ['add book the chimney sweep next month sometime', { title: 'book the chimney sweep', due_date: 'next month' }],
    ['plan the holiday in march at some point', { title: 'plan the holiday', due_date: 'in march' }],
    ['add call mum friday sometime', { title: 'call mum', due_date: 'friday' }],
    ['add sort the photos sometime', { title: 'sort the photos', priority: 'low' }],
  ])('"%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A title that starts with a verb of reopening, reported done after a dash or a colon, is completed, never reopened.

describe('a title starting with a verb of reopening, reported done', () => {
  it.each([
    ['undo the hem on the curtains - done ✅', 'undo the hem on the curtains'],
    ['undo the hem on the curtains: done', 'undo the hem on the curtains'],
    ['restore the old bench — finished', 'restore the old bench'],
    ['reopen the gym - done', 'reopen the gym'],
  ])('completes the task titled so in "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });

  it.each([
    ['undo 7', { id: 7 }],
    ['reopen the report', { title: 'report' }],
    ['uncheck the laundry', { title: 'laundry' }],
  ])('still reopens "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: { completed: false }, target });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Important but not urgent: medium, never low; not urgent alone stays low.

const read = (sentence: string) => interpret(sentence);

describe('a task said to be important but not urgent', () => {
  it.each([
    ['the visa form is important, just not urgent', 'visa form'],
    ["the passport isn't urgent but it is important", 'passport'],
    ["the tax return isn't urgent but important", 'tax return'],
    ['the gym is important but not urgent.', 'gym'],
    ["the visa form's important, not urgent", 'visa form'],
    ['the pension forms are important but not that urgent', 'pension forms'],
    ["the will isn't urgent, but it's really important", 'will'],
  ])('sets "%s" to medium', (sentence, title) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'set_priority', args: { priority: 'medium' }, target: { title } });
  });

  it.each([
    ["the shed isn't urgent", 'shed'],
    ['the report is not urgent', 'report'],
  ])('keeps "%s", not urgent alone, low', (sentence, title) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target: { title } });
  });
});

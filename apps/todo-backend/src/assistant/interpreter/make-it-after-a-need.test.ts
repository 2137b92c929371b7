import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('"make it …" after a need', () => {
  it.each([
    ['i need to lock in on the essay, make it top priority', 'high', 'essay'],
    ['gotta focus on the tax return so make it urgent', 'high', 'tax return'],
    ['I want to crack on with the garden plan, make it high', 'high', 'garden plan'],
    ['i need to focus on the report, make it low priority', 'low', 'report'],
    ['I really need to concentrate on my thesis, make that p1', 'high', 'thesis'],
  ])('sets the level of the task worked on: "%s"', (sentence, priority, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_priority', args: { priority }, target: { title } });
  });

  it.each([
    ['I need to call mum, make it high priority', { title: 'call mum', priority: 'high' }],
    ['I have to fix the fence, make it low', { title: 'fix the fence', priority: 'low' }],
    ['gotta book the vet, and make it urgent', { title: 'book the vet', priority: 'high' }],
  ])('adds the task a need names, as "make it" says: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });
});

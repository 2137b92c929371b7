import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said } from './said-rows.ts';
import { titleWithoutAside } from './title-asides.ts';

describe('the offline interpreter on a new task with a clause about it after a comma', () => {
  it.each<Said>([
    [
      "ring Dr Patel's surgery friday 8am, they open then. remind me 10 min before",
      'add_task',
      { title: "ring Dr Patel's surgery", due_date: 'friday 8am', remind_before: '10m' },
    ],
    ["add buy more pads, she's nearly out", 'add_task', { title: 'buy more pads' }],
    ['add book the hearing test, he keeps missing the phone', 'add_task', { title: 'book the hearing test' }],
    ["add order the dosette box, they're out of stock again", 'add_task', { title: 'order the dosette box' }],
    ['add collect the wheelchair at 3pm, it has been repaired', 'add_task', { title: 'collect the wheelchair', due_date: 'at 3pm' }],
  ])('%s', (phrase, tool, args) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}));
  });

  it('keeps a title that would be left with one word, and one with no clause', () => {
    expect(titleWithoutAside('milk, it is')).toBe('milk, it is');
    expect(titleWithoutAside('buy bread, eggs and milk')).toBe('buy bread, eggs and milk');
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];

describe('a note to oneself', () => {
  it.each([
    ['add a note to self: buy filler', 'buy filler'],
    ['leave a quick note for myself - ring the council', 'ring the council'],
    ['make a note to self, order more grout', 'order more grout'],
  ])('%s is a task to add', (said, title) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it('a note to a task stays its notes', () => {
    expect(interpret('add a note to the boiler: the engineer is Dave', { projects })).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { description: 'the engineer is Dave' },
      target: { title: 'boiler' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];

describe('what is left on a thing', () => {
  it.each([
    ["what's left on the bathroom", { query: 'bathroom', status: 'pending' }],
    ["what's left for the bathroom in Home Projects", { query: 'bathroom', project: 'Home Projects', status: 'pending' }],
    ["what's outstanding on the boiler?", { query: 'boiler', status: 'pending' }],
  ])('%s searches its open tasks', (said, args) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool: 'search_tasks', args });
  });

  it.each([
    ["what's left for today", { tool: 'filter_tasks', args: { due: 'today', status: 'pending' } }],
    ["what's left for Work", { tool: 'list_tasks', args: { status: 'pending', project: 'Work' } }],
    ["what's left in Home Projects?", { tool: 'list_tasks', args: { status: 'pending', project: 'Home Projects' } }],
  ])('%s is still a listing', (said, call) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', ...call });
  });
});

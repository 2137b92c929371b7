import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];

describe('a number said for a task is its note', () => {
  it.each([
    ['add the quote number 4471 to the boiler task', 'quote number 4471', 'boiler'],
    ['put the gate code 1234 on the delivery', 'gate code 1234', 'delivery'],
    ["the plumber's number is 0777 123 456, put it on the plumber task", '0777 123 456', 'plumber'],
    ['the PO is 7781 - add it to the Acme invoice', '7781', 'Acme invoice'],
  ])('%s', (said, description, title) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool: 'update_task', args: { description }, target: { title } });
  });

  it.each([
    ['add call the plumber on 0777 123 456', 'add_task'],
    ['add the quote number 4471 to Work', 'add_task'],
  ])('%s is still a task to add', (said, tool) => {
    const reading = interpret(said, { projects });
    expect(reading.kind === 'call' && reading.tool).toBe(tool);
  });
});

import { describe, expect, it } from 'vitest';
import { contractedVerbSaid } from './contracted-verbs.ts';
import { interpret } from './offline-interpreter.ts';

const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];

describe('a task\'s name before "\'s now" or "\'s been"', () => {
  it.each([
    ["the electrician's now wednesday", 'set_due_date', { date: 'wednesday' }, 'electrician'],
    ["the delivery's been moved to the 19th", 'set_due_date', { date: 'the 19th' }, 'delivery'],
    ["the plasterer's now coming on friday", 'set_due_date', { date: 'friday' }, 'plasterer'],
  ])('%s names the task without "\'s"', (said, tool, args, title) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool, args, target: { title } });
  });

  it.each([
    ["gutter job's not urgent anymore", 'gutter job'],
    ["the boiler's not urgent any more", 'boiler'],
    ["the boiler's no longer a priority", 'boiler'],
    ["the car wash's not important", 'car wash'],
  ])('%s: a level denied of the task, without "\'s"', (said, title) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target: { title } });
  });

  it('a possessive stays', () => {
    expect(contractedVerbSaid("the plumber's phone's not working")).toBe("the plumber's phone's not working");
    expect(contractedVerbSaid("let's not make it urgent")).toBe("let's not make it urgent");
    expect(contractedVerbSaid("the plumber's number is 0777 123 456")).toBe("the plumber's number is 0777 123 456");
    expect(contractedVerbSaid("move the builder's invoice to friday")).toBe("move the builder's invoice to friday");
  });
});

describe('a task\'s name before "\'s" and the days or the rule it now comes round on', () => {
  it.each([
    ["the gym's on mondays now", 'FREQ=WEEKLY;BYDAY=MO', 'gym'],
    ["bin collection's on wednesdays now", 'FREQ=WEEKLY;BYDAY=WE', 'bin collection'],
    ["the window cleaner's every 4 weeks now", 'FREQ=WEEKLY;INTERVAL=4', 'window cleaner'],
  ])('%s: news of its rule', (said, recurring, title) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target: { title } });
  });

  it('a possessive before a rule word stays', () => {
    expect(contractedVerbSaid("mum's monthly check up on friday")).toBe("mum's monthly check up on friday");
    expect(contractedVerbSaid("mum's every other sunday visit")).toBe("mum's every other sunday visit");
    expect(contractedVerbSaid("add mum's weekly shop every saturday")).toBe("add mum's weekly shop every saturday");
  });
});

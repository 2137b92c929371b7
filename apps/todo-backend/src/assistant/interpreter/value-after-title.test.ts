import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { changeAfterTitle } from './value-after-title.ts';

// A value said right after the whole title of an open task changes that task.
const open = ['Recycling', 'water the tomatoes', 'Taxes', 'bike', 'Call mom', 'Dentist', 'the gutters'];
const read = (message: string) => changeAfterTitle(message, interpret(message), open);

describe('a value said after an open task’s title', () => {
  it.each([
    ['recycling weekly pls', 'recycling', 'update_task', { recurring: 'weekly' }],
    ['make recycling weekly', 'recycling', 'update_task', { recurring: 'weekly' }],
    ['water the tomatoes daily', 'water the tomatoes', 'update_task', { recurring: 'daily' }],
    ['Water the tomatoes every other Tuesday', 'water the tomatoes', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }],
    ['taxes high priority', 'taxes', 'set_priority', { priority: 'high' }],
    ['taxes - no rush', 'taxes', 'set_priority', { priority: 'low' }],
    ['taxes: p1', 'taxes', 'set_priority', { priority: 'high' }],
    ['taxes - make that urgent', 'taxes', 'set_priority', { priority: 'high' }],
    ["the gutters, let's say next week", 'gutters', 'set_due_date', { date: 'next week' }],
    ['bike #hobby', 'bike', 'add_tag', { tag: 'hobby' }],
    ['bike #hobby #summer', 'bike', 'add_tag', { tags: ['hobby', 'summer'] }],
    ['dentist friday 3pm', 'dentist', 'set_due_date', { date: 'friday 3pm' }],
    ['dentist, remind me 1h before', 'dentist', 'set_reminder', { before: '1h' }],
    ['the gutters next week', 'gutters', 'set_due_date', { date: 'next week' }],
  ])('reads "%s" as a change to the open task', (message, title, tool, args) => {
    expect(read(message)).toEqual({ kind: 'call', tool, args, target: { title } });
  });

  it.each([
    // A new task with a title of its own beside an open one that starts the same.
    'call mom about dinner friday',
    "call mom's doctor tomorrow",
    // An add said with its verb is a new task.
    'add recycling weekly',
    'remind me to call mom tomorrow',
    // A title alone, or with words that are no value.
    'Taxes',
    'taxes and the receipts',
    // A rename or a note needs its verb.
    'dentist to Dr Patel',
    // A question is not a new task.
    'when is the dentist?',
  ])('leaves "%s" as the interpreter read it', (message) => {
    expect(read(message)).toBeUndefined();
  });

  it('never reads a value after a title no open task has', () => {
    expect(changeAfterTitle('recycling weekly pls', interpret('recycling weekly pls'), ['Recycle the boxes'])).toBeUndefined();
  });
});

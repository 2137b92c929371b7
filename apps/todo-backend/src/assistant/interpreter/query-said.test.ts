import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on questions about the list said in everyday words', () => {
  it.each([
    ["what haven't I done yet", { status: 'pending' }],
    ["what's still open", { status: 'pending' }],
    ['show me what I ticked off', { status: 'completed' }],
    ['which ones did I complete', { status: 'completed' }],
    ['show me 10 tasks', { limit: 10 }],
    ['list 5 tasks', { limit: 5 }],
    ['how many tasks have i got done', { status: 'completed' }],
    ['what needs doing', { status: 'pending' }],
    ['what has to be done', { status: 'pending' }],
    ['unfinished tasks', { status: 'pending' }],
    ['done tasks', { status: 'completed' }],
    ['just the first five', { limit: 5 }],
    ['show me only 3', { limit: 3 }],
    ['todo list', {}],
    ['my to-do list', {}],
  ])('lists: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'list_tasks', args });
  });

  it.each([
    ["show me everything tagged shopping that isn't done", { tags: ['shopping'], status: 'pending' }],
    ['show tasks tagged work that are not finished yet', { tags: ['work'], status: 'pending' }],
    ['can I see what is due this week', { due: 'this_week' }],
    ['let me see what is overdue', { due: 'overdue' }],
    ["I'd like to see what's due tomorrow", { due: 'tomorrow' }],
    ['what should I have done already', { due: 'overdue' }],
    ['Is there anything I should have done already?', { due: 'overdue' }],
    ['what am I supposed to be doing today', { due: 'today' }],
    ['so I have a free afternoon and I want to see everything that is overdue so I can catch up', { due: 'overdue' }],
    ['today?', { due: 'today' }],
    ['plans for tomorrow?', { due: 'tomorrow' }],
    ['what about next week', { due: 'next_week' }],
    ['what is happening this week', { due: 'this_week' }],
    ['tell me what is due tomorrow', { due: 'tomorrow' }],
    ['remind me what I have to do today', { due: 'today' }],
    ['what did I miss', { due: 'overdue' }],
    ['am I behind on anything', { due: 'overdue' }],
    ['what are my top priorities', { priority: ['high'] }],
    ['show me the most important tasks', { priority: ['high'] }],
    ['what is not urgent', { priority: ['low'] }],
    ['what can wait', { priority: ['low'] }],
    ['show tasks that are not important', { priority: ['low'] }],
    ['completed tasks from this week', { completed: 'this_week', status: 'completed' }],
    ['what needs to be done today', { due: 'today' }],
    ['wat do i have 2day', { due: 'today' }],
  ])('filters: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });

  it.each([
    ['search for: dentist', 'dentist'],
    ['search: tax', 'tax'],
    ['find: tax', 'tax'],
    ['is there anything about the dentist?', 'dentist'],
    ['have I got anything about taxes', 'taxes'],
    ['got any tasks about taxes?', 'taxes'],
    ['do I have something about the boiler', 'boiler'],
    ['where did I put the task about the gutters', 'gutters'],
    ['show me tasks about the wedding', 'wedding'],
    ['anything wedding related', 'wedding'],
    ['search for wedding stuff', 'wedding'],
    ['look up the wedding one', 'wedding'],
    ['is there a wedding task', 'wedding'],
    ['which task is about the wedding', 'wedding'],
    ['what was the wedding task again', 'wedding'],
    ['find all tasks mentioning the dentist', 'dentist'],
    ['anything on the dentist', 'dentist'],
    ['do I already have a dentist task', 'dentist'],
    ['is the dentist on my list', 'dentist'],
    ['is dentist in my list?', 'dentist'],
  ])('searches: "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });

  it.each([
    ['show me the latest added first', { field: 'created_at', order: 'desc' }],
    ['show the most recently added first', { field: 'created_at', order: 'desc' }],
    ['put the latest deadlines at the top', { field: 'due_date', order: 'desc' }],
    ['oldest deadlines first please', { field: 'due_date', order: 'asc' }],
    ['sort my tasks Z to A', { field: 'title', order: 'desc' }],
    ['most urgent first', { field: 'priority', order: 'desc' }],
    ['alphabetical order please', { field: 'title' }],
    ['reverse alphabetical', { field: 'title', order: 'desc' }],
    ['sort high to low', { field: 'priority', order: 'desc' }],
    // When a task was added is no filter: what was added lately is shown newest first.
    ['what did I add yesterday', { field: 'created_at', order: 'desc' }],
    ['what have I added today?', { field: 'created_at', order: 'desc' }],
    ['anything I created this week?', { field: 'created_at', order: 'desc' }],
  ])('sorts: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'sort_tasks', args });
  });

  it.each(['is the report done?', 'did I finish the slides?', 'tell me a joke'])('asks rather than guesses on "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  it('still adds a task said with "add" and a day', () => {
    expect(interpret('add call the bank today')).toMatchObject({ kind: 'call', tool: 'add_task', args: { title: 'call the bank' } });
  });

  it.each([
    ['what jobs have I got tomorrow', 'filter_tasks', { due: 'tomorrow' }],
    ['any Work jobs overdue?', 'filter_tasks', { due: 'overdue', project: 'Work' }],
    // In other words.
    ['show my jobs for today', 'filter_tasks', { due: 'today' }],
    ['which jobs are overdue', 'filter_tasks', { due: 'overdue' }],
    ['list my garden jobs', 'filter_tasks', { tags: ['garden'] }],
    ['what Work jobs are due this week', 'filter_tasks', { due: 'this_week', project: 'Work' }],
  ])('reads jobs as the tasks they are in "%s"', (sentence, tool, args) => {
    expect(interpret(sentence, { projects: ['Work'] })).toEqual({ kind: 'call', tool, args });
  });

  it.each([
    ['wats on tues', 'tues'],
    // In other words.
    ["what's on thurs", 'thurs'],
    ['anything for weds?', 'weds'],
    ["what's on fri", 'fri'],
    ['what do I have on mon', 'mon'],
  ])('reads a weekday said short as that day in "%s"', (sentence, day) => {
    expect(interpret(sentence)).toEqual({
      kind: 'call',
      tool: 'filter_tasks',
      args: { due_after: `${day} 00:00`, due_before: `${day} 24:00` },
    });
  });

  it.each([
    ["what's due before the VAT deadline on the 7th", { due_before: 'the 7th 00:00' }],
    // In other words.
    ['anything due before the Acme launch on friday', { due_before: 'friday 00:00' }],
    ["what's due after the site visit on monday", { due_after: 'monday 24:00' }],
    ['show tasks due before the big Jones kitchen install on 3 march', { due_before: '3 march 00:00' }],
  ])('bounds the window by the day of the event named in "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });

  it.each([
    ['what have I got on tuesday afternoon', { due_after: 'tuesday 12:00', due_before: 'tuesday 18:00' }],
    ["what's due tuesday morning", { due_after: 'tuesday 00:00', due_before: 'tuesday 12:00' }],
    ['anything on friday evening?', { due_after: 'friday 18:00', due_before: 'friday 24:00' }],
    ['anything due next month?', { due_after: 'the 1st of next month 00:00', due_before: 'the end of next month 24:00' }],
    ["what's on next month", { due_after: 'the 1st of next month 00:00', due_before: 'the end of next month 24:00' }],
  ])('reads the part of a day or the month asked about in "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });
});

describe('the offline interpreter on a sorted listing with how many and where', () => {
  const known = { projects: ['Inbox', 'Work'] };
  it.each([
    ['top 5 in Work by priority', { field: 'priority', project: 'Work', limit: 5 }],
    ['show the first 10 sorted by due date', { field: 'due_date', limit: 10 }],
    ["what's still open in Work, most urgent first", { field: 'priority', order: 'desc', status: 'pending', project: 'Work' }],
    ['sort by due date', { field: 'due_date' }],
  ])('reads "%s"', (sentence, args) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', tool: 'sort_tasks', args });
  });

  it.each([
    ['show tasks tagged home and garden', { tags: ['home', 'garden'] }],
    ['show stuff tagged errands and overdue', { tags: ['errands'], due: 'overdue' }],
  ])('ends the tags where another filter starts in "%s"', (sentence, args) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });
});

describe('the offline interpreter on a window planned by the calendar', () => {
  it.each([
    ['what do I have in the next couple of days', { due_after: 'today 00:00', due_before: 'in 2 days 24:00' }],
    ['whats on for the rest of the month', { due_before: 'the end of the month 24:00' }],
    ["what's due this quarter", { due_before: 'the end of the quarter 24:00' }],
    ["what's left to do before the end of the month", { due_before: 'the end of the month 24:00', status: 'pending' }],
    ["what's due between now and the end of the month", { due_after: 'now', due_before: 'the end of the month 24:00' }],
    // Still overdue, and due before the period since which it is.
    ["what's overdue since last month", { due: 'overdue', due_before: 'the end of last month 24:00' }],
    ['anything overdue since last week?', { due: 'overdue', due_before: 'sunday 24:00 after the start of last week' }],
  ])('reads "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args });
  });
});

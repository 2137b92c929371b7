import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// A title and its deadline said without "add" ("econ reading due tmrw") is a new task due then; a task named as one
// that exists ("the essay due friday", "report due wed now") or a question about the list is never one.

const projects = { projects: ['Inbox', 'Work'] };

describe('a new task said as a title due on a date', () => {
  it.each([
    ['econ reading due tmrw', { title: 'econ reading', due_date: 'tomorrow' }],
    ['essay plan for HIST2001 due in two weeks', { title: 'essay plan for HIST2001', due_date: 'in two weeks' }],
    ['add essay plan for HIST2001 due in two weeks', { title: 'essay plan for HIST2001', due_date: 'in two weeks' }],
    ['lab report 2 for CHEM1010 due the 14th', { title: 'lab report 2 for CHEM1010', due_date: 'the 14th' }],
    ['assgn 2 due monday', { title: 'assgn 2', due_date: 'monday' }],
    ['ECON1101 problem set due by friday 5pm', { title: 'ECON1101 problem set', due_date: 'friday 5pm' }],
    ['history essay due next friday', { title: 'history essay', due_date: 'next friday' }],
    ['bio quiz due on monday', { title: 'bio quiz', due_date: 'monday' }],
    ['pset 4 due tomorrow at 9am', { title: 'pset 4', due_date: 'tomorrow at 9am' }],
    ['new task: poster draft due in 3 days', { title: 'poster draft', due_date: 'in 3 days' }],
    // An errand said with its date: "due" before the date is no part of the title either.
    ['call the vet due in two weeks', { title: 'call the vet', due_date: 'in two weeks' }],
    ['feed the fish due in 3 days', { title: 'feed the fish', due_date: 'in 3 days' }],
  ])('adds "%s"', (sentence, args) => {
    expect(interpret(sentence, projects)).toEqual(call('add_task', args));
  });

  it('moves a task named with its news, never adds one', () => {
    expect(interpret('report due wed now', projects)).toEqual(call('set_due_date', { date: 'wed' }, t('report')));
  });

  it.each([
    'report due tomorrow',
    'actually make it due friday when you get a sec',
    'the essay due friday',
    "what's due friday",
    'anything due tomorrow',
    'tasks due this week',
    'work stuff due friday',
    'urgent errands due today',
    'move the essay due friday',
  ])('adds no task from "%s"', (sentence) => {
    const reading = interpret(sentence, projects);
    expect(reading.kind === 'call' && reading.tool).not.toBe('add_task');
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

// A household organiser's ways of saying things: a kind of task asked about by its state, what is on for one person,
// what was forgotten, a correction said first, a title someone else wants, a new rule said as news.

describe('the offline interpreter on a household organiser', () => {
  it.each([
    // A kind of task before its state is a tag.
    ['what chores are left', call('filter_tasks', { tags: ['chores'], status: 'pending' })],
    ['which bills are due this week', call('filter_tasks', { tags: ['bills'], due: 'this_week' })],
    ['which errands are still open', call('filter_tasks', { tags: ['errands'], status: 'pending' })],
    ['what homework is due tomorrow', call('filter_tasks', { tags: ['homework'], due: 'tomorrow' })],
    ['which tasks are due today', call('filter_tasks', { due: 'today' })],
    // A word for tasks themselves is no tag.
    ['which actions are still open', call('list_tasks', { status: 'pending' })],
    ['what entries are overdue', call('filter_tasks', { due: 'overdue' })],
    // What was forgotten is what is overdue.
    ['what have I forgotten to do', call('filter_tasks', { due: 'overdue' })],
    ['did we forget anything', call('filter_tasks', { due: 'overdue' })],
    ['have I forgotten something', call('filter_tasks', { due: 'overdue' })],
    // What is on for one person or thing is searched for; for a day it is that day's list.
    ['anything I need to do for Emma?', call('search_tasks', { query: 'Emma' })],
    ['what do I have to sort out for Noah', call('search_tasks', { query: 'Noah' })],
    ['anything we need to buy for the party', call('search_tasks', { query: 'party' })],
    ['anything I need to do for tomorrow', call('filter_tasks', { due: 'tomorrow' })],
    // "again", "exactly" after a question about one task.
    ["when is Sam's dentist again", call('search_tasks', { query: "Sam's dentist" })],
    ["when's the vet again", call('search_tasks', { query: 'vet' })],
    ['when is the parents evening exactly', call('search_tasks', { query: 'parents evening' })],
    // A reminder no longer needed, said without "I".
    ["don't need the reminder for Sam's dentist anymore", call('set_reminder', { clear: true }, { title: "Sam's dentist" })],
    ["don't need a reminder for the bins", call('set_reminder', { clear: true }, { title: 'bins' })],
    // "wait no", "hold on, no": a correction, then the request that replaces what was said.
    ['wait no. move the vet to sat', call('set_due_date', { date: 'saturday' }, { title: 'vet' })],
    ['hold on no. delete the gym task', call('delete_task', {}, { title: 'gym' })],
    // A title someone else wants.
    [
      'Mark wants the lawn task called mow the front and back lawn',
      call('update_task', { title: 'mow the front and back lawn' }, { title: 'lawn' }),
    ],
    ['my wife wants 12 called pay the window cleaner', call('update_task', { title: 'pay the window cleaner' }, { id: 12 })],
    ['Sam wants the football one renamed to football training', call('update_task', { title: 'football training' }, { title: 'football' })],
    // A new rule said as news of the task.
    ['hoovering is now on wednesdays and saturdays', call('update_task', { recurring: 'FREQ=WEEKLY;BYDAY=WE,SA' }, { title: 'hoovering' })],
    [
      'the bins have moved to every other tuesday',
      call('update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' }, { title: 'bins' }),
    ],
    ['swimming is now every thursday', call('update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TH' }, { title: 'swimming' })],
  ])('%s', (phrase, expected) => {
    expect(interpret(phrase)).toEqual(expected);
  });

  it('confirms before clearing a list named by its project', () => {
    expect(interpret('clear the whole groceries list')).toEqual({ kind: 'bulk', action: 'delete', project: 'groceries' });
    expect(interpret('empty the Garden Club list')).toEqual({ kind: 'bulk', action: 'delete', project: 'Garden Club' });
    expect(interpret('remove the dentist from my list')).toEqual(call('delete_task', {}, { title: 'dentist' }));
  });

  it('finds a project said after "for" as a listing of that project', () => {
    expect(interpret('what do I still need to do for work', { projects: ['Work'] })).toEqual(
      call('list_tasks', { status: 'pending', project: 'Work' }),
    );
  });

  it('asks at "wait, no" with nothing after it', () => {
    expect(interpret('wait, no').kind).toBe('help');
  });
});

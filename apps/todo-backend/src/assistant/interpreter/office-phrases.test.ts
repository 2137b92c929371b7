import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('English written at work: questions and overviews', () => {
  it.each([
    ['Could you send me an overview of everything that is due by COB today?', { due: 'today' }],
    ['Please give me a summary of what is due by EOD.', { due: 'today' }],
    ['Can you confirm which actions are past their deadline?', { due: 'overdue' }],
    ['Which items are now beyond their due date?', { due: 'overdue' }],
  ])('filters on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('filter_tasks', args));
  });

  it('keeps another day\'s close of business as that day: "due by close of business Friday"', () => {
    expect(read('Could you please provide a list of all tasks due by close of business Friday?')).toMatchObject({
      kind: 'call',
      tool: 'filter_tasks',
      args: { due_before: expect.stringMatching(/friday/i) },
    });
  });

  it.each([
    'Could you confirm whether the audit task has been completed?',
    'Please let me know if the invoice has been paid.',
    'Can you check whether task 8 has been done?',
  ])('never marks done on "%s"', (sentence) => {
    expect(read(sentence)).not.toMatchObject({ tool: 'complete_task' });
  });
});

describe('English written at work: reminders, deadlines and titles', () => {
  it.each([
    ['Could you remind me about the quarterly filing one day prior?', { before: '1d' }, { title: 'quarterly filing' }],
    ['A reminder two hours ahead of the client call would be appreciated.', { before: '2h' }, { title: 'client call' }],
    ['Please remind me 30 minutes prior to the board meeting.', { before: '30m' }, { title: 'board meeting' }],
    ['Re the compliance training: please set a reminder for Monday at 9am.', { at: 'Monday at 9am' }, { title: 'compliance training' }],
    ['Regarding the audit, remind me on Friday at 3pm.', { at: 'Friday at 3pm' }, { title: 'audit' }],
  ])('sets a reminder on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('set_reminder', args, target));
  });

  it.each([
    ['Please extend the deadline on task 12 by one week.', { by: 'P1W' }, { id: 12 }],
    ['Kindly extend the due date for the audit prep by 3 days.', { by: 'P3D' }, { title: 'audit prep' }],
    ['extend the report deadline by two days', { by: 'P2D' }, { title: 'report' }],
    ["Please extend the audit's due date by a week.", { by: 'P1W' }, { title: 'audit' }],
  ])('postpones on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('postpone_task', args, target));
  });

  it.each([
    ['extend the report deadline to monday', { date: 'monday' }, { title: 'report' }],
    ["Could you extend the supplier review's due date to the 20th?", { date: 'the 20th' }, { title: 'supplier review' }],
    ['give the report until monday', { date: 'monday' }, { title: 'report' }],
    ['give task 4 till friday 5pm', { date: 'friday 5pm' }, { id: 4 }],
  ])('moves the deadline on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('set_due_date', args, target));
  });

  it.each([
    [
      'Could you amend the budget task so that it is titled Q1 budget reconciliation?',
      { title: 'Q1 budget reconciliation' },
      { title: 'budget' },
    ],
    ['Please update task 4 so that it is called Supplier onboarding.', { title: 'Supplier onboarding' }, { id: 4 }],
    [
      'For the onboarding item, please append the following note: laptop to be collected from IT.',
      { description: 'laptop to be collected from IT' },
      { title: 'onboarding' },
    ],
    [
      'For the audit task, please add the following note: figures are in the shared drive.',
      { description: 'figures are in the shared drive' },
      { title: 'audit' },
    ],
    ['The recurring invoice task should no longer repeat.', { recurring: null }, { title: 'invoice' }],
    ['The weekly sync should not recur any more.', { recurring: null }, { title: 'weekly sync' }],
  ])('changes the task on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it.each([
    ['Please log a task to update the org chart – low priority, no deadline.', { title: 'update the org chart', priority: 'low' }],
    ['Add review the seating plan, no due date.', { title: 'review the seating plan' }],
  ])('adds without a date on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it('sets the end of the working day on a task made due by EOD', () => {
    expect(read('make the report due by eod and high priority')).toEqual(
      call('update_task', { due_date: 'eod', priority: 'high' }, { title: 'report' }),
    );
  });

  it.each([
    ['Good morning! Please mark task 40 as complete. Many thanks, Raj (sent from my iPhone)', { id: 40 }],
    ['Please close task 6.\nSent from my phone', { id: 6 }],
  ])('reads "%s" without what the mail program adds', (sentence, target) => {
    expect(read(sentence)).toEqual(call('complete_task', {}, target));
  });
});

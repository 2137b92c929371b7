import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('English written at work: the letter around the request', () => {
  it.each([
    ['Hi,\n\nCould you please add a task to renew the software licences?\n\nKind regards,\nMark', { title: 'renew the software licences' }],
    ['Hello team,\nplease add order the new badges\nBest regards,\nAnna Lee', { title: 'order the new badges' }],
    ['Good afternoon, I hope this email finds you well. Please add book the auditors. Thanks in advance', { title: 'book the auditors' }],
    ['Please see below.\n\nAdd: book travel for the Frankfurt conference', { title: 'book travel for the Frankfurt conference' }],
  ])('adds a task on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it.each([
    ['Good morning, I hope you are well. Please mark task 8 as complete. Many thanks.', 'complete_task', { id: 8 }],
    ['Dear Doable, kindly delete task 15. Best regards', 'delete_task', { id: 15 }],
    ['Dear Doable,\nplease close task 4.\nRegards,\nTom', 'complete_task', { id: 4 }],
  ])('reads "%s" without its greeting and sign-off', (sentence, tool, target) => {
    expect(read(sentence)).toEqual(call(tool, {}, target));
  });

  it('keeps "best" that belongs to the title', () => {
    expect(read('add find the best restaurant')).toEqual(call('add_task', { title: 'find the best restaurant' }));
  });
});

describe('English written at work: news announced, reasons said around the request', () => {
  it.each([
    ['Please be advised that the budget review has been completed.', 'budget review'],
    ["I'm pleased to confirm that the board pack has been finalised.", 'board pack'],
    ['For your information, the expense claim has been submitted.', 'expense claim'],
  ])('completes the task on "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual(call('complete_task', {}, { title }));
  });

  it.each([
    ['Please be advised that the vendor call has been cancelled; kindly remove it from my list.', 'vendor call'],
    ['As the client has withdrawn, the task about the Henderson proposal is no longer required. Please delete it.', 'Henderson proposal'],
    ['The team lunch will no longer take place; please remove the corresponding task.', 'team lunch'],
    ['The offsite has been called off. Could you please delete the related task?', 'offsite'],
  ])('deletes the task the news is about on "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual(call('delete_task', {}, { title }));
  });

  it.each([
    ['The vendor contract is not time-critical; kindly set it to low priority.', 'vendor contract', 'low'],
    ['The tender response is now critical. Please mark it as high priority.', 'tender response', 'high'],
  ])('sets the priority of the task the news is about on "%s"', (sentence, title, priority) => {
    expect(read(sentence)).toEqual(call('set_priority', { priority }, { title }));
  });

  it.each([
    ['Please reopen the task about the quarterly report, as further changes have been requested.', 'quarterly report'],
    ['Please reopen the audit, since the auditors have come back with questions.', 'audit'],
  ])('reopens the task on "%s", the reason after it set aside', (sentence, title) => {
    expect(read(sentence)).toEqual(call('complete_task', { completed: false }, { title }));
  });

  it.each([
    [
      'As I will be travelling, please remind me on Monday at 8am to confirm the hotel booking.',
      'confirm the hotel booking',
      'on Monday at 8am',
    ],
    ['Since the office is closed tomorrow, please remind me on Friday at 9am to water the plants.', 'water the plants', 'on Friday at 9am'],
  ])('adds the reminder on "%s", the reason before it set aside', (sentence, title, due) => {
    expect(read(sentence)).toEqual(call('add_task', { title, due_date: due, remind_before: '0m' }));
  });

  it.each(['add call the supplier, as soon as possible', 'please add call the supplier as soon as possible'])(
    'reads "as soon as possible" as the priority it says in "%s"',
    (sentence) => {
      expect(read(sentence)).toEqual(call('add_task', { title: 'call the supplier', priority: 'high' }));
    },
  );

  it('still reads "can you make sure I pay the window cleaner" as a task to add', () => {
    expect(read('can you make sure I pay the window cleaner')).toEqual(call('add_task', { title: 'pay the window cleaner' }));
  });

  it('reads "Please ensure that the weekly sync task no longer repeats." as the rule ended', () => {
    expect(read('Please ensure that the weekly sync task no longer repeats.')).toEqual(
      call('update_task', { recurring: null }, { title: 'weekly sync' }),
    );
  });
});

describe('English written at work: tasks named by their subject', () => {
  it.each([
    ['Could you please delete the item regarding the offsite planning?', 'delete_task', {}, 'offsite planning'],
    ['Kindly mark the item regarding the vendor contract as complete.', 'complete_task', {}, 'vendor contract'],
    ['Could you please lower the priority of the item regarding the office party?', 'set_priority', { priority: 'low' }, 'office party'],
    ['Please assign the action on the board pack to Priya.', 'assign_task', { assignee: 'Priya' }, 'board pack'],
    ['Please move the task regarding the vendor contract to the Work project.', 'move_task', { project: 'Work' }, 'vendor contract'],
    ['Kindly delete the action item concerning the printer lease.', 'delete_task', {}, 'printer lease'],
    ['please complete the ticket relating to the VPN access', 'complete_task', {}, 'VPN access'],
  ])('finds the task on "%s"', (sentence, tool, args, title) => {
    expect(read(sentence)).toEqual(call(tool, args, { title }));
  });

  it('keeps "on" before a date a date: "move the task on friday to monday" names no subject', () => {
    expect(read('move the item on friday to monday')).not.toEqual(call('set_due_date', { date: 'monday' }, { title: 'friday' }));
  });

  it('still drops the verb of the subject: "delete the task about renewing the TV licence"', () => {
    expect(read('delete the task about renewing the TV licence')).toEqual(call('delete_task', {}, { title: 'TV licence' }));
  });

  it.each([
    ['Re: budget – please mark as done', 'complete_task', {}, { title: 'budget' }],
    [
      'With reference to task 22, could you please amend the title to Prepare the Q2 forecast',
      'update_task',
      { title: 'Prepare the Q2 forecast' },
      { id: 22 },
    ],
    ['Regarding the onboarding pack, please delete it.', 'delete_task', {}, { title: 'onboarding pack' }],
    [
      'With regard to task 7, please change the description to waiting for legal',
      'update_task',
      { description: 'waiting for legal' },
      { id: 7 },
    ],
  ])('reads the topic said first into the request on "%s"', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });
});

describe('English written at work: the passive and nouns for actions', () => {
  it.each([
    [
      'I would like the quarterly report to be marked as high priority.',
      'set_priority',
      { priority: 'high' },
      { title: 'quarterly report' },
    ],
    ['I would like the task regarding the printer toner to be removed.', 'delete_task', {}, { title: 'printer toner' }],
    [
      'I would like the description of the board pack task to be updated to: include the revised forecast',
      'update_task',
      { description: 'include the revised forecast' },
      { title: 'board pack' },
    ],
    ["I'd like task 12 to be deleted", 'delete_task', {}, { id: 12 }],
    ['I would like the vendor review to be moved to Tuesday', 'set_due_date', { date: 'Tuesday' }, { title: 'vendor review' }],
    ['I would like the budget task to recur monthly.', 'update_task', { recurring: 'monthly' }, { title: 'budget' }],
  ])('reads the wish "%s" as the request', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });

  it.each([
    [
      'A task needs to be created to send the quarterly invoice to the client by Friday.',
      { title: 'send the quarterly invoice to the client', due_date: 'Friday' },
    ],
    [
      'I would like a task to be created to renew the office lease, due on the 3rd.',
      { title: 'renew the office lease', due_date: 'the 3rd' },
    ],
    ['A new task is required to chase the overdue invoices', { title: 'chase the overdue invoices' }],
    ['Creation of a task for onboarding the new intern, please.', { title: 'onboarding the new intern' }],
    ['Creation of a task to book the boardroom', { title: 'book the boardroom' }],
  ])('adds the task asked for on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it.each([
    ['Completion of the action on the supplier onboarding, please.', 'complete_task', {}, { title: 'supplier onboarding' }],
    ['Removal of task 18, please.', 'delete_task', {}, { id: 18 }],
    ['Deletion of the duplicate invoice task', 'delete_task', {}, { title: 'duplicate invoice' }],
    ['Removal of the reminder on the budget task, please.', 'set_reminder', { clear: true }, { title: 'budget' }],
    ['Reopening of task 5 please', 'complete_task', { completed: false }, { id: 5 }],
  ])('reads the action said as a noun in "%s"', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });

  it.each([
    ['Please be advised that the title of task 14 should read "Submit Q1 expenses".', { title: 'Submit Q1 expenses' }, { id: 14 }],
    ['the name of the vendor task should say Vendor onboarding', { title: 'Vendor onboarding' }, { title: 'vendor' }],
  ])('reads the title that "should read" on "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('update_task', args, target));
  });

  it.each([
    ['Kindly add the following note to the task about the budget: figures to be confirmed', 'figures to be confirmed', 'budget'],
    ['please add the following description to the audit task: scope agreed with Finance', 'scope agreed with Finance', 'audit'],
  ])('never adds a task on "%s": the note goes to the task named', (sentence, description, title) => {
    expect(read(sentence)).toEqual(call('update_task', { description }, { title }));
  });
});

describe('English written at work: office times, reminders, rules and questions', () => {
  it.each([
    [
      'Please add the following task: update the risk register, first thing Monday.',
      { title: 'update the risk register', due_date: 'Monday morning' },
    ],
    ['add prepare the handover first thing tomorrow', { title: 'prepare the handover', due_date: 'tomorrow morning' }],
  ])('reads "first thing" as the morning in "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it.each([
    ['pls move 7 to EOD', { id: 7 }, 'EOD'],
    ['move the invoice to COB friday', { title: 'invoice' }, 'COB friday'],
    ['move 3 to close of business', { id: 3 }, 'close of business'],
  ])('moves the task to the end of the working day on "%s"', (sentence, target, date) => {
    expect(read(sentence)).toEqual(call('set_due_date', { date }, target));
  });

  it('bounds "due by close of business Friday" at its own time, not at midnight', () => {
    expect(read('Could you please provide a list of all tasks due by close of business Friday?')).toEqual(
      call('filter_tasks', { due_before: 'close of business friday' }),
    );
  });

  it.each([
    [
      'Please add the client call on Tuesday at 10am and send me a reminder 30 minutes beforehand.',
      'the client call',
      'Tuesday at 10am',
      '30m',
    ],
    ['add the supplier visit on friday at 2pm and give me a reminder an hour in advance', 'the supplier visit', 'friday at 2pm', '1h'],
  ])('adds the task with its reminder on "%s"', (sentence, title, due, before) => {
    expect(read(sentence)).toEqual(call('add_task', { title, due_date: due, remind_before: before }));
  });

  it.each([
    ['Kindly set a reminder for the board pack task one day in advance.', { before: '1d' }, 'board pack'],
    ['I would appreciate a reminder about the vendor contract first thing Monday.', { at: 'Monday morning' }, 'vendor contract'],
    ['I would like a reminder for the audit first thing tomorrow', { at: 'tomorrow morning' }, 'audit'],
  ])('sets the reminder on "%s"', (sentence, args, title) => {
    expect(read(sentence)).toEqual(call('set_reminder', args, { title }));
  });

  it.each([
    ['Kindly set up a quarterly task to review the supplier list.', 'review the supplier list'],
    ['please create a quarterly task to check the fire extinguishers', 'check the fire extinguishers'],
    ['add submit the VAT return quarterly', 'submit the VAT return'],
  ])('adds a task every three months on "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual(call('create_recurring', { title, pattern: 'FREQ=MONTHLY;INTERVAL=3' }));
  });

  it('keeps "quarterly" that names a thing: "add send the quarterly report"', () => {
    expect(read('add send the quarterly report')).toEqual(call('add_task', { title: 'send the quarterly report' }));
  });

  it.each([
    [
      'Could you please schedule the payroll check every other Wednesday, starting next week?',
      'the payroll check',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE',
    ],
    ['please schedule the backup test every Monday', 'the backup test', 'FREQ=WEEKLY;BYDAY=MO'],
  ])('adds the rule scheduled on "%s"', (sentence, title, pattern) => {
    expect(read(sentence)).toMatchObject(call('create_recurring', { title, pattern }));
  });

  it('asks about "schedule a meeting with the finance team": no rule, nothing to add', () => {
    expect(read('Could you please schedule a meeting with the finance team?').kind).toBe('help');
  });

  it.each([
    ['Kindly let me know which high priority items remain open.', 'filter_tasks', { priority: ['high'], status: 'pending' }],
    ['Could you please advise what has been completed to date?', 'list_tasks', { status: 'completed' }],
    ['Please let me know what has been done', 'list_tasks', { status: 'completed' }],
    ['Could you please provide a list of the labels currently in use?', 'list_tags', {}],
    ['please provide me with a list of my projects', 'list_projects', {}],
  ])('answers the question "%s"', (sentence, tool, args) => {
    expect(read(sentence)).toEqual(call(tool, args));
  });
});

describe('English written at work: more requests in office shapes', () => {
  it.each([
    [
      'Please raise a task to renew the SSL certificate by end of month.',
      { title: 'renew the SSL certificate', due_date: 'end of the month' },
    ],
    ['please log a ticket to fix the printer on floor 2', { title: 'fix the printer on floor 2' }],
    ['I would be grateful if you could add a task to call the insurer tomorrow.', { title: 'call the insurer', due_date: 'tomorrow' }],
    ["I'd appreciate it if you could add book the venue", { title: 'book the venue' }],
    ['Hi team, please add prepare the onboarding checklist. Thanks, Sarah', { title: 'prepare the onboarding checklist' }],
    ['Please ensure that the invoice is paid.', { title: 'pay the invoice' }],
    ['Please make sure the report is sent by Friday', { title: 'send the report', due_date: 'Friday' }],
  ])('adds a task on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it('still reads "raise the priority" as a priority', () => {
    expect(read('Please raise the priority of the audit.')).toEqual(call('set_priority', { priority: 'high' }, { title: 'audit' }));
  });

  it.each([
    ['Please note the deadline for the tender has been extended to the 14th.', 'tender', 'the 14th'],
    ['the submission deadline was extended until Friday', 'submission', 'Friday'],
  ])('moves the task whose deadline was extended, on "%s"', (sentence, title, date) => {
    expect(read(sentence)).toEqual(call('set_due_date', { date }, { title }));
  });

  it.each([
    ['Please mark the item about the payroll run as done.', 'payroll run'],
    ['close the action about the fire drill', 'fire drill'],
  ])('finds the item about a subject on "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual(call('complete_task', {}, { title }));
  });

  it('searches on "Could you let me know whether there is a task regarding the office move?"', () => {
    expect(read('Could you let me know whether there is a task regarding the office move?')).toEqual(
      call('search_tasks', { query: 'office move' }),
    );
  });

  it('reads "Please ensure the month-end close task recurs monthly." as the rule changed', () => {
    expect(read('Please ensure the month-end close task recurs monthly.')).toEqual(
      call('update_task', { recurring: 'monthly' }, { title: 'month-end close' }),
    );
  });
});

describe('English written at work: "please" before the whole letter', () => {
  it.each([
    [
      'please Kindly let me know which high priority items remain open.',
      'filter_tasks',
      { priority: ['high'], status: 'pending' },
      undefined,
    ],
    [
      'please I would like the quarterly report to be marked as high priority.',
      'set_priority',
      { priority: 'high' },
      { title: 'quarterly report' },
    ],
    ['please Removal of the reminder on the budget task', 'set_reminder', { clear: true }, { title: 'budget' }],
    ['pls As the client has postponed, move the kick-off to Tuesday', 'set_due_date', { date: 'Tuesday' }, { title: 'kick-off' }],
  ])('reads "%s" as without it', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });

  it.each([
    ['Please set up a recurring task to buy present for anna every Friday at 3pm.', 'buy present for anna', 'FREQ=WEEKLY;BYDAY=FR'],
    ['set up a recurring task for the weekly report every monday', 'the weekly report', 'FREQ=WEEKLY;BYDAY=MO'],
  ])('adds the rule on "%s"', (sentence, title, pattern) => {
    expect(read(sentence)).toMatchObject(call('create_recurring', { title, pattern }));
  });
});

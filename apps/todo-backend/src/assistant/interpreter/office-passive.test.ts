import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('English written at work: a change asked for in the passive', () => {
  it.each([
    [
      'Per our discussion, the audit task is to be renamed to External audit preparation.',
      'update_task',
      { title: 'External audit preparation' },
      { title: 'audit' },
    ],
    [
      'As agreed, the onboarding task should be renamed to New starter onboarding.',
      'update_task',
      { title: 'New starter onboarding' },
      { title: 'onboarding' },
    ],
    [
      'The recurrence on the payroll task should be changed to monthly, please.',
      'update_task',
      { recurring: 'monthly' },
      { title: 'payroll' },
    ],
    ['The newsletter draft can be deprioritised for now.', 'set_priority', { priority: 'low' }, { title: 'newsletter draft' }],
    ['The vendor review should be prioritised going forward.', 'set_priority', { priority: 'high' }, { title: 'vendor review' }],
    ['The due date on the payroll item should be removed, as it is now ongoing.', 'set_due_date', { date: null }, { title: 'payroll' }],
    ['Following our call, task 7 is to be deleted.', 'delete_task', {}, { id: 7 }],
    ['Task 9 should now be marked as high priority.', 'set_priority', { priority: 'high' }, { id: 9 }],
  ])('reads "%s" as the change it asks for', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });

  it.each([
    ['Please be advised that task 31 has been actioned and can be closed.', { id: 31 }],
    ['The expense claim has been dealt with, it can be closed.', { title: 'expense claim' }],
    ['Task 12 has now been resolved and can be marked as done.', { id: 12 }],
  ])('reads "%s" as work done', (sentence, target) => {
    expect(read(sentence)).toEqual(call('complete_task', {}, target));
  });

  it('never reads when work is due as a change: "the report should be done by friday" moves its date', () => {
    expect(read('the report should be done by friday')).toEqual(call('set_due_date', { date: 'friday' }, { title: 'report' }));
  });
});

describe('English written at work: a task asked for by what it is for', () => {
  it.each([
    [
      'Could a task be created for the renewal of the software licences, due end of quarter?',
      { title: 'renewal of the software licences', due_date: 'end of the quarter' },
    ],
    ['Can an item be added for the fire warden training?', { title: 'fire warden training' }],
    [
      'Please create a task for the board meeting on Tuesday at 10:00 with a reminder 30 minutes beforehand.',
      { title: 'board meeting', due_date: 'Tuesday at 10:00', remind_before: '30m' },
    ],
    ['Could you set up a task for the office move by Friday?', { title: 'office move', due_date: 'Friday' }],
  ])('adds a task on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it('keeps "for the weekend" as the date it is', () => {
    const got = read('create a task for the weekend: clean the car');
    expect(got).toMatchObject({ kind: 'call', tool: 'add_task' });
  });
});

describe('English written at work: rules said by the quarter and the working day', () => {
  it.each([
    [
      'Could you create a task to review the accounts at the end of each quarter?',
      { title: 'review the accounts', pattern: 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1', due_date: 'end of the quarter' },
    ],
    [
      'add file the VAT return at the end of every quarter',
      { title: 'file the VAT return', pattern: 'FREQ=MONTHLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1', due_date: 'end of the quarter' },
    ],
    [
      'Please add a recurring item for the payroll run on the last working day of each month.',
      { title: 'the payroll run', pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', due_date: 'the last working day of the month' },
    ],
    [
      'Please add a task to back up the shared drive on the first business day of each month.',
      {
        title: 'back up the shared drive',
        pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1',
        due_date: 'the first working day of the month',
      },
    ],
    [
      'run payroll on the last business day of every month',
      { title: 'run payroll', pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', due_date: 'the last working day of the month' },
    ],
  ])('adds the series on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('create_recurring', args));
  });

  it.each([
    [
      'Please add a task for the supplier review on the first Monday of next month.',
      { title: 'the supplier review', due_date: 'the first Monday of next month' },
    ],
    [
      'add pay the window cleaner on the last Friday of next month',
      { title: 'pay the window cleaner', due_date: 'the last Friday of next month' },
    ],
  ])('adds the task on "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });
});

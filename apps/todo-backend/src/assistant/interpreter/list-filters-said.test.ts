import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Groceries'] });

describe('what was done in a window of days is a filter by completion date', () => {
  it.each([
    ['what did I finish yesterday', 'yesterday'],
    ['what did I get done today?', 'today'],
    ['what have I completed this week', 'this_week'],
    ['show me what I ticked off last week', 'last_week'],
    ['tasks I completed yesterday', 'yesterday'],
    ['things I did yesterday', 'yesterday'],
    ['stuff i got done today', 'today'],
    ['tasks finished today', 'today'],
    ['what did I accomplish this week', 'this_week'],
    ['what did I knock off yesterday', 'yesterday'],
    ['did I finish anything yesterday?', 'yesterday'],
    ['what have I ticked off so far today', 'today'],
    // Counted, or with the window said first.
    ['how many did I tick off yesterday', 'yesterday'],
    ['how many tasks have I finished this week?', 'this_week'],
    ['last weeks done stuff', 'last_week'],
    ["yesterday's finished tasks", 'yesterday'],
  ])('"%s"', (sentence, completed) => {
    expect(read(sentence)).toEqual(call('filter_tasks', { status: 'completed', completed }));
  });

  it('keeps the project and the other filters said with it', () => {
    expect(read('what did I finish last week in Groceries')).toEqual(
      call('filter_tasks', { status: 'completed', completed: 'last_week', project: 'Groceries' }),
    );
  });

  it('reads a day said with "due" as the due window, as before', () => {
    expect(read('show completed tasks due this week')).toEqual(call('filter_tasks', { status: 'completed', due: 'this_week' }));
    expect(read("what's due today")).toEqual(call('filter_tasks', { due: 'today' }));
  });
});

describe('tasks with or without a due date, repeating or one-off, are filters', () => {
  it.each([
    ['which tasks have no due date?', { has_due_date: false }],
    ['tasks without a date', { has_due_date: false }],
    ['show me my undated tasks', { has_due_date: false }],
    ['anything without a deadline?', { has_due_date: false }],
    ['high priority tasks without a due date', { has_due_date: false, priority: ['high'] }],
    ['which tasks have a due date', { has_due_date: true }],
    ["tasks that don't have a date", { has_due_date: false }],
    ["anything that hasn't got a deadline", { has_due_date: false }],
    ['stuff with no due date yet', { has_due_date: false }],
    ['which tasks have not been scheduled', { has_due_date: false }],
    ['what repeats?', { recurring: true }],
    ['show my recurring tasks', { recurring: true }],
    ['which of my tasks repeat', { recurring: true }],
    ['list the repeating ones', { recurring: true }],
    ['which tasks repeat weekly', { recurring: true }],
    ['my one-off tasks', { recurring: false }],
    ['which tasks are one-offs', { recurring: false }],
    ['any tasks that recur monthly?', { recurring: true }],
    ["what have I got that doesn't repeat", { recurring: false }],
    ["what's due every week", { recurring: true }],
    ['what do I have every monday', { recurring: true }],
    ['what happens every week', { recurring: true }],
    ['what do I have to do every morning', { recurring: true }],
    ['list all my weekly things', { recurring: true }],
    ['show my monthly stuff', { recurring: true }],
    ['show my daily tasks due today', { recurring: true, due: 'today' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('filter_tasks', args));
  });

  it('still answers what is due this week and adds a task said to repeat', () => {
    expect(read("what's due this week")).toEqual(call('filter_tasks', { due: 'this_week' }));
    expect(read('add water the plants every week')).toMatchObject({ tool: 'create_recurring' });
    expect(read('show tasks tagged weekly')).toEqual(call('filter_tasks', { tags: ['weekly'] }));
  });

  it('still changes a task said to repeat or to lose its rule or date', () => {
    expect(read('the gym should repeat weekly')).toEqual(call('update_task', { recurring: 'weekly' }, t('gym')));
    expect(read("the gym doesn't repeat anymore")).toEqual(call('update_task', { recurring: null }, t('gym')));
    expect(read('remove the due date from the dentist')).toEqual(call('set_due_date', { date: null }, t('dentist')));
  });
});

describe('what someone in the household has every week', () => {
  it.each(['what clubs have the kids got every week', 'what does Mia do every saturday', 'which clubs does Sam go to every week'])(
    'lists the repeating tasks: "%s"',
    (sentence) => {
      expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'filter_tasks', args: { recurring: true } });
    },
  );

  it("keeps the week's agenda asked for this week", () => {
    expect(interpret('what have the kids got this week')).toEqual({ kind: 'call', tool: 'filter_tasks', args: { due: 'this_week' } });
  });
});

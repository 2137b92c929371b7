import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Groceries', 'Work'] });

describe('"put" with a particle', () => {
  it.each([
    ['put the bins out on monday', { title: 'put the bins out', due_date: 'monday' }],
    ['put up the shelves saturday', { title: 'put up the shelves', due_date: 'saturday' }],
    ['put away the shopping', { title: 'put away the shopping' }],
    ['put the heating on', { title: 'put the heating on' }],
    ['put the Christmas tree up on the 1st', { title: 'put the Christmas tree up', due_date: 'the 1st' }],
    ['Put the bins out tomorrow, high priority', { title: 'Put the bins out', due_date: 'tomorrow', priority: 'high' }],
  ])('adds the chore titled with its verb: "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it.each([
    ['put up the priority of 5', 'high', id(5)],
    ['put the priority of 5 up', 'high', id(5)],
    ['put down the priority of the gym', 'low', t('gym')],
    ["put the gym's priority down", 'low', t('gym')],
  ])('raises or lowers a priority: "%s"', (sentence, priority, target) => {
    expect(read(sentence)).toEqual(call('set_priority', { priority }, target));
  });

  it.each([
    ['put the school pick up back to normal', 'medium', t('school pick up')],
    ['put the pick up on low priority', 'low', t('pick up')],
  ])('reads a level at the end as a priority, whatever particle the title has: "%s"', (sentence, priority, target) => {
    expect(read(sentence)).toEqual(call('set_priority', { priority }, target));
  });

  it('leaves "put" that files something to the other rules', () => {
    expect(read('put milk on the list')).toEqual(call('add_task', { title: 'milk' }));
    expect(read('put bananas in Groceries')).toEqual(call('add_task', { title: 'bananas', project: 'Groceries' }));
    expect(read('put the MOT back a week')).toEqual(call('postpone_task', { by: 'P1W' }, t('MOT')));
    // "out" after a span of time is the date's ("two weeks out"), no chore's particle: the task moves there.
    expect(read('put the school forms two weeks out')).toEqual(call('set_due_date', { date: 'two weeks from now' }, t('school forms')));
  });

  it.each([
    ['hang on, put the vet back, I ticked it by accident', t('vet')],
    ['put the report back on my list, I marked it done by mistake', t('report')],
  ])('reopens a task put back after a tick said to be a mistake: "%s"', (sentence, target) => {
    expect(read(sentence)).toEqual(call('complete_task', { completed: false }, target));
  });

  it.each(['put the vet back', 'put the old name back', 'put it back the way it was', 'oops, put the old name back'])(
    'asks what to put back, never adding a chore so titled: "%s"',
    (sentence) => {
      expect(read(sentence).kind).toBe('help');
    },
  );

  it.each([
    ['actually take the urgent tag back off the report', call('remove_tag', { tag: 'urgent' }, t('report'))],
    ['put the home tag back on 5', call('add_tag', { tag: 'home' }, id(5))],
  ])('reads "back" before on or off as saying again: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('"put" a task on a day "instead"', () => {
  it.each([
    ['put the dentist on friday instead', 'friday', t('dentist')],
    ['can you put the vet on monday instead?', 'monday', t('vet')],
    ['put 5 on the 14th instead', 'the 14th', id(5)],
  ])('moves the task, never adds one titled with "instead": "%s"', (sentence, date, target) => {
    expect(read(sentence)).toEqual(call('set_due_date', { date }, target));
  });

  it('still adds a thing put on a day without "instead"', () => {
    expect(read('put the bins out on monday')).toEqual(call('add_task', { title: 'put the bins out', due_date: 'monday' }));
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// How students write: "pset" and "assgn" are a problem set and an assignment, never a misspelt "set" or "assign";
// "omg" before or after a request is a reaction, never a title's word, so "URGENT omg" still says the priority.

describe('coursework shorthand and stress', () => {
  it.each([
    ['pset friday, remind me the day before', call('add_task', { title: 'pset', due_date: 'friday', remind_before: '1d' })],
    ['psets for tomorrow', call('add_task', { title: 'psets', due_date: 'tomorrow' })],
    ['add assgn 3 monday 9am', call('add_task', { title: 'assgn 3', due_date: 'monday 9am' })],
    ['pset 3 is urgent', call('set_priority', { priority: 'high' }, t('pset 3'))],
    [
      'add finish the PHYS1002 lab writeup tonight URGENT omg',
      call('add_task', { title: 'finish the PHYS1002 lab writeup', due_date: 'tonight', priority: 'high' }),
    ],
    [
      'add revise for the chem midterm friday urgent omg',
      call('add_task', { title: 'revise for the chem midterm', due_date: 'friday', priority: 'high' }),
    ],
    ['omg add print the poster tomorrow', call('add_task', { title: 'print the poster', due_date: 'tomorrow' })],
    ['omfg delete 4', call('delete_task', {}, { id: 4 })],
  ])('reads "%s"', (sentence, reading) => {
    expect(interpret(sentence)).toEqual(reading);
  });
});

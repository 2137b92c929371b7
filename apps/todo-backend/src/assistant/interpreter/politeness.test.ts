import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { stripPoliteness } from './politeness.ts';
import { call, t } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a changed mind said before the request', () => {
  it.each([
    ['changed my mind, bin the car boot sale', 'bin the car boot sale'],
    ["I've changed my mind again: delete the gym", 'delete the gym'],
    ['on reflection the boiler service should repeat yearly', 'the boiler service should repeat yearly'],
    ["scratch that, the dentist isn't done", "the dentist isn't done"],
    ['hang on, reopen the vet', 'reopen the vet'],
    ['yes ok the haircut is done after all', 'the haircut is done after all'],
  ])('is no part of the request: "%s"', (said, request) => {
    expect(stripPoliteness(said)).toBe(request);
  });

  it.each([
    ['changed my mind, bin the car boot sale', call('delete_task', {}, t('car boot sale'))],
    ["scratch that, the dentist isn't done", call('complete_task', { completed: false }, t('dentist'))],
    ['yes ok the haircut is done after all', call('complete_task', {}, t('haircut'))],
  ])('reads the request after it: "%s"', (sentence, expected) => {
    expect(interpret(sentence, known)).toEqual(expected);
  });

  it.each([
    // A change of mind about a task, with no request after it, stays a sentence of its own.
    ['i changed my mind about the hike, delete it', call('delete_task', {}, t('hike'))],
    ['add hang on to the rope swing', call('add_task', { title: 'hang on to the rope swing' })],
  ])('leaves other sentences as they are: "%s"', (sentence, expected) => {
    expect(interpret(sentence, known)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { withoutDoneRestated } from './done-restated-after.ts';
import { interpret, type TaskRef } from './offline-interpreter.ts';

const task = (title: string): TaskRef => ({ title });

describe('a tick-off request, then a clause that says the same', () => {
  it.each([
    ['cross the eggs off, got them', task('eggs')],
    ['tick the butter off, bought it', task('butter')],
    ['mark the bread done - picked it up', task('bread')],
    ['tick off the lemons, grabbed some', task('lemons')],
    ['check off the flour, got it already', task('flour')],
    ['cross off the cream. bought it!', task('cream')],
    ['mark the stock as done, all sorted', task('stock')],
    ['tick the yoghurt off; got the lot', task('yoghurt')],
  ])('%s', (phrase, target) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target });
  });

  it.each([
    // Not after a tick-off request: the clause stays the sentence's.
    'add milk, got it',
    'buy the eggs, got it?',
    // A title that holds the words.
    'add pick up the parcel, got it from the depot',
  ])('leaves %j as it came', (phrase) => {
    expect(withoutDoneRestated(phrase)).toBe(phrase);
  });

  it('keeps what was got when it names something else', () => {
    expect(withoutDoneRestated('tick off the milk, got the bread too')).toBe('tick off the milk, got the bread too');
  });
});

import { describe, expect, it } from 'vitest';
import { deadlineGiven } from './deadline-given.ts';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

// A deadline given to a task is its due date; a note said with it is its description, in the same change. "Due any
// day now" is soon, not a date: the change said with it stands without one.

describe('a deadline given to a task', () => {
  it.each([
    ['give the pitch a deadline of monday 10am', t('pitch'), 'monday 10am'],
    ['give 12 a deadline: the end of next week', id(12), 'the end of next week'],
    ['the parking appeal has a strict deadline of 4/02', t('parking appeal'), '4/02'],
    ["my essay's got a deadline of the 14th", t('essay'), 'the 14th'],
    ['put a deadline of the 9th on the tender', t('tender'), 'the 9th'],
    ['give the report the due date friday', t('report'), 'friday'],
  ])('sets the due date in "%s"', (sentence, target, date) => {
    expect(interpret(sentence)).toEqual(call('set_due_date', { date }, target));
  });

  it('keeps a note said with it as the description, never a hand-over', () => {
    expect(interpret('give the pitch a deadline of monday 10am and a note: send to Priya first')).toEqual(
      call('update_task', { due_date: 'monday 10am', description: 'send to Priya first' }, t('pitch')),
    );
  });

  it.each([
    'give the bid a deadline reminder',
    'the essay has a deadline extension',
    'give the team a deadline they can meet',
    'the council has a deadline of its own',
  ])('reads no deadline in "%s"', (sentence) => {
    expect(deadlineGiven(sentence)).toBeUndefined();
  });
});

describe('due any day now', () => {
  it('raises the task without a date', () => {
    expect(interpret('the passport renewal is due any day now, make it high')).toEqual(
      call('set_priority', { priority: 'high' }, t('passport renewal')),
    );
  });

  it.each(['the tax bill is due any day now', 'the parcel is due any minute', 'move the dentist to soon'])(
    'asks for a day in "%s"',
    (sentence) => {
      expect(interpret(sentence).kind).toBe('help');
    },
  );
});

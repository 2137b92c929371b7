import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { id, type Said, t } from './said-rows.ts';
import { dateAtEnd } from './whole-dates.ts';

// A part of the day right after a noun is the title's word, before a time of its own as with nothing after it ("date
// night at 6pm" is "date night" at 18:00, never "date" at night); after a word that makes it a time ("tomorrow night
// at 9", "in the evening at 7") it is the date's.

const A = 'add_task';

const DAY_PART_IN_TITLE: Said[] = [
  ['add date night, remind me at 6pm', A, { title: 'date night', due_date: '2026-01-22 18:00', remind_before: '0m' }],
  ['add date night at 6pm', A, { title: 'date night', due_date: '2026-01-22 18:00' }],
  ['add movie night 8pm', A, { title: 'movie night', due_date: '2026-01-22 20:00' }],
  ['add parents evening, remind me at 5pm', A, { title: 'parents evening', due_date: '2026-01-22 17:00', remind_before: '0m' }],
  ['add quiz night friday at 7pm', A, { title: 'quiz night', due_date: '2026-01-23 19:00' }],
  ['call mum tomorrow night at 9', A, { title: 'call mum', due_date: '2026-01-23 21:00' }],
  ['add walk the dog in the evening at 7', A, { title: 'walk the dog', due_date: '2026-01-22 19:00' }],
];

describe('a part of the day after a noun, before a time', () => {
  it.each(DAY_PART_IN_TITLE)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

// The date that ends the words is read where it stands (dates.ts), so a title's part of the day or a task's number is
// never the day a reminder or a report of work done names.
const READ_WHERE_IT_STANDS: Said[] = [
  ['remind me 2 hours before the parents evening', 'set_reminder', { before: '2h' }, t('parents evening')],
  // The day said after the title is the event's: it is due then, never lost.
  ['remind me 1h before the quiz night friday', 'add_task', { title: 'quiz night', due_date: 'friday', remind_before: '1h' }],
  ['remind me 30 min before task 3', 'set_reminder', { before: '30m' }, id(3)],
  ['did the quiz night', 'complete_task', {}, t('quiz night')],
  ['I went to the parents evening', 'complete_task', {}, t('parents evening')],
];

describe('a part of the day that ends a title, where a date is looked for at the end', () => {
  it.each(READ_WHERE_IT_STANDS)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it.each([['the quiz night'], ['the parents evening'], ['task 3'], ['fix the sat']])('finds no date at the end of %j', (words) => {
    expect(dateAtEnd(words)).toBeUndefined();
  });

  it('finds the date that does end the words', () => {
    expect(dateAtEnd('task 12 tomorrow at 9')).toEqual({ index: 8, text: 'tomorrow at 9' });
    expect(dateAtEnd('the gym in the evening')?.text).toBe('in the evening');
  });
});

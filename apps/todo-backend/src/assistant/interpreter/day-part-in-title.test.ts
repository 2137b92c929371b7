import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import type { Said } from './said-rows.ts';

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

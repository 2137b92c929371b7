import { describe, expect, it } from 'vitest';
import type { CorpusRow } from '../eval/language-corpus.ts';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { dayOrMonthAsked, namesOneDay } from './days-asked.ts';

// Read at the evaluation's clock, Thursday 22 January 2026, noon.

describe('a question about one day named by its date, or about one month', () => {
  it.each<CorpusRow>([
    ["what's due on the 5th", 'filter_tasks', { due_after: '2026-02-05 00:00', due_before: '2026-02-06 00:00' }],
    ['anything on the 30th?', 'filter_tasks', { due_after: '2026-01-30 00:00', due_before: '2026-01-31 00:00' }],
    ['what have I got on feb 14', 'filter_tasks', { due_after: '2026-02-14 00:00', due_before: '2026-02-15 00:00' }],
    ["what's due the day after tomorrow", 'filter_tasks', { due_after: '2026-01-24 00:00', due_before: '2026-01-25 00:00' }],
    ['anything for the 3rd of february?', 'filter_tasks', { due_after: '2026-02-03 00:00', due_before: '2026-02-04 00:00' }],
    ["what's due in December?", 'filter_tasks', { due_after: '2026-12-01 00:00', due_before: '2027-01-01 00:00' }],
    ["what's due in february", 'filter_tasks', { due_after: '2026-02-01 00:00', due_before: '2026-03-01 00:00' }],
    [
      'anything in march tagged garden?',
      'filter_tasks',
      { due_after: '2026-03-01 00:00', due_before: '2026-04-01 00:00', tags: ['garden'] },
    ],
    // A weekend: from its Saturday's start to its Sunday's end.
    ['anything due next weekend?', 'filter_tasks', { due_after: '2026-01-31 00:00', due_before: '2026-02-02 00:00' }],
    ["what've I got on the weekend after next", 'filter_tasks', { due_after: '2026-02-07 00:00', due_before: '2026-02-09 00:00' }],
    ["what's due this weekend", 'filter_tasks', { due_after: '2026-01-24 00:00', due_before: '2026-01-26 00:00' }],
    ["what's on this coming weekend", 'filter_tasks', { due_after: '2026-01-24 00:00', due_before: '2026-01-26 00:00' }],
    // "what's on" a day named by its date, or counted from another.
    ["what's on the 1st?", 'filter_tasks', { due_after: '2026-02-01 00:00', due_before: '2026-02-02 00:00' }],
    ["what's on tues wk", 'filter_tasks', { due_after: '2026-02-03 00:00', due_before: '2026-02-04 00:00' }],
    ['anything on friday week?', 'filter_tasks', { due_after: '2026-01-30 00:00', due_before: '2026-01-31 00:00' }],
    ['anything due the last friday of the month?', 'filter_tasks', { due_after: '2026-01-30 00:00', due_before: '2026-01-31 00:00' }],
    // Unchanged: a day that bounds a window, a weekday, a day with its time, a month in a title.
    ["what's due before the VAT deadline on the 7th", 'filter_tasks', { due_before: '2026-02-07 00:00' }],
    ['anything due after the 20th of feb?', 'filter_tasks', { due_after: '2026-02-21 00:00' }],
    ["what's on saturday?", 'filter_tasks', { due_after: '2026-01-24 00:00', due_before: '2026-01-25 00:00' }],
    ['is the vet on monday?', 'search_tasks', { query: 'vet' }],
    ['did I put anything in about the march madness pool?', 'search_tasks', { query: 'march madness pool' }],
    ["what's on the telly tonight", null],
    // A week, a month or a day gone by; a window of days ahead; a month or a day after "show me".
    ["what's due the week after next", 'filter_tasks', { due_after: '2026-02-02 00:00', due_before: '2026-02-09 00:00' }],
    ['what did I have due last week', 'filter_tasks', { due_after: '2026-01-12 00:00', due_before: '2026-01-19 00:00' }],
    ['what was due last month', 'filter_tasks', { due_after: '2025-12-01 00:00', due_before: '2026-01-01 00:00' }],
    ['what was due last friday', 'filter_tasks', { due_after: '2026-01-16 00:00', due_before: '2026-01-17 00:00' }],
    ['what have I got a fortnight on friday', 'filter_tasks', { due_after: '2026-02-06 00:00', due_before: '2026-02-07 00:00' }],
    ["what's due on 12/03", 'filter_tasks', { due_after: '2026-03-12 00:00', due_before: '2026-03-13 00:00' }],
    ['show me february', 'filter_tasks', { due_after: '2026-02-01 00:00', due_before: '2026-03-01 00:00' }],
    ['show me next weekend', 'filter_tasks', { due_after: '2026-01-31 00:00', due_before: '2026-02-02 00:00' }],
    ['have I got much on this week?', 'filter_tasks', { due: 'this_week' }],
    ['what did I finish last week', 'filter_tasks', { status: 'completed', completed: 'last_week' }],
  ])('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it('names a day only by its date', () => {
    expect(['the 5th', 'feb 14', 'the day after tomorrow', '3 march'].every(namesOneDay)).toBe(true);
    expect(['tomorrow', 'friday', 'next week', 'friday 3pm', 'the boiler', 'the 5th at 9am'].some(namesOneDay)).toBe(false);
  });

  it('leaves a question without a day at its end as it was', () => {
    expect(dayOrMonthAsked("what's overdue")).toBe("what's overdue");
    expect(dayOrMonthAsked('anything for the kids')).toBe('anything for the kids');
  });
});

describe('a question about a day gone by', () => {
  it.each<CorpusRow>([
    ['what was I supposed to do on monday', 'filter_tasks', { due_after: '2026-01-19 00:00', due_before: '2026-01-20 00:00' }],
    ['what was due yesterday', 'filter_tasks', { due_after: '2026-01-21 00:00', due_before: '2026-01-22 00:00' }],
    ['what did I have on tuesday?', 'filter_tasks', { due_after: '2026-01-20 00:00', due_before: '2026-01-21 00:00' }],
    // Said in the present, the day is the next one.
    ["what's due on monday", 'filter_tasks', { due_after: '2026-01-26 00:00', due_before: '2026-01-27 00:00' }],
  ])('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import type { Said } from './said-rows.ts';

// A span a new series lasts ("every day this week", "every weekday next week") is its end, never a first due date with
// no end. Next week is counted (it starts on its Monday); a span that depends on today is asked about, since the
// interpreter reads without a clock. The clock is the evaluation's: Thursday 22 January 2026, noon.

const R = 'create_recurring';
const ASK = null;

const SPANS: Said[] = [
  ['water plants every day this week', ASK],
  ['every morning this week meditate', ASK],
  ['walk the dog every day for the rest of the week', ASK],
  ['daily for the rest of the month stretch', ASK],
  ['every day this coming week walk the dog', ASK],
  ['water the plants every day next week', R, { title: 'water the plants', pattern: 'FREQ=DAILY;COUNT=7', due_date: '2026-01-26 09:00' }],
  ['every day next week water the plants', R, { title: 'water the plants', pattern: 'FREQ=DAILY;COUNT=7', due_date: '2026-01-26 09:00' }],
  [
    'standup every weekday next week at 9am',
    R,
    { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=5', due_date: '2026-01-26 09:00' },
  ],
  [
    'every tuesday and thursday next week swim',
    R,
    { title: 'swim', pattern: 'FREQ=WEEKLY;BYDAY=TU,TH;COUNT=2', due_date: '2026-01-27 09:00' },
  ],
  // A span that is a title's word, or the series' start, is no end.
  ['plan the week every sunday', R, { title: 'plan the week', pattern: 'FREQ=WEEKLY;BYDAY=SU', due_date: '2026-01-25 09:00' }],
  ['gym every monday from next week', R, { title: 'gym', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2026-01-26 09:00' }],
];

describe('a span said with a new series', () => {
  it.each(SPANS)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import type { Said } from './said-rows.ts';

// A task moved to a day "of the month" is moved once; "every"/"each" still change its rule. The clock is the
// evaluation's: Thursday 22 January 2026, noon.

const ROWS: Said[] = [
  ['move the dentist to the 3rd of the month', 'set_due_date', { date: '2026-02-03 09:00' }, { title: 'dentist' }],
  ['push the gym to the 28th of the month at 6pm', 'set_due_date', { date: '2026-01-28 18:00' }, { title: 'gym' }],
  ['reschedule the vet for the 30th of the month', 'set_due_date', { date: '2026-01-30 09:00' }, { title: 'vet' }],
  // A rule said with it stays a rule.
  ['move the rent to the 5th of each month', 'update_task', { recurring: 'FREQ=MONTHLY;BYMONTHDAY=5' }, { title: 'rent' }],
  // Without a move, a day of the month with a chore is a monthly one, as before.
  [
    'pay rent on the 1st of the month',
    'create_recurring',
    { title: 'pay rent', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2026-02-01 09:00' },
  ],
];

describe('a task moved to a day of the month', () => {
  it.each(ROWS)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

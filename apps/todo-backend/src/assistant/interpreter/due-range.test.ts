import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import type { Said } from './said-rows.ts';

// A due window with two ends: due on or after the first day and on or before the last, never every task. The clock is
// the evaluation's: Thursday 22 January 2026, noon.

const F = 'filter_tasks';

const RANGES: Said[] = [
  ["what's due between monday and friday", F, { due_after: '2026-01-26 00:00', due_before: '2026-01-31 00:00' }],
  ['what do I have between tomorrow and sunday', F, { due_after: '2026-01-23 00:00', due_before: '2026-01-26 00:00' }],
  ['list tasks from monday to wednesday', F, { due_after: '2026-01-26 00:00', due_before: '2026-01-29 00:00' }],
  ['show tasks due from the 1st to the 15th', F, { due_after: '2026-02-01 00:00', due_before: '2026-02-16 00:00' }],
  ['anything due between now and friday?', F, { due_after: '2026-01-22 12:00', due_before: '2026-01-24 00:00' }],
  // The window named alone, without a question word before it.
  ['due between now and friday?', F, { due_after: '2026-01-22 12:00', due_before: '2026-01-24 00:00' }],
  ['due from the 1st to the 15th', F, { due_after: '2026-02-01 00:00', due_before: '2026-02-16 00:00' }],
  ["what's due between feb 1 and feb 10 tagged work", F, { due_after: '2026-02-01 00:00', due_before: '2026-02-11 00:00', tags: ['work'] }],
  // Words between two things that are no dates are no window.
  ['show me tasks between the sofa and the wall', 'list_tasks', {}],
];

// One end said as a period ahead: its start or, after it, its end; never a month or a week from today.
const PERIOD_BOUNDS: Said[] = [
  ["what's due before next month", F, { due_before: '2026-02-01 00:00' }],
  ['tasks due by next week', F, { due_before: '2026-01-26 00:00' }],
  ['anything due before the coming month', F, { due_before: '2026-02-01 00:00' }],
  ["what's due after next month", F, { due_after: '2026-03-01 00:00' }],
  ['anything due after next week', F, { due_after: '2026-02-02 00:00' }],
];

describe('a due window bounded by a period ahead', () => {
  it.each(PERIOD_BOUNDS)('reads %j as %s', (phrase, tool, args = {}) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args }));
  });
});

describe('a due window said with two ends', () => {
  it.each(RANGES)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { type Said, t } from './said-rows.ts';

// A deadline said with a verb of finishing: the work is not done yet, so it is asked about (a task to add, or a due
// date for one that exists), never completed. When it was done ("today", "yesterday") is no deadline.

const C = 'complete_task';
const ASK = null;

const DEADLINES: Said[] = [
  ['finish the report by friday', ASK],
  ['finish the report friday', ASK],
  ['wrap up the budget by tomorrow', ASK],
  ['done with the report by friday', ASK],
  ["I'm done with the slides by monday", ASK],
  ['close out the budget before monday', ASK],
  ['complete the taxes by the 31st', ASK],
  ['finish the slides next week', ASK],
  ['knock out the invoices by end of week', ASK],
  ['finish the report tonight', ASK],
  ['finish the report later today', ASK],
  ['complete task 4 this afternoon', ASK],
  // When it was done, or a day that is a word of the title: a completion.
  ["i'm done with the report today", C, {}, t('report')],
  ['finish the report', C, {}, t('report')],
  ['wrap up the monday report', C, {}, t('monday report')],
  ['finished the report on friday', C, {}, t('report')],
];

describe('a verb of finishing with a deadline', () => {
  it.each(DEADLINES)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

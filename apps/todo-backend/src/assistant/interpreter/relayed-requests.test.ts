import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, type Said, t } from './said-rows.ts';

// A request about the list passed on from someone else is the user's own, read as said; asked back ("should I?") it
// is asked. Work passed on that names no task of the list is a task to add, as before.

const ASK = null;

const RELAYED: Said[] = [
  ['my wife said to delete the party task', 'delete_task', {}, t('party')],
  ['please my wife said to delete the party task', 'delete_task', {}, t('party')],
  ['my wife said to delete the party task, should I?', ASK],
  ['Sam asked me to move the gym task to friday', 'set_due_date', { date: 'friday' }, t('gym')],
  ['mum told me to tick off the laundry task', 'complete_task', {}, t('laundry')],
  ['my manager says to remove task 14', 'delete_task', {}, id(14)],
  ['Priya said to bin the pottery task, shall I?', ASK],
  ['my husband wants me to delete the old quote task or not?', ASK],
  // Work passed on: a task to add.
  ['my boss wants me to finish the report by friday', 'add_task', { title: 'finish the report', due_date: 'friday' }],
];

describe('a request passed on from someone else', () => {
  it.each(RELAYED)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

describe("someone's opinion of what to do with the list", () => {
  it.each(['my mum thinks I should delete half of these tasks, she might be right', 'Sam reckons we should move the gym to friday'])(
    'changes nothing for %j',
    (phrase) => {
      expect(interpret(phrase)).toMatchObject({ kind: 'help', reason: expect.stringContaining('yours to decide') });
    },
  );
});

import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, last, type Said, t } from './said-rows.ts';

// A change said to wait for something the chat cannot see happen is asked, never done now; a courtesy ("if that's
// ok"), how often ("once a week") or a condition inside a new task's title is no such condition.

const ASK = null;

const CONDITIONS: Said[] = [
  ['if the meeting is cancelled, delete the prep task', ASK],
  ['when the invoice is paid, mark it done', ASK],
  ['delete the prep task if the meeting is cancelled', ASK],
  ['tick off the report once Sam signs it', ASK],
  ['in case the plumber cancels, remove the plumber task', ASK],
  ['if it rains tomorrow, move the picnic to sunday', ASK],
  ['once the landlord replies, cross off 7', ASK],
  ['as soon as the parcel arrives, complete the returns task', ASK],
  ['unless Tom objects, bin the old quote task', ASK],
  ['delete everything if the project gets cancelled', ASK],
  ['mark it done when the cheque clears', ASK],
  // Courtesy, how often, or a new task's words: read as said.
  ["could you maybe remove the piano lessons if that's ok", 'delete_task', {}, t('piano lessons')],
  ['delete 12 if possible', 'delete_task', {}, id(12)],
  ['once a week, call grandad', 'create_recurring', { title: 'call grandad', pattern: 'weekly' }],
  ['add check if the passport is valid', 'add_task', { title: 'check if the passport is valid' }],
  ['remind me to call Sam when I land', 'add_task', { title: 'call Sam when I land' }],
  ['mark it done', 'complete_task', {}, last],
];

describe('a change that waits for a condition', () => {
  it.each(CONDITIONS)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it('says which condition it cannot check', () => {
    expect(readPhrase('if my train is late, move the call to 3pm')).toMatchObject({
      kind: 'help',
      reason: expect.stringMatching(/whether your train is late/),
    });
  });
});

describe('"when" after what the caller does not know yet', () => {
  it('is no condition: the change is made on the task named before it', () => {
    expect(interpret("clear the date off the locker cleanout, not sure when i'm in")).toEqual({
      kind: 'call',
      tool: 'set_due_date',
      args: { date: null },
      target: { title: 'locker cleanout' },
    });
  });
});

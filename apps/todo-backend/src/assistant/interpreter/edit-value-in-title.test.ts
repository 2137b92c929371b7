import { describe, expect, it } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import type { Said } from './said-rows.ts';

// A task to add whose title changes something to a value said after "to": the value stays in the title, never a due
// date ("move the dentist to" due Friday is a broken title and a date nobody asked for).

const A = 'add_task';

const VALUE_IN_TITLE: Said[] = [
  ['i need a task to move the dentist to friday', A, { title: 'move the dentist to friday' }],
  ['add a task to change the meeting to monday', A, { title: 'change the meeting to monday' }],
  ['new task: reschedule the vet to tuesday', A, { title: 'reschedule the vet to tuesday' }],
  ['add push the call to 3pm', A, { title: 'push the call to 3pm' }],
  ['add a task to switch the standup to thursday', A, { title: 'switch the standup to thursday' }],
  ['remind me to move the dentist to friday', A, { title: 'move the dentist to friday' }],
  // A due date of its own still is one; a place after "to" was never a date.
  ['add move the party to saturday by friday', A, { title: 'move the party to saturday', due_date: 'friday' }],
  ['add move the couch to the garage tomorrow', A, { title: 'move the couch to the garage', due_date: 'tomorrow' }],
];

describe('a value said after "to" in a task to add', () => {
  it.each(VALUE_IN_TITLE)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import type { Said as Row } from './said-rows.ts';

// Where a new task goes, said as a second request about it ("… and put it in work"): the project, never words of
// the title; a place that is no project of the caller's stays in the title. Compared by meaning, as the language
// evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  [
    'remind me to call the client tomorrow at 9 and put it in work',
    'add_task',
    { title: 'call the client', due_date: '2026-01-23 09:00', remind_before: '0m', project: 'Work' },
  ],
  // The same shape with other tasks, verbs and projects.
  ['add call the vet tomorrow and put it on the work list', 'add_task', { title: 'call the vet', due_date: 'tomorrow', project: 'Work' }],
  ['add buy nails and file it under home projects', 'add_task', { title: 'buy nails', project: 'Home Projects' }],
  ['add lavender cuttings and pop it on the garden club list', 'add_task', { title: 'lavender cuttings', project: 'Garden Club' }],
  [
    'remind me to buy candles friday and add it to groceries',
    'add_task',
    { title: 'buy candles', due_date: 'friday', remind_before: '0m', project: 'Groceries' },
  ],
  // A place that is no project: the task's own words.
  [
    'remind me at 5 to take the cake out and put it in the fridge',
    'add_task',
    { title: 'take the cake out and put it in the fridge', due_date: '2026-01-22 17:00', remind_before: '0m' },
  ],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('the project said after the task', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, type Said as Row, t } from './said-rows.ts';

// A note said straight after "… task" without a colon ("add a note to the passport task the photos are in the desk
// drawer"): the task ends at "task" or its number, the note is what follows. Compared by meaning, as the language
// evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  [
    'ok doable add a note to the passport task the photos are in the desk drawer',
    'update_task',
    { description: 'the photos are in the desk drawer' },
    t('passport'),
  ],
  // The same shape with other tasks and notes.
  ['add a note to task 12 the code is 4711', 'update_task', { description: 'the code is 4711' }, id(12)],
  ['add a note to the dentist one bring the insurance card', 'update_task', { description: 'bring the insurance card' }, t('dentist')],
  ['put a note on the car service task ask about the brakes', 'update_task', { description: 'ask about the brakes' }, t('car service')],
  [
    'add a comment to my boiler task the engineer comes on monday',
    'update_task',
    { description: 'the engineer comes on monday' },
    t('boiler'),
  ],
  // "saying" and "that" still read as before.
  [
    'add a note to the passport task saying the photos are in the drawer',
    'update_task',
    { description: 'the photos are in the drawer' },
    t('passport'),
  ],
  ['add a note to the car service task that the tyres are worn', 'update_task', { description: 'the tyres are worn' }, t('car service')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a note said after the task word', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

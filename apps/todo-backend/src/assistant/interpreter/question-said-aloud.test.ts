import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// "delete the dentist question mark": a deletion or a completion dictated as a question is asked about, never done.
// Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the dictator's batch.
  ['delete the dentist question mark', null],
  ['completed the tax return question mark', null],
  // The same shape in other words.
  ['remove the gym task question mark', null],
  ['tick off the milk question mark', null],
  ['mark the report as done question mark', null],
  // A request put as a question is a request; a question about tasks is a question; said without the mark, a request.
  ['can you delete the dentist question mark', 'delete_task', {}, t('dentist')],
  ['could you tick off the milk question mark', 'complete_task', {}, t('milk')],
  ["what's on tomorrow question mark", 'filter_tasks', { due: 'tomorrow' }],
  ['can you add renew the car tax question mark', 'add_task', { title: 'renew the car tax' }],
  ['delete the dentist', 'delete_task', {}, t('dentist')],
  ['delete the dentist full stop', 'delete_task', {}, t('dentist')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a change dictated with the question mark said aloud', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

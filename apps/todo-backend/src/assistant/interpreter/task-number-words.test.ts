import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, type Said as Row, t } from './said-rows.ts';

// A task's number said as a word after "task number" ("task number eight"), as speech recognition writes it.
// Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  ['move task number eight to the twenty fifth', 'set_due_date', { date: '2026-01-25' }, id(8)],
  ['alexa rename task number five to wash the car', 'update_task', { title: 'wash the car' }, id(5)],
  // The same shape with other requests and numbers.
  ['mark task number one as done', 'complete_task', {}, id(1)],
  ['delete task no. three', 'delete_task', {}, id(3)],
  ['make task number two high priority', 'set_priority', { priority: 'high' }, id(2)],
  ['move task number eleven to friday', 'set_due_date', { date: 'friday' }, id(11)],
  // A word that is no number stays a title.
  ['move task number crunching to friday', 'set_due_date', { date: 'friday' }, t('number crunching')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('task numbers said as words', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

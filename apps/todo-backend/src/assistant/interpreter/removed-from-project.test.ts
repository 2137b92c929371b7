import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// A task taken off one of the caller's lists ("remove milk from my grocery list"): the task deleted, the project
// kept. Many tasks at once and lists the caller has not are not read so. Compared by meaning, as the language
// evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the voice-assistant batch.
  ['remove milk from my grocery list', 'delete_task', {}, t('milk')],
  // The same shape with other items, verbs and lists.
  ['erase tea bags off the grocery list', 'delete_task', {}, t('tea bags')],
  ['delete eggs from the groceries list', 'delete_task', {}, t('eggs')],
  ['remove the seed order from the garden club list', 'delete_task', {}, t('seed order')],
  ['alexa remove bin bags from my groceries list', 'delete_task', {}, t('bin bags')],
  // Many tasks: asked about, with their count.
  ['remove everything from the groceries list', null],
  ['remove all tasks from the groceries list', null],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a task taken off a list', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it('deletes no task from a list the caller does not have', () => {
    const reading = read('remove bananas from my shopping list');
    expect(reading.kind === 'call' && reading.tool === 'delete_task').toBe(false);
  });
});

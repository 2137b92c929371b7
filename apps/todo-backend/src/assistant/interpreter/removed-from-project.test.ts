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

  it('deletes with a verb that only deletes, and asks when "remove" may mean out of the project', () => {
    expect(read('delete eggs from Groceries')).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: t('eggs') });
    expect(read('delete the memo from Work')).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: t('memo') });
    for (const sentence of ['remove milk from groceries', 'remove the memo from Work', 'take eggs off Groceries']) {
      const reading = read(sentence);
      expect(reading.kind, sentence).toBe('help');
      expect(reading.kind === 'help' && reading.reason, sentence).toMatch(/^Delete ".+", or move it out of (?:Groceries|Work)\?/);
    }
    // A field taken off a task is read by the field rules.
    expect(read('remove the tag from Work')).toMatchObject({ kind: 'call', tool: 'update_task', args: { tags: [] } });
  });

  it('deletes no task from a list the caller does not have', () => {
    const reading = read('remove bananas from my shopping list');
    expect(reading.kind === 'call' && reading.tool === 'delete_task').toBe(false);
  });
});

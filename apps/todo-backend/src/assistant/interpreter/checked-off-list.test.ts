import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// An item ticked off the caller's list ("check off eggs from my grocery list"): the item completed, the list no part
// of its name. Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  ['check off eggs from my grocery list', 'complete_task', {}, t('eggs')],
  ['cross bread off my shopping list', 'complete_task', {}, t('bread')],
  ['tick the milk off the list', 'complete_task', {}, t('milk')],
  ['mark eggs on my grocery list as done', 'complete_task', {}, t('eggs')],
  ['cross off tea bags from the groceries list', 'complete_task', {}, t('tea bags')],
  ['check off the dentist on my to-do list', 'complete_task', {}, t('dentist')],
  ['alexa tick off the seed order from the garden club list', 'complete_task', {}, t('seed order')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('an item ticked off a list', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it("completes nothing off a list that is not the caller's", () => {
    const reading = read('cross my name off the guest list');
    expect(reading.kind === 'call' && reading.tool === 'complete_task' && reading.target).not.toEqual({ title: 'name' });
  });
});

import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { last, type Said as Row, t } from './said-rows.ts';

// "drop the date off the reading list one", "lose the description on the kettle task": a field taken off a task with a
// verb that also deletes ("drop", "lose") takes the field off; the task stays. Compared by meaning, as the language
// evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the fixer-of-details batch.
  ['drop the date off the reading list one and make it low', 'update_task', { due_date: null, priority: 'low' }, t('reading list')],
  ['the kettle task, lose the description', 'update_task', { description: '' }, t('kettle')],
  ['no notes on the gym one please', 'update_task', { description: '' }, t('gym')],
  // The same shapes in other words.
  ['drop the date off the gym task', 'set_due_date', { date: null }, t('gym')],
  ['lose the deadline on 5', 'set_due_date', { date: null }, { id: 5 }],
  ['take the date off the car task', 'set_due_date', { date: null }, t('car')],
  ['lose the description on the kettle task', 'update_task', { description: '' }, t('kettle')],
  ['lose the notes on the vet one', 'update_task', { description: '' }, t('vet')],
  ['lose its description', 'update_task', { description: '' }, last],
  ['no more notes on 12', 'update_task', { description: '' }, { id: 12 }],
  // Two fields taken off at once.
  ['clear the date and the tags on the reading one', 'update_task', { due_date: null, tags: [] }, t('reading')],
  ['remove the notes and the due date from 5', 'update_task', { description: '', due_date: null }, { id: 5 }],
  ['wipe the tags and the note off the gutter task', 'update_task', { tags: [], description: '' }, t('gutter')],
  ['remove the work and home tags from 5', null],
  // A task lost or dropped is still deleted.
  ['lose the yoga one', 'delete_task', {}, t('yoga')],
  ['drop the dentist', 'delete_task', {}, t('dentist')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a field taken off a task, never the task', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

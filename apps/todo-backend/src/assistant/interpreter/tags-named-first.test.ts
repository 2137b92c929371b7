import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// A task's tags named first ("tags on the fence: add garden"), and a topic said before a colon whose request changes a
// tag ("boiler thing: remove the urgent tag"): the tag changes on that task, never a task added or deleted. Compared
// by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the fixer-of-details batch.
  ['tags on the fence: add garden', 'add_tag', { tag: 'garden' }, t('fence')],
  ['boiler thing: remove the urgent tag', 'remove_tag', { tag: 'urgent' }, t('boiler')],
  // The same shapes in other words.
  ['tags on 5: add home and errands', 'add_tag', { tags: ['home', 'errands'] }, { id: 5 }],
  ['labels for the gym - remove urgent', 'remove_tag', { tag: 'urgent' }, t('gym')],
  ['the tags on the report: drop work', 'remove_tag', { tag: 'work' }, t('report')],
  ['the boiler task: remove the urgent tag', 'remove_tag', { tag: 'urgent' }, t('boiler')],
  ['gym one: add a health tag', 'add_tag', { tag: 'health' }, t('gym')],
  ['car thing: lose the description', 'update_task', { description: '' }, t('car')],
  // Several tags taken off at once are asked about, one at a time; the task is never deleted for them.
  ['tags on the fence: remove garden and home', null],
  ['remove the tag garden and home from the fence', null],
  ['remove the tags garden and home from the fence', null],
  // A request after a topic without "the" that changes no field is not read as one of its.
  ['work thing: call Bob', 'list_tasks', { project: 'Work' }],
  ['remove the tag work from the fence', 'remove_tag', { tag: 'work' }, t('fence')],
  // A tag taken off many tasks is asked, never read as a task named by the tag.
  ['untag home from all of them', null],
  ['untag work from every task', null],
  ['untag work from the report', 'remove_tag', { tag: 'work' }, t('report')],
  // A tag said as needed, and a remark after the task, which names no task.
  ['the car service needs tagging as car', 'add_tag', { tag: 'car' }, t('car service')],
  ['the vet needs labelling with pets', 'add_tag', { tag: 'pets' }, t('vet')],
  ['get the urgent tag off the plumber job, sorted now', 'remove_tag', { tag: 'urgent' }, t('plumber job')],
  ['take the waiting tag off the vet, all sorted', 'remove_tag', { tag: 'waiting' }, t('vet')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('tags named before the change, and in other words', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// A task's project put right ("wrong project on the dentist, it goes in Inbox"): the task moves to the project it
// should be in. Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the fixer-of-details batch.
  ['wrong project on the dentist, it goes in Inbox', 'move_task', { project: 'Inbox' }, t('dentist')],
  ['the quarterly report is a Work thing, not Inbox', 'move_task', { project: 'Work' }, t('quarterly report')],
  ['the bike repair is in Work by mistake, should be Home Projects', 'move_task', { project: 'Home Projects' }, t('bike repair')],
  // The same shapes in other words.
  ['wrong list for 5 - it belongs in Groceries', 'move_task', { project: 'Groceries' }, { id: 5 }],
  ['the vet is in the wrong project, it goes in Home Projects', 'move_task', { project: 'Home Projects' }, t('vet')],
  ['the vet is in Work by mistake, it should be in Garden Club', 'move_task', { project: 'Garden Club' }, t('vet')],
  ['the seed swap is a Garden Club job, not a Work one', 'move_task', { project: 'Garden Club' }, t('seed swap')],
  // What a task is about, with no project it is in, stays a tag; a project not said is asked.
  ['the invoice is a work thing, could it have the work tag?', 'add_tag', { tag: 'work' }, t('invoice')],
  ['the vet is a Work thing', 'add_tag', { tag: 'work' }, t('vet')],
  ['wrong project on the vet', null],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe("a task's project put right", () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

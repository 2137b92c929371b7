import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// "rename the raffle one in Garden Club to …": the project a task is in, said with its name, is no part of its title.
// Compared by meaning, as the language evaluation compares.

const ROWS: Row[] = [
  // Phrasings of the fixer-of-details batch.
  [
    'rename the raffle one in Garden Club to raffle prizes - ask the Co-op',
    'update_task',
    { title: 'raffle prizes - ask the Co-op' },
    t('raffle'),
  ],
  // The same shape in other words.
  ['rename the hedge one in Garden Club to trim the hedge', 'update_task', { title: 'trim the hedge' }, t('hedge')],
  ['the hedge task in Garden Club is done', 'complete_task', {}, t('hedge')],
  ['tag the memo one in work as urgent', 'add_tag', { tag: 'urgent' }, t('memo')],
  ['move the hedge one in Garden Club to friday', 'set_due_date', { date: 'friday' }, t('hedge')],
  ['move the hedge one in Garden Club to Work', 'move_task', { project: 'Work' }, t('hedge')],
  // Asked, "put … in <project>" still says where the task goes; "instead" after it says the task is there already.
  ['could you put the bread maker thing in Home Projects instead?', 'move_task', { project: 'Home Projects' }, t('bread maker')],
  ['put the seed order in Garden Club instead', 'move_task', { project: 'Garden Club' }, t('seed order')],
  ['can you move 7 to Work instead', 'move_task', { project: 'Work' }, { id: 7 }],
  ['could you put the hedge task in Garden Club', 'move_task', { project: 'Garden Club' }, t('hedge')],
  // Said between the verb and the task, as the dictator's batch says it.
  ['tick off groceries um the milk one', 'complete_task', {}, t('milk')],
  ['delete work the slides task', 'delete_task', {}, t('slides')],
  ['reopen garden club the raffle one', 'complete_task', { completed: false }, t('raffle')],
  // A project said alone after the verb is the task so named; a journey's end is no project.
  ['tick off groceries', 'complete_task', {}, t('groceries')],
  ['add top up the oyster card on the way to work', 'add_task', { title: 'top up the oyster card on the way to work' }],
  ['add buy a paper on my way to work', 'add_task', { title: 'buy a paper on my way to work' }],
  // Where a task goes, or a new task's project, stays.
  ['put the hedge task in Garden Club', 'move_task', { project: 'Garden Club' }, t('hedge')],
  ['move the hedge task in Garden Club please', 'move_task', { project: 'Garden Club' }, t('hedge')],
  ['add trim the hedge in Garden Club', 'add_task', { title: 'trim the hedge', project: 'Garden Club' }],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('the project a task is in, said with its name', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { levelOrRuleAfterIt } from './level-or-rule-after-it.ts';
import { interpret } from './offline-interpreter.ts';
import type { Said as Row } from './said-rows.ts';

// How a new task repeats or how much it matters, said as a second request about it ("… and make it urgent", "… and
// make it repeat every week"): the level or the rule of the new task, never words of its title. Compared by meaning,
// as the language evaluation compares.

const ROWS: Row[] = [
  [
    'remind me to pay rent friday and make it urgent',
    'add_task',
    { title: 'pay rent', priority: 'high', due_date: 'friday', remind_before: '0m' },
  ],
  [
    'remind me to call mom tomorrow at five pm and make it high priority',
    'add_task',
    { title: 'call mom', priority: 'high', due_date: '2026-01-23 17:00', remind_before: '0m' },
  ],
  ['add water the plants and make it repeat every week', 'create_recurring', { title: 'water the plants', pattern: 'weekly' }],
  ['add pay the rent and make it recurring every month', 'create_recurring', { title: 'pay the rent', pattern: 'monthly' }],
  ['add fix the roof and mark it as important', 'add_task', { title: 'fix the roof', priority: 'high' }],
  ['add call the bank and make it a priority', 'add_task', { title: 'call the bank', priority: 'high' }],
  ['add sort the loft and make it low priority', 'add_task', { title: 'sort the loft', priority: 'low' }],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a level or a rule said after a new task', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });

  it.each(['mark the report done and make it recurring every week', 'add a cake and make it chocolate'])(
    'leaves "%s" as said: no new task, or no level or rule after it',
    (sentence) => {
      expect(levelOrRuleAfterIt(sentence)).toBe(sentence);
    },
  );

  it.each([
    'put the gutters under home projects and make it low',
    'put the gutters in home projects and make it urgent',
    'move the seed order to garden club and tag it garden',
  ])('asks about "%s": a task there is moved with a second change, never a new task or a parent', (sentence) => {
    expect(read(sentence).kind).toBe('help');
  });

  it('still reads a move alone and a new task put with its level', () => {
    expect(read('put the gutters under home projects')).toMatchObject({ tool: 'move_task', args: { project: 'Home Projects' } });
    expect(read('put buy milk on the list and make it urgent')).toMatchObject({ tool: 'add_task', args: { priority: 'high' } });
  });
});

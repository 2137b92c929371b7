import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { type Said as Row, t } from './said-rows.ts';

// A rename said as it is being done ("renaming the gym task: …"), after the task's words and a colon ("haircut: new
// title …") or with a colon inside its quoted title: a new title for a task there is, never a task added. Compared by meaning, as the language evaluation
// compares.

const ROWS: Row[] = [
  // Phrasings of the fixer-of-details batch.
  ['renaming the gym task: Gym (Tue/Thu)', 'update_task', { title: 'Gym (Tue/Thu)' }, t('gym')],
  [
    'haircut: new title "haircut + beard", due saturday 11am',
    'update_task',
    { title: 'haircut + beard', due_date: 'saturday 11am' },
    t('haircut'),
  ],
  // The same shapes in other words.
  ['renaming the gym task: gym with Sam', 'update_task', { title: 'gym with Sam' }, t('gym')],
  ['renaming 5 to pay the plumber', 'update_task', { title: 'pay the plumber' }, { id: 5 }],
  ['retitling the vet one: vet (Luna)', 'update_task', { title: 'vet (Luna)' }, t('vet')],
  ['haircut: new title haircut and beard, due saturday', 'update_task', { title: 'haircut and beard', due_date: 'saturday' }, t('haircut')],
  ['dentist: new name dentist (Dr Shah)', 'update_task', { title: 'dentist (Dr Shah)' }, t('dentist')],
  // A colon inside a quoted title is the title's.
  [
    'rename the boiler thing to "boiler: annual service + flue check"',
    'update_task',
    { title: 'boiler: annual service + flue check' },
    t('boiler'),
  ],
  ['rename the vet to "vet: jabs"', 'update_task', { title: 'vet: jabs' }, t('vet')],
  ['rename "vet": vet (Luna)', 'update_task', { title: 'vet (Luna)' }, t('vet')],
  ['rename report: quarterly report', 'update_task', { title: 'quarterly report' }, t('report')],
  // A task to add still says so.
  ['add: new title for the blog', 'add_task', { title: 'new title for the blog' }],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('a rename said otherwise', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

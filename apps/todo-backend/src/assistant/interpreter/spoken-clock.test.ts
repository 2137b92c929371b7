import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { last, type Said as Row, t } from './said-rows.ts';

// Clock times said in words where a voice assistant's users put them: after "for" and "to" ("set a reminder for
// quarter to six", "move it to quarter past five"), and an hour word before "p.m." anywhere ("push it back to seven
// p.m."). Compared by meaning, as the language evaluation compares.

const add = (title: string, due_date: string) => ({ title, due_date, remind_before: '0m' });

const ROWS: Row[] = [
  ['set a reminder for quarter to six to pick up the kids', 'add_task', add('pick up the kids', '2026-01-22 17:45')],
  ['set a reminder for half past four to call mom', 'add_task', add('call mom', '2026-01-22 16:30')],
  ['move it to quarter past five', 'set_due_date', { date: '2026-01-22 17:15' }, last],
  ['push it back to seven p.m.', 'set_due_date', { date: '2026-01-22 19:00' }, last],
  ['move the dentist to nine a.m. tomorrow', 'set_due_date', { date: '2026-01-23 09:00' }, t('dentist')],
  ['change the haircut to quarter to four', 'set_due_date', { date: '2026-01-22 15:45' }, t('haircut')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('clock times said in words', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

import { describe, expect, it } from 'vitest';
import { dateSaidAgain } from './date-said-again.ts';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Groceries', 'Work'] });

describe('a date said again as a second thought', () => {
  it.each([
    ["hmm let's say 5pm instead for the haircut", 'move the haircut to 5pm'],
    ['say friday for the dentist instead', 'move the dentist to friday'],
    ['on second thoughts leave the plumber on tuesday but make it 10am', 'move the plumber to tuesday 10am'],
    ['keep the dentist on friday but make it 3pm', 'move the dentist to friday 3pm'],
  ])('is a move: "%s" as "%s"', (said, move) => {
    expect(dateSaidAgain(said)).toBe(move);
  });

  it.each([
    ["hmm let's say 5pm instead for the haircut", call('set_due_date', { date: '5pm' }, t('haircut'))],
    ['on second thoughts leave the plumber on tuesday but make it 10am', call('set_due_date', { date: 'tuesday 10am' }, t('plumber'))],
  ])('reads it: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each(['say hi for me', "let's say thanks for the help", 'leave the plumber on tuesday but make it a quick one'])(
    'leaves words that are no date as said: "%s"',
    (said) => {
      expect(dateSaidAgain(said)).toBe(said);
    },
  );
});

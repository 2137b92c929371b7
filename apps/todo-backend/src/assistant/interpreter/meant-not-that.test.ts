import { describe, expect, it } from 'vitest';
import { meantNotThat } from './meant-not-that.ts';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('what is not meant said first, then what is', () => {
  it.each([
    ['not the milk one, the bread one: mark it done', 'the bread one: mark it done'],
    ['wiat no, 12 not 11: rename it to pay the window cleaner', '12: rename it to pay the window cleaner'],
    ['the MOT: not the 3rd, the 13th', 'move the MOT to the 13th'],
  ])('keeps only what is meant: "%s"', (said, meant) => {
    expect(meantNotThat(said)).toBe(meant);
  });

  it.each([
    ['not the milk one, the bread one: mark it done', call('complete_task', {}, t('bread'))],
    ['not the milk one, the bread one: rename it to sourdough', call('update_task', { title: 'sourdough' }, t('bread'))],
    ['wiat no, 12 not 11: rename it to pay the window cleaner', call('update_task', { title: 'pay the window cleaner' }, id(12))],
    ['the MOT: not the 3rd, the 13th', call('set_due_date', { date: 'the 13th' }, t('MOT'))],
    ['not 4, 5: rename it to call Jo', call('update_task', { title: 'call Jo' }, id(5))],
  ])('reads the request of what is meant: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each(['the 3rd not the 2nd for the school trip money', 'not now, tomorrow', 'the standup is now 10 not 9:30'])(
    'leaves other sentences as said: "%s"',
    (said) => {
      expect(meantNotThat(said)).toBe(said);
    },
  );
});

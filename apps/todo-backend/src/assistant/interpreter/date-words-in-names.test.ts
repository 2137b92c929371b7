import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A day, a month or a part of the day that starts a name keeps its place in the title; where a date goes, it is the due date.

const read = (sentence: string) => interpret(sentence);

describe('a day, a month or a part of the day that starts a name', () => {
  it.each([
    ['add march madness bracket', 'march madness bracket'],
    ['add  march  madness  pool 🏀', 'march madness pool 🏀'],
    ['add Sunday Times crossword', 'Sunday Times crossword'],
    ['add watch Tomorrow Never Dies', 'watch Tomorrow Never Dies'],
    ['add june bug spray', 'june bug spray'],
    ['add buy may blossom seeds', 'buy may blossom seeds'],
    ['add renew the Sunday League registration', 'renew the Sunday League registration'],
    ['Add watch Friday Night Lights', 'watch Friday Night Lights'],
    ['add read Saturday Night Fever notes', 'read Saturday Night Fever notes'],
    ['add Friday feeling playlist', 'Friday feeling playlist'],
    ['add Saturday market run', 'Saturday market run'],
    ['add a morning routine', 'morning routine'],
    ['add an evening walk', 'evening walk'],
    ['add the night shift prep', 'the night shift prep'],
    // A day's possessive names a thing of that day.
    ["add yesterday's receipts to expenses", "yesterday's receipts to expenses"],
    ["add sort last week's shopping", "sort last week's shopping"],
  ])('keeps "%s" a title, no due date', (sentence, title) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it.each([
    ['add fill in the March Madness bracket by wednesday', 'fill in the March Madness bracket', 'wednesday'],
    ['add pay tax march', 'pay tax', 'march'],
    ["add file yesterday's receipts by friday", "file yesterday's receipts", 'friday'],
    ['add call mum Sunday', 'call mum', 'Sunday'],
    ['add gym Friday with Sam', 'gym with Sam', 'Friday'],
    ['add tax return March 31', 'tax return', 'March 31'],
    ['add renew the passport in march', 'renew the passport', 'in march'],
    ['Call Mum Tomorrow Re Holiday', 'Call Mum Re Holiday', 'Tomorrow'],
    ['add Friday call the bank', 'call the bank', 'Friday'],
    ['add Monday team meeting', 'team meeting', 'Monday'],
    ['add Friday drinks', 'drinks', 'Friday'],
    ['add friday feeling playlist', 'feeling playlist', 'friday'],
  ])('reads the date of "%s" where a date goes', (sentence, title, due) => {
    expect(read(sentence)).toMatchObject({
      kind: 'call',
      tool: 'add_task',
      args: { title, due_date: expect.stringMatching(new RegExp(`${due.split(' ').at(-1)}$`, 'i')) },
    });
  });
});

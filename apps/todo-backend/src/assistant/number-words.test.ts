import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from '../quick-add/quick-add-parser.ts';
import { asCall, meaning, readPhrase } from './eval/language-eval.ts';
import type { Said } from './interpreter/said-rows.ts';
import { COUNT_WORD, NUMBER_WORD, numberOf } from './number-words.ts';

// One table of numbers said in words, read alike by the chat's series ends, lead times, moves and counts and by quick
// add's rules and series ends.

describe('numbers said in words', () => {
  it.each([
    ['seven', 7],
    ['nine', 9],
    ['fifteen', 15],
    ['twenty-one', 21],
    ['twenty five', 25],
    ['Thirty', 30],
    ['ninety-nine', 99],
    ['an', 1],
    ['12', 12],
  ] as const)('reads %j as %d', (said, value) => {
    expect(numberOf(said)).toBe(value);
  });

  it('reads no other word as a number', () => {
    expect(numberOf('few')).toBeUndefined();
    expect(numberOf('twenty-ten')).toBeUndefined();
  });

  it('matches a number word whole, the longest first', () => {
    expect(new RegExp(`^${NUMBER_WORD}`).exec('twenty-five days')?.[0]).toBe('twenty-five');
    expect(new RegExp(`^${NUMBER_WORD}`).exec('seventeen days')?.[0]).toBe('seventeen');
    expect(new RegExp(`^${COUNT_WORD}$`).test('a')).toBe(true);
    expect(new RegExp(`^${NUMBER_WORD}$`).test('a')).toBe(false);
  });
});

const R = 'create_recurring';
const CHAT_SAID: Said[] = [
  ['gym every day for seven days', R, { title: 'gym', pattern: 'FREQ=DAILY;COUNT=7' }],
  ['water plants daily for nine days', R, { title: 'water plants', pattern: 'FREQ=DAILY;COUNT=9' }],
  ['stretch every day for twenty-one days', R, { title: 'stretch', pattern: 'FREQ=DAILY;COUNT=21' }],
  ['remind me about the dentist fifteen minutes before', 'set_reminder', { before: '15m' }, { title: 'dentist' }],
  ['push the dentist back seven days', 'postpone_task', { by: 'P7D' }, { title: 'dentist' }],
  ['show me eleven tasks', 'list_tasks', { limit: 11 }],
];

describe('the chat reads every number word', () => {
  it.each(CHAT_SAID)('reads %j as %s', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(readPhrase(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});

describe('quick add reads every number word', () => {
  const now = new Date('2026-01-22T17:00:00Z');
  it.each([
    ['water plants every nine days', 'FREQ=DAILY;INTERVAL=9'],
    ['gym every day eleven times', 'FREQ=DAILY;COUNT=11'],
    ['review budget every seven weeks', 'FREQ=WEEKLY;INTERVAL=7'],
  ])('reads %j with the rule %s', (line, rule) => {
    expect(parseQuickAdd(line, { now, timeZone: 'America/New_York' }).fields.recurring).toBe(rule);
  });
});

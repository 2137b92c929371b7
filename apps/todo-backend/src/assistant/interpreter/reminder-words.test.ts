import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a lead time said against the old one', () => {
  it.each([
    ['the dentist reminder should be two hours before, not one', { before: '2h' }, t('dentist')],
    ['remind me a day before the Smith thing instead', { before: '1d' }, t('Smith')],
    ['remind me an hour before the dentist instead of 30 min', { before: '1h' }, t('dentist')],
    ['the reminder for 6 should be 15 min before, not 30', { before: '15m' }, id(6)],
  ])('"%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('set_reminder', args, target));
  });
});

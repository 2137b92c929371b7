import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on news whose verb in -s English takes for a plural, then a change to "it"', () => {
  it.each<Said>([
    ['the haircut clashes with my lates, make it saturday morning', 'set_due_date', { date: 'saturday morning' }, t('haircut')],
    ['the dentist clashes with my shift, move it to friday', 'set_due_date', { date: 'friday' }, t('dentist')],
    ['the optician clashes with my earlies, move it to thursday', 'set_due_date', { date: 'thursday' }, t('optician')],
    ['the physio clashes with the school run, push it to monday', 'set_due_date', { date: 'monday' }, t('physio')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });
});

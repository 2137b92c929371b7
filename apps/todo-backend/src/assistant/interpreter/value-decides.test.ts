import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('a value said with the one it replaces', () => {
  it.each<Said>([
    ['make the dentist 3pm instead of 2', 'set_due_date', { date: '3pm' }, t('dentist')],
    ['make the gym friday instead of thursday', 'set_due_date', { date: 'friday' }, t('gym')],
    ['make the school run 8:15 rather than 8:30', 'set_due_date', { date: '8:15' }, t('school run')],
    ['make the report high instead of low', 'set_priority', { priority: 'high' }, t('report')],
    ['move the gym to friday rather than thursday', 'set_due_date', { date: 'friday' }, t('gym')],
    // A task added with a day corrected as it is said: added, without "instead" in its title.
    ['add call mum on sunday not saturday', 'add_task', { title: 'call mum', due_date: 'sunday' }],
    ['call mum on sunday not saturday', 'add_task', { title: 'call mum', due_date: 'sunday' }],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

// "change X to read <a thing to read>" makes the title a task to read it; "change X to read <a request>" gives the
// wording, as before.

describe('"to read" before the new title', () => {
  it.each([
    [
      'change the reading list task to read ch 5-7 of Sapolsky',
      call('update_task', { title: 'read ch 5-7 of Sapolsky' }, t('reading list')),
    ],
    ['change the lit task to read chapter 3 of Middlemarch', call('update_task', { title: 'read chapter 3 of Middlemarch' }, t('lit'))],
    ['change 4 to read pages 10-40', call('update_task', { title: 'read pages 10-40' }, id(4))],
    ['update the bio task to read the paper on CRISPR', call('update_task', { title: 'read the paper on CRISPR' }, t('bio'))],
    ['change 12 to read renew car insurance', call('update_task', { title: 'renew car insurance' }, id(12))],
    ['amend 5 to read Buy paint', call('update_task', { title: 'Buy paint' }, id(5))],
    ['change the wording of the gas meter thing to read the meter', call('update_task', { title: 'read the meter' }, t('gas meter'))],
  ])('reads "%s"', (sentence, reading) => {
    expect(interpret(sentence)).toEqual(reading);
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a task done, said with when or on the way to where', () => {
  it.each<Said>([
    ['got the oil change done on my way home', 'complete_task', {}, t('oil change')],
    ['completed 17 before handover', 'complete_task', {}, id(17)],
    ['did the shopping after my shift', 'complete_task', {}, t('shopping')],
    ['finished the report this morning', 'complete_task', {}, t('report')],
    ['finally got the ironing done last night', 'complete_task', {}, t('ironing')],
    ['picked up the prescription on my way in', 'complete_task', {}, t('prescription')],
    ['completed task 9 after handover', 'complete_task', {}, id(9)],
    // How it stood against its deadline.
    ['sent off the quote just in time', 'complete_task', {}, t('quote')],
    ['paid the water bill on time', 'complete_task', {}, t('water bill')],
    ['handed in the essay ahead of the deadline', 'complete_task', {}, t('essay')],
    ['finished the slides with 10 minutes to spare', 'complete_task', {}, t('slides')],
    ['posted the tax form well before the cut-off', 'complete_task', {}, t('tax form')],
    // Words of the task's name that only look like a circumstance stay.
    ['finished the night shift rota', 'complete_task', {}, t('night shift rota')],
    ['done the school run', 'complete_task', {}, t('school run')],
    ['add arrive on time for the interview', 'add_task', { title: 'arrive on time for the interview' }],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });
});

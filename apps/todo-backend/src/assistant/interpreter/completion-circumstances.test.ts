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
    // Words of the task's name that only look like a circumstance stay.
    ['finished the night shift rota', 'complete_task', {}, t('night shift rota')],
    ['done the school run', 'complete_task', {}, t('school run')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });
});

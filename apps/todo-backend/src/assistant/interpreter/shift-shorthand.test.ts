import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, type Said, t } from './said-rows.ts';

describe('the offline interpreter on shorthand typed in a hurry: a verb without a vowel, days joined by "n"', () => {
  it.each<Said>([
    ['mve the dentist to fri', 'set_due_date', { date: 'fri' }, t('dentist')],
    ['mve 8 to monday', 'set_due_date', { date: 'monday' }, id(8)],
    ['mke the gym low priority', 'set_priority', { priority: 'low' }, t('gym')],
    ['mke 5 high priority', 'set_priority', { priority: 'high' }, id(5)],
    [
      'evry tues n thurs gym at 7pm',
      'create_recurring',
      { title: 'gym', pattern: 'FREQ=WEEKLY;BYDAY=TU,TH', due_date: 'tuesday or thursday at 7pm' },
    ],
    [
      'every mon n wed at 6pm swim',
      'create_recurring',
      { title: 'swim', pattern: 'FREQ=WEEKLY;BYDAY=MO,WE', due_date: 'monday or wednesday at 6pm' },
    ],
    [
      'every sat n sun walk the dog',
      'create_recurring',
      { title: 'walk the dog', pattern: 'FREQ=WEEKLY;BYDAY=SA,SU', due_date: 'saturday or sunday' },
    ],
    ['add fish n chips friday', 'add_task', { title: 'fish n chips', due_date: 'friday' }],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('keeps an English word that is a verb with a letter left out', () => {
    expect(interpret('sow the seeds every spring')).not.toMatchObject({ tool: 'list_tasks' });
    expect(interpret('sow the seeds every spring')).not.toMatchObject({ tool: 'filter_tasks' });
  });
});

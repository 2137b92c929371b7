import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a correction that says the whole request again', () => {
  it.each<Said>([
    [
      'wake me... I mean remind me at 5:30 to prep my lunchbox',
      'add_task',
      { title: 'prep my lunchbox', due_date: 'at 5:30', remind_before: '0m' },
    ],
    ['ring the vet no wait remind me at 9 to ring the vet', 'add_task', { title: 'ring the vet', due_date: 'at 9', remind_before: '0m' }],
    ['buy milk, I mean add buy oat milk', 'add_task', { title: 'buy oat milk' }],
    ['the gym, sorry I mean move the gym to friday', 'set_due_date', { date: 'friday' }, t('gym')],
    ['tick off 5 no wait delete 5', 'delete_task', {}, id(5)],
    // A value said again stays a value: the new title, not a request.
    ['rename 12 to the village hall no wait buy coffee', 'update_task', { title: 'buy coffee' }, id(12)],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

describe('the offline interpreter on a time only the caller knows', () => {
  it.each([
    'what have i got on my days off',
    "what's on for my next day off",
    'push the bins to my rest day',
    'add gym on my day off',
    'remind me to call the vet before my shift',
    'ping me 10 mins before I leave',
    'add ring the bank when im off',
  ])('asks when "%s" is', (phrase) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'help', reason: expect.stringContaining('When is') });
  });

  it('reads a sentence whose time is said otherwise, or whose change needs none', () => {
    expect(interpret("before I go to bed, what's on for tomorrow?")).toEqual(call('filter_tasks', { due: 'tomorrow' }));
    expect(interpret('did the shopping after my shift')).toEqual(call('complete_task', {}, t('shopping')));
    expect(interpret('clear the date on the bins one, no idea when im off')).toEqual(call('set_due_date', { date: null }, t('bins')));
    expect(interpret('add bread to groceries for after my shift', { projects: ['Groceries'] })).toMatchObject({
      kind: 'call',
      tool: 'add_task',
    });
  });
});

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
    'add check in online the day before I fly',
    'remind me the night before we travel to charge the camera',
    'push the currency exchange to the day before my flight',
    "what's due before my trip?",
  ])('asks when "%s" is', (phrase) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'help', reason: expect.stringContaining('When is') });
  });

  it('reads a sentence whose time is said otherwise, or whose change needs none', () => {
    expect(interpret("before I go to bed, what's on for tomorrow?")).toEqual(call('filter_tasks', { due: 'tomorrow' }));
    expect(interpret('did the shopping after my shift')).toEqual(call('complete_task', {}, t('shopping')));
    expect(interpret('clear the date on the bins one, no idea when im off')).toEqual(call('set_due_date', { date: null }, t('bins')));
    expect(interpret('add label the bags before the flight')).toEqual(call('add_task', { title: 'label the bags before the flight' }));
    expect(interpret('add buy a neck pillow for after my trip')).toEqual(
      call('add_task', { title: 'buy a neck pillow for after my trip' }),
    );
    expect(interpret('remind me to text mum when I land')).toEqual(call('add_task', { title: 'text mum when I land' }));
    expect(interpret('add pack the day before my flight on friday')).toMatchObject({ kind: 'call', tool: 'add_task' });
    expect(interpret('add bread to groceries for after my shift', { projects: ['Groceries'] })).toMatchObject({
      kind: 'call',
      tool: 'add_task',
    });
  });
});

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

describe('the offline interpreter on a day counted from an event it has no date for', () => {
  it.each([
    "move Mia's party prep to the saturday before",
    'add write the thank you cards the day after the trip',
    'remind me the day after the trip to send the thank you card',
    'add book the kennels for the weekend before half term',
    'push the cake baking to the friday before the fete',
  ])('asks when "%s" is', (phrase) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'help', reason: expect.stringContaining('When is') });
  });

  it('reads a reminder counted back from a task, and days the date reader counts from a known day', () => {
    expect(interpret('ping me the day before the school disco')).toEqual(call('set_reminder', { before: '1d' }, t('school disco')));
    expect(interpret('add water the plants the day after tomorrow at 8am and remind me the day before')).toEqual(
      call('add_task', { title: 'water the plants', due_date: 'the day after tomorrow at 8am', remind_before: '1d' }),
    );
    expect(interpret('remind me about the dentist the day before')).toEqual(call('set_reminder', { before: '1d' }, t('dentist')));
    expect(interpret('add pay rent on the 1st, remind me the day before')).toEqual(
      call('add_task', { title: 'pay rent', due_date: 'the 1st', remind_before: '1d' }),
    );
    expect(interpret('remind me the monday after next to book the ferry')).toMatchObject({ tool: 'add_task' });
    expect(interpret('add collect the bikes the day after tomorrow')).toMatchObject({ tool: 'add_task' });
  });
});

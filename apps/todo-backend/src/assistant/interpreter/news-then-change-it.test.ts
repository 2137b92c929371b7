import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// News that holds the new rule, date or level, then "change it": the change the news says, on the task it names;
// never a new task titled by the news.

describe('news, then a bare request to change it', () => {
  it.each([
    ['the stats tut is every tuesday now, change it', call('update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TU' }, t('stats tut'))],
    [
      'the seminar is every other wednesday now. update it',
      call('update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE' }, t('seminar')),
    ],
    ['the dentist is friday 3pm now, can you update that', call('set_due_date', { date: 'friday 3pm' }, t('dentist'))],
    ['the essay is due monday now, change it pls', call('set_due_date', { date: 'monday' }, t('essay'))],
    ['the bio lab is urgent now, change it', call('set_priority', { priority: 'high' }, t('bio lab'))],
    ['the book club is every first monday now - fix that', call('update_task', { recurring: 'FREQ=MONTHLY;BYDAY=1MO' }, t('book club'))],
  ])('reads "%s" as the change the news says', (sentence, reading) => {
    expect(interpret(sentence)).toEqual(reading);
  });

  it.each(['the stats tut is every tuesday now, change it', 'the chem lab is in room 4, change it'])(
    'adds no task from "%s"',
    (sentence) => {
      const reading = interpret(sentence);
      expect(reading.kind === 'call' && ['add_task', 'create_recurring'].includes(reading.tool)).toBe(false);
    },
  );
});

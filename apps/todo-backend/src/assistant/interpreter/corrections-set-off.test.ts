import { describe, expect, it } from 'vitest';
import { correctionsSetOff } from './corrections-set-off.ts';
import { interpret } from './offline-interpreter.ts';
import { call, id, last, t } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('a correction typed between commas or after a full stop', () => {
  it.each([
    ['rename the milk one to oat milk. no, almond milk', 'rename the milk one to oat milk no wait almond milk'],
    ['complete 4, sorry, I meant 14', 'complete 4 no wait 14'],
    ['reopen the gym task, no, the swim one', 'reopen the gym task no wait the swim one'],
    ['tag it home - hmm, no, garden', 'tag it home no wait garden'],
  ])('is said as "no wait": "%s"', (said, meant) => {
    expect(correctionsSetOff(said)).toBe(meant);
  });

  it.each([
    'add no rush: sort the loft',
    'prescription no 55812',
    'move the vet to saturday. no, sunday',
    'push it to tomorrow, no, the day after',
    "the party is back on, so no, don't delete it",
    'the report is not done, sorry, open it again',
  ])('leaves any other "no" as said: "%s"', (said) => {
    expect(correctionsSetOff(said)).toBe(said);
  });

  it.each([
    ['rename the milk one to oat milk. no, almond milk', call('update_task', { title: 'almond milk' }, t('milk'))],
    [
      'change the tags on the garden task to outdoor, no, outdoor and weekend',
      call('update_task', { tags: ['outdoor', 'weekend'] }, t('garden')),
    ],
    ['reopen the gym task, no, the swim one', call('complete_task', { completed: false }, t('swim'))],
    ['mark 6 done. sorry, 9', call('complete_task', {}, id(9))],
    ['complete 4, sorry, I meant 14', call('complete_task', {}, id(14))],
    ['rename 5 to call Jo. no, call Sam', call('update_task', { title: 'call Sam' }, id(5))],
  ])('reads the corrected request: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    'done with the ironing. hmm, no, not quite',
    'the plant watering: daily. no, make that every 3 days',
    'rename the car service to MOT - hmm, no, leave the name, just make it low',
    'move the gym to tomorrow no wait the day after',
  ])('asks when what is corrected cannot be told, never reading the words taken back: "%s"', (sentence) => {
    expect(read(sentence).kind).toBe('help');
  });
});

describe('a task named in place of "it" or "that"', () => {
  it.each([
    ['delete that, I mean the task I just added', call('delete_task', {}, last)],
    ['mark it done I mean the water bill', call('complete_task', {}, t('water bill'))],
    ['move it to friday, I mean the dentist', call('set_due_date', { date: 'friday' }, t('dentist'))],
  ])('reads the request of the task named: "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// "make the chem lab weekly" may change a task's rule or add a chore made so: asked, never a task titled "the chem lab";
// a thing chores make ("make the bed every morning") is a new task, and said plainly either way, it is done.

describe('"make the … <rule>"', () => {
  it.each(['make the chem lab weekly', 'make the seminar every other week', 'make my stats tut every tuesday'])(
    'asks on "%s"',
    (sentence) => {
      const reading = interpret(sentence);
      expect(reading.kind).toBe('help');
      expect(reading.kind === 'help' && reading.reason).toMatch(/repeat/);
    },
  );

  it.each(['make the bed every morning', 'make my lunch daily'])('adds the chore "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'create_recurring' });
  });

  it.each([
    ['make the chem lab repeat weekly', call('update_task', { recurring: 'weekly' }, t('chem lab'))],
    ['make the gym one fortnightly', call('update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, t('gym'))],
    ['make the bins task every other week', call('update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, t('bins'))],
    ['add make the bed daily', call('create_recurring', { title: 'make the bed', pattern: 'daily' })],
    ['make the dinner reservation for friday', call('add_task', { title: 'make the dinner reservation', due_date: 'friday' })],
  ])('reads "%s" as said', (sentence, reading) => {
    expect(interpret(sentence)).toEqual(reading);
  });
});

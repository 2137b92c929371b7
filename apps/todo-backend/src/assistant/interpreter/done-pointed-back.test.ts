import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('news that a task with a rule word in its title is done, then "tick it off"', () => {
  it.each([
    ['weekly sync sent, tick it off', 'weekly sync'],
    ['daily vitamins taken - mark it done', 'daily vitamins'],
    ['monthly report submitted, mark it as done please', 'monthly report'],
    ['the weekly newsletter is sent, tick it off please', 'weekly newsletter'],
  ])('completes it, never a new series: "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual(call('complete_task', {}, t(title)));
  });

  it('still makes a series when the rule comes first and nothing is done', () => {
    expect(read('weekly: water the plants')).toEqual(call('create_recurring', { title: 'water the plants', pattern: 'weekly' }));
  });
});

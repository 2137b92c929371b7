import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

// A tag said to be wrong on a task: that tag comes off.
describe('the offline interpreter on a tag said to be wrong', () => {
  it.each([
    ['the boiler task is tagged garden by mistake, take it off', { title: 'boiler' }, 'garden'],
    ['the boiler task is tagged garden by mistake', { title: 'boiler' }, 'garden'],
    ["the pharmacy run shouldn't be under errands anymore", { title: 'pharmacy run' }, 'errands'],
    // In other words.
    ['4 should not be tagged work', { id: 4 }, 'work'],
    ['the gym was labelled urgent in error - remove the tag', { title: 'gym' }, 'urgent'],
  ])('takes the tag off in "%s"', (sentence, target, tag) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', tool: 'remove_tag', args: { tag }, target });
  });

  it('never takes off a project read as a tag', () => {
    expect(interpret("the report shouldn't be under Work", known)).not.toMatchObject({ tool: 'remove_tag' });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Taking a thing off a list removes that task.

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Groceries', 'Work'] });

describe('a thing taken off a list', () => {
  it.each([
    ['take bread off the groceries list', 'bread'],
    ['take the oat milk off my groceries list', 'oat milk'],
    ['get batteries off the list', 'batteries'],
    ['take the gym off my to-do list', 'gym'],
  ])('deletes "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: { title } });
  });

  it('leaves a label taken off a task to the rules for tags', () => {
    expect(read('take the home label off the bike')).toMatchObject({ kind: 'call', tool: 'remove_tag' });
  });
});

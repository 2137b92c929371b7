import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Two tasks for one thing: no tool merges them, and which one is the extra is not said. Asked, never a listing of a
// tag "milk" or a change to one of them.
describe('the offline interpreter on duplicate tasks', () => {
  it.each([
    'merge the two milk tasks',
    'combine the bread ones into one',
    'dedupe the dentist tasks',
    'there are two milk tasks, get rid of the extra one',
    "I've got two bread ones, delete one",
    'bread is on there twice, delete one of them',
    'milk is on my list twice',
  ])('asks about "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });

  it('still reads a duplicate said by its number, and tasks to add', () => {
    expect(interpret('delete 31, it duplicates 30')).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: { id: 31 } });
    expect(interpret('add merge the two branches')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'merge the two branches' } });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Words to add that go to a task already there, or to two projects: asked, never one new task titled with both.

const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];
const read = (sentence: string) => interpret(sentence, { projects });

describe('where the words of a task to add go', () => {
  it.each([
    "add 'Manic Monday' to the playlist task",
    'add "Friday I\'m in Love" to the wedding playlist task',
    'add buy nails to task 5',
    'add sunscreen to the packing one',
    'put order the cake on the party task',
    'add ink to Work and milk to Groceries',
    'add prune the roses to Garden Club and fix the tap to Home Projects',
    'add eggs to groceries and the memo to work',
  ])('asks on "%s"', (sentence) => {
    expect(read(sentence).kind).toBe('help');
  });

  it.each([
    ['add eggs to Groceries', { title: 'eggs', project: 'Groceries' }],
    ['add buy milk and eggs to Groceries', { title: 'buy milk and eggs', project: 'Groceries' }],
    ['add send the task list to Sam', { title: 'send the task list to Sam' }],
  ])('adds "%s"', (sentence, args) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it('still reads a tag or a subtask said so', () => {
    expect(read('add #errands to the post office task')).toMatchObject({ tool: 'add_tag', target: { title: 'post office' } });
    expect(read('add book the van as a subtask of the move')).toMatchObject({ tool: 'add_subtask', target: { title: 'move' } });
  });
});

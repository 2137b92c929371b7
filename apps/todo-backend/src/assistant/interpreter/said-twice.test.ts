import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { saidOnce } from './said-twice.ts';

// A request sent twice, or with its request word doubled, is read once.

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a request said twice', () => {
  it.each([
    ['add milk add milk', 'add milk'],
    ['delete 7, delete 7', 'delete 7'],
    ['rename 8 to buy bread rename 8 to buy bread', 'rename 8 to buy bread'],
    ['add add call the bank', 'add call the bank'],
    ['new task new task fix the gate', 'new task fix the gate'],
    ['mark mark 6 done', 'mark 6 done'],
  ])('reads "%s" as "%s"', (said, once) => {
    expect(saidOnce(said)).toBe(once);
  });

  it.each(['no no not that one', 'ok ok', 'bye bye', 'add buy bread and bread rolls', 'add additional storage', 'add call mum call dad'])(
    'leaves "%s" as said',
    (said) => {
      expect(saidOnce(said)).toBe(said);
    },
  );

  it.each([
    ['add milk add milk', 'add_task', { title: 'milk' }],
    ['add add call the bank', 'add_task', { title: 'call the bank' }],
    ['new task new task fix the gate', 'add_task', { title: 'fix the gate' }],
    ['mark mark 6 done', 'complete_task', {}],
    ['delete 7 delete 7', 'delete_task', {}],
  ])('reads "%s" once', (said, tool, args) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool, args });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { ASK_TASK_BY_DATE } from './task-said-by-its-date.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a task described by its date, not its title', () => {
  it.each(['rename the thing for friday to bake sale cakes', 'move the one on monday to tuesday', 'delete the thing for tomorrow'])(
    'asks which task: %s',
    (said) => {
      expect(interpret(said, known)).toEqual({ kind: 'help', reason: ASK_TASK_BY_DATE });
    },
  );

  it.each([
    ['rename the monday task to tuesday prep', 'update_task', { title: 'monday' }],
    ['delete the dentist, the one on friday', 'delete_task', { title: 'dentist' }],
    ['move the one for the school to friday', 'set_due_date', { title: 'school' }],
  ])('reads a title that is named: %s', (said, tool, target) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool, target });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('the day after or before the one a task is on', () => {
  it.each([
    ['the dentist can go the day after', 'P1D', { title: 'dentist' }],
    ['move the dentist to the day after', 'P1D', { title: 'dentist' }],
    ['push it to the day before', '-P1D', { last: true }],
  ])('moves the task a day from its own date: %s', (said, by, target) => {
    expect(interpret(said, known)).toEqual({ kind: 'call', tool: 'postpone_task', args: { by }, target });
  });

  it('leaves the day after tomorrow a date', () => {
    expect(interpret('move it to the day after tomorrow', known)).toMatchObject({
      tool: 'set_due_date',
      args: { date: 'the day after tomorrow' },
    });
  });
});

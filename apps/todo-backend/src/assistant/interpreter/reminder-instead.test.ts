import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { reminderInstead } from './reminder-instead.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a reminder changed, said with what it replaces', () => {
  it.each([
    ['remind me about it first thing monday instead', { at: 'monday morning' }, { last: true }],
    ['the plumber reminder should go off an hour before now, not 15 min', { before: '1h' }, { title: 'plumber' }],
    ['can the reminder for the vet be 10 min before instead of an hour', { before: '10m' }, { title: 'vet' }],
  ])('%s', (said, args, target) => {
    expect(interpret(said, known)).toEqual({ kind: 'call', tool: 'set_reminder', args, target });
  });

  it.each([
    'remind me to call mum, not dad',
    'remind me to buy milk now',
    'remind me not to forget the keys',
    'make the gym reminder 7am instead',
  ])('leaves a new reminder as said: %s', (said) => {
    expect(reminderInstead(said)).toBe(said);
  });
});

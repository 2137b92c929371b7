import { describe, expect, it } from 'vitest';
import { ASK_ONE_MOVE, ASK_WHICH_DAY } from './new-date-unread.ts';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a new due date that names no day', () => {
  it.each(['shift the call to the afternoon', 'move the dentist to the morning', 'push the vet to the evening'])(
    'asks which day: %s',
    (said) => {
      expect(interpret(said, known)).toEqual({ kind: 'help', reason: ASK_WHICH_DAY });
    },
  );

  it.each([
    ['postpone the decorating until after the holidays', 'after the holidays'],
    ['delay the boiler service until the builders are gone', 'the builders are gone'],
    ['make error probe due the twelfth of never', 'the twelfth of never'],
  ])('says which words it could not read as a date, and asks which day: %s', (said, date) => {
    expect(interpret(said, known)).toEqual({ kind: 'help', reason: `I could not read "${date}" as a date. ${ASK_WHICH_DAY}` });
  });

  it.each([
    ['move the call to this afternoon', 'this afternoon'],
    ['move the dentist to tomorrow morning', 'tomorrow morning'],
    ['push the vet to friday evening', 'friday evening'],
    ['move the MOT to the week after next', 'the week after next'],
  ])('reads a day said with its part of the day: %s', (said, date) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool: 'set_due_date', args: { date } });
  });

  it.each([
    'move the dentist to friday and the vet to monday',

    'push 3 to monday, then 5 to the 3rd',
  ])('asks for one move at a time: %s', (said) => {
    expect(interpret(said, known)).toEqual({ kind: 'help', reason: ASK_ONE_MOVE });
  });
});

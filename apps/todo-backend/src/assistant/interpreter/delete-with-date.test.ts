import { describe, expect, it } from 'vitest';
import { ASK_DELETE_A_DAY, ASK_DELETE_ONE_DATE, ASK_DELETE_OR_ERRAND } from './delete-with-date.ts';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a deletion whose task words end in a time to come', () => {
  it.each([
    'cancel netflix 3:15 tmrw',
    'cancel the gym membership by friday',
    'cancel my dentist appointment tomorrow at 10',
    'remove the call with mom on sunday',
    'delete the newsletter next week',
  ])('asks whether to delete or to add an errand: %s', (said) => {
    expect(interpret(said, known)).toEqual({ kind: 'help', reason: ASK_DELETE_OR_ERRAND });
  });

  it.each(['scrap tuesday', 'delete friday', 'bin next week', 'cancel saturday'])(
    'asks whether a day alone means everything due then: %s',
    (said) => {
      expect(interpret(said, known)).toEqual({ kind: 'help', reason: ASK_DELETE_A_DAY });
    },
  );

  it.each(["cancel this saturday's match", "scrap tomorrow's training", "bin next week's newsletter"])(
    'asks whether one date or the whole task: %s',
    (said) => {
      expect(interpret(said, known)).toEqual({ kind: 'help', reason: ASK_DELETE_ONE_DATE });
    },
  );

  it.each([
    ["delete mum's birthday card", { title: "mum's birthday card" }],
    ['delete friday drinks', { title: 'friday drinks' }],
    ['delete the friday meeting', { title: 'friday meeting' }],
    ['scrap the quiz night', { title: 'quiz night' }],
    ['cancel task 4', { id: 4 }],
    ['delete the dentist task', { title: 'dentist' }],
  ])('still deletes when no time ends the task words: %s', (said, target) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool: 'delete_task', target });
  });
});

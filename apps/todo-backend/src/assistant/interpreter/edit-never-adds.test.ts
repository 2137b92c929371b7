import { describe, expect, it } from 'vitest';
import { ASK_ADD_OR_MOVE } from './edit-never-adds.ts';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a task named with "the" made a date', () => {
  it.each(['make the timesheet EOD', 'make the bed tomorrow', 'can you make the report friday'])(
    'asks whether to add or move: %s',
    (said) => {
      expect(interpret(said, known)).toEqual({ kind: 'help', reason: ASK_ADD_OR_MOVE });
    },
  );

  it.each([
    ['add make the bed tomorrow', 'add_task'],
    ['make a cake saturday', 'add_task'],
    ['make the timesheet due EOD', 'set_due_date'],
    ['make the dentist thursday at 4 instead', 'set_due_date'],
  ])('reads it when the words say which: %s', (said, tool) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool });
  });
});

describe('a change that goes on to rename what it changed', () => {
  it.each(['make training monday and wednesday and call it winter training', 'make u12s saturday and sunday and name it weekend camp'])(
    'never adds a task: %s',
    (said) => {
      expect(interpret(said, known)).toMatchObject({ kind: 'help' });
    },
  );

  it.each([
    ['make the training every monday and wednesday and call it winter training', 'update_task'],
    ['add a task for the fete and call it fete prep', 'add_task'],
    ['make a cake for saturday and call it a day', 'add_task'],
  ])('reads it when the words say which: %s', (said, tool) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool });
  });
});

describe('a task to add whose title is itself a change of a task named so', () => {
  it.each(['I keep meaning to rename the boiler one', 'remember to tag the vet one', 'I need to rename the gym task'])(
    'is asked about: %s',
    (said) => {
      expect(interpret(said, known)).toMatchObject({ kind: 'help' });
    },
  );

  it.each([
    ['add rename the files task', 'add_task'],
    ['I keep meaning to call the bank', 'add_task'],
    ['remember to delete the old photos', 'add_task'],
  ])('is added when the title names no task of the list, or "add" says so: %s', (said, tool) => {
    expect(interpret(said, known)).toMatchObject({ kind: 'call', tool });
  });

  it.each(['the notes on 14 are out of date - start 3 March', 'pharmacy run — new name: Boots, prescription + sun cream tomorrow'])(
    'is never added when a field or an arrow is said before its words: %s',
    (said) => {
      expect(interpret(said, known)).not.toMatchObject({ tool: 'add_task' });
    },
  );

  it('is added when a new task is asked for in the sentence, or the field is in its words', () => {
    expect(interpret('please you create a new task, the name is Buy present for Anna', known)).toMatchObject({ tool: 'add_task' });
    expect(interpret('need to update the notes for the meeting tomorrow', known)).toMatchObject({ tool: 'add_task' });
  });
});

describe('a level given to a task named with "the", said as a need', () => {
  it.each(["maybe I should make the garden stuff high priority? idk, I'll decide tomorrow", 'I should make the boiler one urgent'])(
    'adds no task for %j',
    (phrase) => {
      expect(interpret(phrase).kind).toBe('help');
    },
  );

  it('still adds a chore with its level after a comma', () => {
    expect(interpret('I need to make the slides, high priority')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'make the slides', priority: 'high' },
    });
  });
});

describe('a task pointed back at and moved after news of it', () => {
  it.each(["I've got so much on at work, the dentist will have to wait, put it back a week", 'the dentist can wait, put it back a week'])(
    'adds no task "it back a week" for %j',
    (phrase) => {
      const reading = interpret(phrase);
      expect(reading.kind === 'call' && reading.tool).not.toBe('add_task');
    },
  );
});

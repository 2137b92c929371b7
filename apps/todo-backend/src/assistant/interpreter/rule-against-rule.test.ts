import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A task named as a label, then a new rule set against its old one, changes that task's rule; it never adds a series.

describe('a labelled task with its new rule set against the old one', () => {
  it.each([
    ['locker cleanout - monthly not weekly pls', 'monthly', 'locker cleanout'],
    ['the gym: every tuesday instead of every day', 'FREQ=WEEKLY;BYDAY=TU', 'gym'],
    ['bins, weekly not daily', 'weekly', 'bins'],
    ['car wash — every other week rather than weekly', 'FREQ=WEEKLY;INTERVAL=2', 'car wash'],
  ])('"%s"', (sentence, recurring, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target: { title } });
  });

  it.each([
    // A label and one rule is a new series, as before.
    ['meal prep - repeat every monday', 'create_recurring'],
    // A request said first is read as that request.
    ['add gym - every tuesday', 'create_recurring'],
  ])('leaves "%s" as it was', (sentence, tool) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool });
  });

  it('leaves days set against days to the moves', () => {
    expect(interpret('the report - friday not monday')).not.toMatchObject({ tool: 'update_task', args: { recurring: expect.anything() } });
  });
});

describe('a task to add with a rule set against another', () => {
  it('takes the rule said, not the one after "not"', () => {
    expect(interpret('add water the plants - daily not weekly')).toEqual({
      kind: 'call',
      tool: 'create_recurring',
      args: { title: 'water the plants', pattern: 'daily' },
    });
  });
});

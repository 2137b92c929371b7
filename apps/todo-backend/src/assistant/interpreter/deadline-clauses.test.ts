import { describe, expect, it } from 'vitest';
import { resolveDate } from '../dates.ts';
import { deadlineClauseSaid } from './deadline-clauses.ts';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

// A new task's deadline said as a clause after its title is the task's due date, never words of the title.

describe("a new task's deadline said as a clause", () => {
  it.each([
    ['add the geography essay, has to be in by the 3rd', 'the geography essay', 'the 3rd'],
    ['add renew the TV licence, deadline 2 march', 'renew the TV licence', '2 march'],
    ['add book the caterers, must be done no later than friday', 'book the caterers', 'friday'],
    ["new task: council tax appeal, I've got till the 20th", 'council tax appeal', 'the 20th'],
    ['add pay the builder, the 28th is the deadline', 'pay the builder', 'the 28th'],
    ['add file the planning comments; cutoff is monday', 'file the planning comments', 'monday'],
    ['add the pitch deck - 6 days to go', 'the pitch deck', 'in 6 days'],
    ['create send the minutes round, it needs to be sent before tuesday', 'send the minutes round', 'tuesday'],
  ])('reads "%s" as a task due then', (sentence, title, due_date) => {
    expect(interpret(sentence)).toEqual(call('add_task', { title, due_date }));
  });

  it.each([
    'add chase the deadline extension',
    'add book the venue, must be done properly',
    'add the reading list, deadline for it unclear',
    'add read up on the new filing deadlines',
    'the essay has to be in by the 14th',
    'add the cutoff saw to the shopping',
  ])('leaves "%s" as it is', (sentence) => {
    expect(deadlineClauseSaid(sentence)).toBe(sentence);
  });

  it('reads "end of play" as the end of the working day', () => {
    expect(resolveDate('end of play friday', 'UTC', new Date('2026-01-22T12:00:00Z')).toISOString()).toBe('2026-01-23T17:00:00.000Z');
  });
});

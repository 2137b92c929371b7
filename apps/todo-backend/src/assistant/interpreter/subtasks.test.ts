import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on subtasks and order', () => {
  it.each([
    ['add a subtask to plan trip: book hotel', 'plan trip', 'book hotel'],
    ['Add a subtask to "plan trip": book hotel.', 'plan trip', 'book hotel'],
    ['add book hotel under plan trip', 'plan trip', 'book hotel'],
    ['add a subtask book hotel to plan trip', 'plan trip', 'book hotel'],
    ['create a sub-task for #12: call the agency', undefined, 'call the agency'],
    ['add pack bags as a subtask of task 7', undefined, 'pack bags'],
  ])('reads "%s" as add_subtask', (sentence, parentTitle, title) => {
    const meaning = interpret(sentence);
    expect(meaning).toMatchObject({ kind: 'call', tool: 'add_subtask', args: { title } });
    if (meaning.kind !== 'call') return;
    if (parentTitle) expect(meaning.target).toEqual({ title: parentTitle });
    else expect(meaning.target).toHaveProperty('id');
  });

  it('reads moves under a task, next to a sibling and to the top level', () => {
    expect(interpret('move book hotel under plan trip')).toMatchObject({
      tool: 'move_task',
      args: { parent: 'plan trip' },
      target: { title: 'book hotel' },
    });
    expect(interpret('move 5 after 3')).toMatchObject({ tool: 'move_task', args: { after: 3 }, target: { id: 5 } });
    expect(interpret('put book hotel before pack bags')).toMatchObject({ tool: 'move_task', args: { before: 'pack bags' } });
    expect(interpret('move book hotel to the top level')).toMatchObject({ tool: 'move_task', args: { parent: null } });
  });

  it.each([
    ['put "urgent - ring before 9" in the notes of the boiler task', 'urgent - ring before 9', 'boiler'],
    ['put "call after 5" on the notes for the gym', 'call after 5', 'gym'],
    ['add "lay the table under the window" to the notes of the party task', 'lay the table under the window', 'party'],
  ])('reads an order word inside a quote as the quote\'s: "%s"', (sentence, description, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { description }, target: { title } });
  });

  it.each([
    ['reschedule the MOT for the week after next', { date: 'the week after next' }],
    ['move the call with Gran to the week after next', { date: 'the week after next' }],
    ['push the gutters to the weekend after next', { date: 'the weekend after next' }],
  ])('reads "after" inside a date as the date\'s: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'set_due_date', args });
  });

  it('asks when "after" starts a date it cannot read', () => {
    expect(interpret('move the decorating to after the holidays')).toMatchObject({ kind: 'help' });
    expect(interpret('postpone the decorating until after the holidays')).toMatchObject({ kind: 'help' });
  });

  it('still reads a move between quoted titles', () => {
    expect(interpret('move "pack bags" before "book hotel"')).toMatchObject({ tool: 'move_task', args: { before: 'book hotel' } });
  });

  it('leaves the project and rescheduling sentences as they were', () => {
    expect(interpret('move the report to Work', { projects: ['Work'] })).toMatchObject({ tool: 'move_task', args: { project: 'Work' } });
    expect(interpret('add milk to Groceries', { projects: ['Groceries'] })).toMatchObject({ tool: 'add_task' });
    expect(interpret('add buy milk tomorrow')).toMatchObject({ tool: 'add_task' });
  });

  it.each([
    ['move the vet to after this weekend', 'after this weekend'],
    ['move the vet to after the weekend', 'after the weekend'],
    ['move the vet after the weekend', 'after the weekend'],
  ])('reads "%s" as a move to a day, not beside a task', (sentence, date) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target: { title: 'vet' } });
  });

  it.each(['move the vet to after lunch', 'move the vet to before friday', 'move it to after christmas'])(
    'asks which day for "%s"',
    (sentence) => {
      expect(interpret(sentence)).toMatchObject({ kind: 'help', reason: expect.stringContaining('To which day?') });
    },
  );
});

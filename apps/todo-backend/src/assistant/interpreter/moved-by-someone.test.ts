import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A task moved by whoever it is with, said as news: the move it asks for, on the thing moved, or on the one whose date
// ("the deadline") was moved.
describe('the offline interpreter on a task moved by someone else', () => {
  it.each([
    ['client pushed the call to next wed', { date: 'next wed' }, { title: 'call' }],
    ['the Hendersons want me wednesday instead of tuesday', { date: 'wednesday' }, { title: 'Hendersons' }],
    // In other words.
    ['the client moved the kickoff to monday 10am', { date: 'monday 10am' }, { title: 'kickoff' }],
    ['Bob brought the deadline forward to wednesday', { date: 'wednesday' }, { title: 'Bob' }],
    ['I moved the call to friday', { date: 'friday' }, { title: 'call' }],
    ['Mrs Patel wants us on saturday instead', { date: 'saturday' }, { title: 'Mrs Patel' }],
    ['Acme rescheduled the workshop for the 3rd', { date: 'the 3rd' }, { title: 'workshop' }],
  ])('moves the task in "%s"', (sentence, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args, target });
  });

  it.each([
    ['Acme moved the deadline back two days', { by: 'P2D' }, { title: 'Acme' }],
    // In other words.
    ['Mrs Patel put back the survey by a week', { by: 'P1W' }, { title: 'survey' }],
    ['the client pushed their deadline back 3 days', { by: 'P3D' }, { title: 'client' }],
  ])('shifts the task in "%s"', (sentence, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'postpone_task', args, target });
  });

  it.each(['Tom moved house to Leeds', "don't cancel the Henderson job, they just rescheduled"])('reads no move into "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });
});

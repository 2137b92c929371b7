import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const projects = ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'];

describe('a title said to be actually another', () => {
  it.each([
    ['call the tiler is actually call the plasterer', 'call the plasterer', 'call the tiler'],
    ['buy paint should really be buy primer', 'buy primer', 'buy paint'],
  ])('%s renames the task', (said, title, ref) => {
    expect(interpret(said, { projects })).toEqual({ kind: 'call', tool: 'update_task', args: { title }, target: { title: ref } });
  });

  it.each(['the dentist is actually the vet', 'the report is actually done', 'that is actually fine'])('%s is no new title', (said) => {
    const reading = interpret(said, { projects });
    expect(reading.kind === 'call' && reading.tool === 'update_task' && 'title' in reading.args).toBe(false);
  });
});

describe('a new time said as what the task actually is', () => {
  it.each([
    ['oh and the vet appointment is actually at 4:30 tomorrow, not 3, I misheard', '4:30 tomorrow', 'vet appointment'],
    ['the dentist is actually on friday', 'friday', 'dentist'],
  ])('%s', (phrase, date, title) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target: { title } });
  });
});

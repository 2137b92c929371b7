import { describe, expect, it } from 'vitest';
import { asCall, meaning } from '../eval/language-eval.ts';
import { type Interpretation, interpret, type KnownNames } from './offline-interpreter.ts';

const known: KnownNames = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const call = (tool: string, args: Record<string, unknown>): Interpretation => ({ kind: 'call', tool, args }) as Interpretation;
const readsAs = (said: string, reading: Interpretation) => expect(meaning(asCall(interpret(said, known)))).toBe(meaning(asCall(reading)));

describe('"in" that belongs to "hand in" or "turn in"', () => {
  it.each<[string, Interpretation]>([
    ['add hand in my art project fri', call('add_task', { title: 'hand in my art project', due_date: '2026-01-23' })],
    ['add turn in the science project', call('add_task', { title: 'turn in the science project' })],
    ['need to hand in my history project by monday', call('add_task', { title: 'hand in my history project', due_date: '2026-01-26' })],
    ['add handing in the group project', call('add_task', { title: 'handing in the group project' })],
  ])('reads %j as a task, not a project to put it in', readsAs);

  it.each(['add sketches to my art project', 'add hand in the essay to the Camping project', 'put the poster in the science project'])(
    'still asks about a project the caller does not have: %j',
    (said) => {
      expect(interpret(said, known).kind).toBe('help');
    },
  );
});

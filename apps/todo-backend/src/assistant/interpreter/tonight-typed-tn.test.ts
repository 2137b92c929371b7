import { describe, expect, it } from 'vitest';
import { asCall, meaning } from '../eval/language-eval.ts';
import { type Interpretation, interpret, type KnownNames } from './offline-interpreter.ts';

const known: KnownNames = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const call = (tool: string, args: Record<string, unknown>): Interpretation => ({ kind: 'call', tool, args }) as Interpretation;
const readsAs = (said: string, reading: Interpretation) => expect(meaning(asCall(interpret(said, known)))).toBe(meaning(asCall(reading)));

describe('"tn" for tonight', () => {
  it.each<[string, Interpretation]>([
    ['add revise chem tn', call('add_task', { title: 'revise chem', due_date: 'tonight' })],
    ['add call nan tn at 7', call('add_task', { title: 'call nan', due_date: '2026-01-22 19:00' })],
    ['remind me to text ella tn', call('add_task', { title: 'text ella', due_date: 'tonight', remind_before: '0m' })],
    ['add pack my pe bag tn!', call('add_task', { title: 'pack my pe bag', due_date: 'tonight' })],
  ])('reads %j', readsAs);

  it('keeps "tn" inside a title', () => {
    readsAs('add buy tn plates for the party', call('add_task', { title: 'buy tn plates for the party' }));
  });
});

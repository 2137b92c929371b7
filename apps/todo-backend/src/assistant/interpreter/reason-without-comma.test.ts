import { describe, expect, it } from 'vitest';
import { asCall, meaning } from '../eval/language-eval.ts';
import { type Interpretation, interpret, type KnownNames } from './offline-interpreter.ts';
import { isTakenBack } from './taken-back.ts';

const known: KnownNames = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const call = (tool: string, args: Record<string, unknown>, target?: object): Interpretation =>
  (target ? { kind: 'call', tool, args, target } : { kind: 'call', tool, args }) as Interpretation;
const t = (title: string) => ({ title });
const readsAs = (said: string, reading: Interpretation) => expect(meaning(asCall(interpret(said, known)))).toBe(meaning(asCall(reading)));

describe('a reason typed after the request without a comma', () => {
  it.each<[string, Interpretation]>([
    ['delete the maths thing i finished it already', call('delete_task', {}, t('maths'))],
    ['bin the dentist one we went last week', call('delete_task', {}, t('dentist'))],
    ['stop the gym one repeating its so boring', call('update_task', { recurring: null }, t('gym'))],
    ['push the gym to tmrw bc im dead', call('set_due_date', { date: 'tomorrow' }, t('gym'))],
    ['move the chem one to monday cuz its due then', call('set_due_date', { date: '2026-01-26' }, t('chem'))],
    ['mark the geo thing done its in', call('complete_task', {}, t('geo'))],
    ['tag the maths thing as school bc its school', call('add_tag', { tag: 'school' }, t('maths'))],
    ['make the geo one low priority its not due for ages', call('set_priority', { priority: 'low' }, t('geo'))],
  ])('reads %j', readsAs);

  it.each<[string, Interpretation]>([
    // "its" before a field is the task's own, and "to its …" is a new value.
    ['rename the essay one to its final form', call('update_task', { title: 'its final form' }, t('essay'))],
    ['rename the vet to vet (Dr Ali) and clear its date', call('update_task', { title: 'vet (Dr Ali)', due_date: null }, t('vet'))],
    // A task to add keeps every word.
    ['add fix my bike bc its broken', call('add_task', { title: 'fix my bike bc its broken' })],
  ])('keeps words that are no reason: %j', readsAs);

  it('leaves a clause that says which task', () => {
    expect(interpret('delete the one i added yesterday', known).kind).not.toBe('call');
    readsAs('delete the one i just added', call('delete_task', {}, { last: true }));
    readsAs('rename the one we just made to buy glue', call('update_task', { title: 'buy glue' }, { last: true }));
  });
});

describe('a request taken back by keeping the task', () => {
  it.each([
    'delete the maths thing... actually nvm keep it',
    'bin it, no wait leave it',
    'yeet the chem one nah keep it pls',
    'delete 6 actually no leave it for now',
  ])('changes nothing: %j', (said) => {
    expect(isTakenBack(said)).toBe(true);
  });

  it.each(['delete the old one and keep it simple', 'add keep it clean to the list', 'rename it to keep it real'])(
    'reads a request that keeps nothing back: %j',
    (said) => {
      expect(isTakenBack(said)).toBe(false);
    },
  );
});

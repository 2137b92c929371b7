import { describe, expect, it } from 'vitest';
import { asCall, meaning } from '../eval/language-eval.ts';
import { type Interpretation, interpret, type KnownNames } from './offline-interpreter.ts';
import { withoutTextedAsides } from './texted-asides.ts';

const known: KnownNames = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const call = (tool: string, args: Record<string, unknown>, target?: object): Interpretation =>
  (target ? { kind: 'call', tool, args, target } : { kind: 'call', tool, args }) as Interpretation;
const t = (title: string) => ({ title });
/** A reading compared by meaning, as the corpus is: "friday 00:00" and "2026-01-23 00:00" are one instant. */
const readsAs = (said: string, reading: Interpretation) => expect(meaning(asCall(interpret(said, known)))).toBe(meaning(asCall(reading)));

describe('a word held down', () => {
  it.each([
    ['add get new socks plzzz', 'add get new socks plz'],
    ['tick off the maths thing finallyyyy', 'tick off the maths thing finally'],
    ['soooo what do i have tmrw', 'so what do i have tmrw'],
    ['we need to leave sooooon', 'we need to leave soon'],
    ['is the bio thing stilll on', 'is the bio thing still on'],
  ])('reads %j as %j', (said, read) => {
    expect(withoutTextedAsides(said)).toBe(read);
  });

  it.each([
    ['add buy aaa batteries', 'add buy aaa batteries'],
    ['add watch Rocky III', 'add watch Rocky III'],
    ['add book the zzz sleep study', 'add book the zzz sleep study'],
  ])('keeps one letter typed over on purpose: %j', (said, read) => {
    expect(withoutTextedAsides(said)).toBe(read);
  });
});

describe('a hedge that only sets the tone', () => {
  it.each<[string, Interpretation]>([
    ['tbh i need to email my tutor tmrw', call('add_task', { title: 'email my tutor', due_date: 'tomorrow' })],
    ['highkey add buy a phone charger', call('add_task', { title: 'buy a phone charger' })],
    ['bruh the physics one is done', call('complete_task', {}, t('physics'))],
    ['fr fr whats overdue', call('filter_tasks', { due: 'overdue' })],
    ['nah rename it to chem lab report', call('update_task', { title: 'chem lab report' }, { last: true })],
    ['wait whats on friday', call('filter_tasks', { due_after: '2026-01-23 00:00', due_before: '2026-01-24 00:00' })],
    ['i lowkey have to return the hoodie to zara', call('add_task', { title: 'return the hoodie to zara' })],
    ['the maths revision can wait tbh', call('set_priority', { priority: 'low' }, t('maths revision'))],
    ['so stressed 😩 whats due this week', call('filter_tasks', { due: 'this_week' })],
  ])('reads %j', readsAs);

  it.each<[string, Interpretation]>([
    // The words are the task's own, not a hedge: "wait for" is a thing to do, "nah" inside a title stays.
    ['add wait for the parcel from dpd', call('add_task', { title: 'wait for the parcel from dpd' })],
    ['add buy a lowkey birthday gift for dad', call('add_task', { title: 'buy a lowkey birthday gift for dad' })],
  ])('keeps words that are the task: %j', readsAs);

  it('asks about a bulk delete with a hedge around it', () => {
    expect(interpret('ngl just delete everything', known).kind).not.toBe('call');
  });
});

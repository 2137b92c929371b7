import { describe, expect, it } from 'vitest';
import { asCall, meaning } from '../eval/language-eval.ts';
import { type Interpretation, interpret, type KnownNames } from './offline-interpreter.ts';

const known: KnownNames = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const call = (tool: string, args: Record<string, unknown>, target?: object): Interpretation =>
  (target ? { kind: 'call', tool, args, target } : { kind: 'call', tool, args }) as Interpretation;
const t = (title: string) => ({ title });
const readsAs = (said: string, reading: Interpretation) => expect(meaning(asCall(interpret(said, known)))).toBe(meaning(asCall(reading)));

describe('an emoji that stands for a word', () => {
  it.each<[string, Interpretation]>([
    ['❗ the maths thing', call('set_priority', { priority: 'high' }, t('maths'))],
    ['the geo one ❗', call('set_priority', { priority: 'high' }, t('geo'))],
    ['the drama one ‼️ pls', call('set_priority', { priority: 'high' }, t('drama'))],
    ['🚨 task 9', call('set_priority', { priority: 'high' }, { id: 9 })],
    ['add finish the poster ❗❗', call('add_task', { title: 'finish the poster', priority: 'high' })],
    [
      'add return the library laptop tmrw ❗',
      call('add_task', { title: 'return the library laptop', due_date: 'tomorrow', priority: 'high' }),
    ],
    ['📅 maths thing to next weds', call('set_due_date', { date: '2026-01-28' }, t('maths'))],
    ['🗓️ the dentist one to friday 4pm', call('set_due_date', { date: '2026-01-23 16:00' }, t('dentist'))],
  ])('reads %j', readsAs);

  it.each<[string, Interpretation]>([
    // A calendar before a question is a reaction: the question is read as it is.
    ['📅 whats due friday', call('filter_tasks', { due_after: '2026-01-23 00:00', due_before: '2026-01-24 00:00' })],
    // A mark inside a title is the title's.
    ['add make a ❗ sign for the door', call('add_task', { title: 'make a ❗ sign for the door' })],
  ])('leaves a mark that stands for no request: %j', readsAs);
});

describe('"yeet" for getting rid of a thing', () => {
  it.each<[string, Interpretation]>([
    ['yeet the maths task', call('delete_task', {}, t('maths'))],
    ['yeet it', call('delete_task', {}, { last: true })],
    ['pls yeet the dentist one', call('delete_task', {}, t('dentist'))],
    ['yeet 14', call('delete_task', {}, { id: 14 })],
    // A task to add keeps the word.
    ['add yeet the old sofa', call('add_task', { title: 'yeet the old sofa' })],
  ])('reads %j', readsAs);

  it.each(['yeet everything', 'yeet all my tasks', 'yeet the whole list'])('asks before getting rid of every task: %j', (said) => {
    expect(interpret(said, known).kind).not.toBe('call');
  });
});

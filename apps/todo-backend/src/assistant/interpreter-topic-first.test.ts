import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a task named first, then the request', () => {
  it.each([
    ['the task with the car, rename it to car inspection', 'update_task', { title: 'car inspection' }, 'car'],
    ['the todo about the visa, move it to friday', 'set_due_date', { date: 'friday' }, 'visa'],
    ['the task for the dentist: tag it health', 'add_tag', { tag: 'health' }, 'dentist'],
    ['This task with the boiler I have sorted, mark it done', 'complete_task', {}, 'boiler'],
    ['the vet one, delete it please', 'delete_task', {}, 'vet'],
    ['the task of the gutters, remove', 'delete_task', {}, 'gutters'],
    ['my task about the lease, change the description to: ask for two keys', 'update_task', { description: 'ask for two keys' }, 'lease'],
  ])('reads "%s"', (sentence, tool, args, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args, target: { title } });
  });

  it.each([
    [
      'I noticed the dentist task has no details - add a note saying bring the x-rays',
      'update_task',
      { description: 'bring the x-rays' },
      'dentist',
    ],
    ['ok so the gym one is cancelled this week, move it to next monday', 'set_due_date', { date: 'next monday' }, 'gym'],
    ['the club closed so there is no point in the renew membership task, bin it', 'delete_task', {}, 'renew membership'],
    [
      'turns out the passport one needs a photo; add a description: two photos, signed',
      'update_task',
      { description: 'two photos, signed' },
      'passport',
    ],
  ])('finds the task named inside a first clause: "%s"', (sentence, tool, args, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args, target: { title } });
  });

  it('reads a thought about a task as no report of it done', () => {
    expect(interpret('I realised the bank task needs more detail')).toMatchObject({ kind: 'help' });
  });

  it('keeps "the last one" as the task the conversation is about', () => {
    expect(interpret('the last one, delete it')).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target: { last: true } });
  });

  it.each([
    'the task with the car, add a new one called tyres',
    'the weather is awful, delete it',
    'the task with the car, what is it about',
  ])('does not read "%s" as a change to the task named first', (sentence) => {
    const meaning = interpret(sentence);
    if (meaning.kind === 'call' && meaning.target && 'title' in meaning.target) expect(meaning.target.title).not.toBe('car');
  });
});

describe('the offline interpreter on slang for deleting', () => {
  it.each([
    ['nix the dentist task', { title: 'dentist' }],
    ['axe 14', { id: 14 }],
    ['zap task 3', { id: 3 }],
    ['wipe out the old gym task', { title: 'old gym' }],
    ['lose the pottery one', { title: 'pottery' }],
    ['delete for me the task 9', { id: 9 }],
  ])('reads "%s" as a deletion', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target });
  });

  it.each(['lose weight', 'lose 5 kilos by june', 'axe throwing with Sam'])('never deletes on "%s"', (sentence) => {
    const meaning = interpret(sentence);
    expect(meaning.kind === 'call' && meaning.tool === 'delete_task').toBe(false);
  });
});

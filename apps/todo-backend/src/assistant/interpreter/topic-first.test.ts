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
    // The field named with a colon, then what it says: the words are the notes, nothing put before them.
    [
      'the hotel one - notes: late check-in, key in the lockbox',
      'update_task',
      { description: 'late check-in, key in the lockbox' },
      'hotel',
    ],
    ['the visa task: description: two photos', 'update_task', { description: 'two photos' }, 'visa'],
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

describe('the offline interpreter on a task said first without "task", then a clause pointing back', () => {
  it.each([
    ['the task 6 I have made it', 'complete_task', { id: 6 }],
    ['task 6 I finished it', 'complete_task', { id: 6 }],
    ['the laundry I have done it', 'complete_task', { title: 'laundry' }],
    ['the dentist, I did it already', 'complete_task', { title: 'dentist' }],
    ['for the report, it is done', 'complete_task', { title: 'report' }],
    ['the task 5 delete it please', 'delete_task', { id: 5 }],
    ['the gym task you can delete', 'delete_task', { title: 'gym' }],
    ["the gym I don't want it anymore", 'delete_task', { title: 'gym' }],
    ['the gym, remove it', 'delete_task', { title: 'gym' }],
  ])('reads "%s"', (sentence, tool, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args: {}, target });
  });

  it('reads a report in the first clause by the rules for reports: "the report is submitted, you can close it"', () => {
    expect(interpret('the report is submitted, you can close it')).toEqual({
      kind: 'call',
      tool: 'complete_task',
      args: {},
      target: { title: 'report' },
    });
  });
});

describe('the offline interpreter on requests worded as in other languages', () => {
  it.each([
    ['close me the task 5', 'complete_task', { id: 5 }],
    ['make done the task 5', 'complete_task', { id: 5 }],
    ['please put the report in done', 'complete_task', { title: 'report' }],
    ['delete me the task of the gym', 'delete_task', { title: 'gym' }],
    ['cancel me the gym', 'delete_task', { title: 'gym' }],
    ['remove from the list the gym', 'delete_task', { title: 'gym' }],
  ])('reads "%s"', (sentence, tool, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args: {}, target });
  });

  it.each([
    ['add me buy bread', { title: 'buy bread' }],
    ['a new task: buy bread', { title: 'buy bread' }],
    ['new task is buy bread', { title: 'buy bread' }],
    ['I want a new task buy bread tomorrow', { title: 'buy bread', due_date: 'tomorrow' }],
    ['add in my list buy bread', { title: 'buy bread' }],
    ['in my list add buy bread', { title: 'buy bread' }],
    ['tomorrow add buy bread', { title: 'buy bread', due_date: 'tomorrow' }],
    ['for tomorrow add buy bread', { title: 'buy bread', due_date: 'tomorrow' }],
  ])('adds: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it.each([
    ['search me the car', 'car'],
    ['find me the task of the car', 'car'],
    ['which is the task about the car', 'car'],
  ])('searches: "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });

  it('reads "I have tasks overdue?" as a question about what is late', () => {
    expect(interpret('I have tasks overdue?')).toEqual({ kind: 'call', tool: 'filter_tasks', args: { due: 'overdue' } });
  });
});

describe('a task named first, a dash, then a request pointing back at it', () => {
  it.each([
    [
      'the school run - call it school run + breakfast club and make it 7:45 tomorrow',
      'update_task',
      { title: 'school run + breakfast club', due_date: '7:45 tomorrow' },
      'school run',
    ],
    ['the dentist - call it dentist for both kids', 'update_task', { title: 'dentist for both kids' }, 'dentist'],
    ['the vet - delete it', 'delete_task', {}, 'vet'],
  ])('reads "%s"', (phrase, tool, args, title) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool, args, target: { title } });
  });
});

describe('the notes put in by a request that names no task', () => {
  it.each([
    [
      'the thing about the car insurance, put in the notes: renewal quote £412, try the comparison sites',
      { description: 'renewal quote £412, try the comparison sites' },
      { title: 'car insurance' },
    ],
    ['the one about the boiler, put in the notes: Gas Safe only', { description: 'Gas Safe only' }, { title: 'boiler' }],
    ['the dentist, write in the notes: bring the card', { description: 'bring the card' }, { title: 'dentist' }],
    // No task said before it: the one spoken of, never a task called "the".
    ['put in the notes: call first', { description: 'call first' }, { last: true }],
  ])('"%s"', (sentence, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args, target });
  });
});

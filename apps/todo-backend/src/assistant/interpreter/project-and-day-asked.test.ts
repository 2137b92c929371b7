import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Groceries', 'Garden Club'] });

describe('the project a question names in other words', () => {
  it.each([
    ['tasks without a project', { project: 'Inbox' }],
    ['anything not in a project?', { project: 'Inbox' }],
    ['remind me what I have to do at work', { project: 'Work', status: 'pending' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('list_tasks', args));
  });

  it('reads the rest of a question that starts with the project', () => {
    expect(read('work stuff for tomorrow?')).toEqual(call('filter_tasks', { project: 'Work', due: 'tomorrow' }));
    expect(read('Garden Club?')).toEqual(call('list_tasks', { project: 'Garden Club' }));
  });

  it('names no project where the caller has none so called', () => {
    expect(read('anything at home?')).not.toMatchObject({ args: { project: expect.anything() } });
  });

  it('reads no project in a remark about a day at work', () => {
    expect(read('long day at work')).toMatchObject({ kind: 'help' });
    expect(read('long day at work lol. anyway add book the car service')).toEqual(call('add_task', { title: 'book the car service' }));
  });
});

describe('a day gone by, or an event on a day, in a question', () => {
  it.each([
    ['anything still open from yesterday?', { status: 'pending', due_after: 'yesterday 00:00', due_before: 'yesterday 24:00' }],
    ["what's left over from monday", { status: 'pending', due_after: 'last monday 00:00', due_before: 'last monday 24:00' }],
    ['anything due before payday on the 28th?', { due_before: 'the 28th 00:00' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('filter_tasks', args));
  });
});

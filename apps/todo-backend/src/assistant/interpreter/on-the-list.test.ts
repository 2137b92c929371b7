import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Groceries', 'Garden Club'] });

describe('whether a thing is on the list is a search for it', () => {
  it.each([
    ['have I still got the hedge trimming on there', 'hedge trimming'],
    ['do I have eggs on the list', 'eggs'],
    ["is 'order logs' still on the list?", 'order logs'],
    ['is there a christening thing on here somewhere', 'christening'],
    ["what's the story with the skip hire, is it on here?", 'skip hire'],
    ['the bike lock - is it still on there?', 'bike lock'],
    ["there was something about the TV licence, where's that gone", 'TV licence'],
    ['I had something about the gutters, where did it go?', 'gutters'],
  ])('"%s"', (sentence, query) => {
    expect(read(sentence)).toEqual(call('search_tasks', { query }));
  });

  it('looks in the list named, when the caller has it', () => {
    expect(read('do I have milk on the groceries list')).toEqual(call('search_tasks', { query: 'milk', project: 'Groceries' }));
  });

  it.each(['is there anything overdue on my list', 'do I have anything on the list', 'is it on there?'])(
    'searches no words for "%s"',
    (sentence) => {
      expect(read(sentence)).not.toMatchObject({ tool: 'search_tasks' });
    },
  );
});

describe('a thing asked about in other words is searched for', () => {
  it.each([
    ["any chance I've got something about the roof?", { query: 'roof' }],
    ['anything I put in about the loft?', { query: 'loft' }],
    ['do I need to do anything for the swimming gala?', { query: 'swimming gala' }],
    ['how much is left for the christmas stuff', { query: 'christmas', status: 'pending' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('search_tasks', args));
  });

  it('reads a project named so as that project', () => {
    expect(read('do I need to do anything for work')).toEqual(call('list_tasks', { project: 'Work', status: 'pending' }));
  });
});

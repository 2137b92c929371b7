import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// An emoji between the words of a change is no word of it; a task to add keeps its emoji.

const read = (sentence: string) => interpret(sentence);

describe('an emoji between the words', () => {
  it.each([
    ['the gym is 👎 low prio', 'set_priority', { priority: 'low' }, { title: 'gym' }],
    ['mark the 🦷 dentist done', 'complete_task', {}, { title: 'dentist' }],
    ['delete the 🏋️ gym task', 'delete_task', {}, { title: 'gym' }],
    ['make the report 🔥 high priority', 'set_priority', { priority: 'high' }, { title: 'report' }],
  ])('reads "%s" without it', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool, args, target });
  });

  it('keeps it in the title of a task to add', () => {
    expect(read('add buy 🥛 and eggs')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'buy 🥛 and eggs' } });
  });
});

describe('a trolley first', () => {
  it.each([
    ['🛒 oat milk', 'oat milk'],
    ['🛒 buy eggs', 'buy eggs'],
    ['🛒 add bread', 'bread'],
  ])('adds "%s"', (sentence, title) => {
    expect(read(sentence)).toMatchObject({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it('keeps a trolley after the words', () => {
    expect(read('add oat milk 🛒')).toMatchObject({ kind: 'call', tool: 'add_task' });
  });
});

describe('an emoji between a story and a request', () => {
  it('ends the story', () => {
    expect(interpret("soooo the car's making a funny noise again 🙄 add book the car in at the garage for next wednesday")).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'book the car in at the garage', due_date: 'next wednesday' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on details of questions about the list', () => {
  it.each([
    ['show the tasks with the priority high', { priority: ['high'] }],
    ['list everything with prio low', { priority: ['low'] }],
    ['tasks where priority is medium', { priority: ['medium'] }],
  ])('reads the priority said after its name: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'filter_tasks', args });
  });

  it.each([
    ['show me the first 3', 3],
    ['list the top 10 tasks', 10],
  ])('reads how many to show: "%s"', (sentence, limit) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'list_tasks', args: { limit } });
  });

  it.each([
    ['I had a task about my passport, search for it please', 'passport'],
    ['there was something about the gas meter - can you look it up', 'gas meter'],
    ['pretty sure I wrote a todo about the plumber. find it', 'plumber'],
  ])('searches for what "it" points back to: "%s"', (sentence, query) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'search_tasks', args: { query } });
  });

  it.each([
    'find it',
    'search for that',
    'show me what is overdue and then add call mum',
    'list my tasks and delete the old one',
    // Snoozing is no filter: asked, never every task shown as if it were the snoozed ones.
    'which tasks did I snooze?',
    'show snoozed tasks',
  ])('asks on "%s"', (sentence) => {
    expect(interpret(sentence).kind).toBe('help');
  });
});

describe('the offline interpreter on "#tag" with other verbs', () => {
  it.each([
    ['rm #errands from 4', 'remove_tag', 'errands', { id: 4 }],
    ['strip #work off the slides', 'remove_tag', 'work', { title: 'slides' }],
    ['stick #kids on the school run', 'add_tag', 'kids', { title: 'school run' }],
    ['slap #urgent onto 12', 'add_tag', 'urgent', { id: 12 }],
  ])('reads "%s"', (sentence, tool, tag, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool, args: { tag }, target });
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Groceries'] });

// A kind of task asked for in loose words ("bits", "on repeat", "home-tagged", "got much on …") is a listing of it.
describe('a kind of task asked for loosely', () => {
  it.each([
    ['the low priority bits', { priority: ['low'] }],
    ['the urgent bits?', { priority: ['high'] }],
    ['home-tagged stuff?', { tags: ['home'] }],
    ['garden tagged things', { tags: ['garden'] }],
    ['anything on repeat?', { recurring: true }],
    ['the ones without dates?', { has_due_date: false }],
    ['got anything with the tag garden?', { tags: ['garden'] }],
    ['got much on this weekend?', { due_after: 'saturday 00:00', due_before: 'sunday 24:00' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('filter_tasks', args));
  });

  it.each([
    ["what's the most recent thing I added", 'desc'],
    ["what's the last thing I added", 'desc'],
    ['the oldest thing we added', 'asc'],
  ])('"%s" sorts by when tasks were added', (sentence, order) => {
    expect(read(sentence)).toEqual(call('sort_tasks', { field: 'created_at', order }));
  });

  it('keeps a task about a song on repeat a task', () => {
    expect(read('add put the song on repeat')).toMatchObject({ kind: 'call', tool: 'add_task' });
  });
});

describe('the world, not the list', () => {
  it.each([
    'find my phone',
    'any news?',
    'where did I leave my keys?',
    'look up the weather in Leeds',
    'search the web for a cheap plumber',
    'check the forecast for saturday',
  ])('"%s" is asked, never searched for', (sentence) => {
    expect(read(sentence)).toMatchObject({ kind: 'help' });
  });

  it.each([
    ['where did I put the council tax thing', 'council tax'],
    ['where did I put my passport task', 'passport'],
    ['any news on the visa', 'visa'],
    ['look up the invoice one', 'invoice'],
  ])('still searches "%s"', (sentence, query) => {
    expect(read(sentence)).toEqual(call('search_tasks', { query }));
  });
});

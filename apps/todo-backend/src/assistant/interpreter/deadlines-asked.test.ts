import { describe, expect, it } from 'vitest';
import { deadlinesAsked } from './deadlines-asked.ts';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

// Questions in deadlines: a deadline is a task's due date, never a tag.

describe('questions about deadlines', () => {
  it.each([
    ["what's my next deadline?", call('sort_tasks', { field: 'due_date', order: 'asc', status: 'pending' })],
    ['when is my next deadline', call('sort_tasks', { field: 'due_date', order: 'asc', status: 'pending' })],
    ['any missed deadlines?', call('filter_tasks', { due: 'overdue' })],
    ['what deadlines did we blow', call('filter_tasks', { due: 'overdue' })],
    ['what deadlines do I have this week', call('filter_tasks', { due: 'this_week' })],
    ['any deadlines tomorrow?', call('filter_tasks', { due: 'tomorrow' })],
    ['which deadlines are looming next week', call('filter_tasks', { due: 'next_week' })],
    ['which of my deadlines are urgent', call('filter_tasks', { has_due_date: true, priority: ['high'] })],
    ['how many deadlines have I got', call('filter_tasks', { has_due_date: true })],
  ])('reads "%s" as the list asked for', (sentence, reading) => {
    expect(interpret(sentence)).toEqual(reading);
  });

  it('reads a month after the deadlines as its window', () => {
    expect(deadlinesAsked('anything with a deadline in march?')).toBe("what's due in march");
  });

  it.each([
    'add read up on the new filing deadlines',
    'what deadlines are for the essay',
    'the deadline for the bid moved to friday',
    'remind me 2 days before the grant deadline',
    'deadlines deadlines deadlines',
  ])('leaves "%s" to the other rules', (sentence) => {
    expect(deadlinesAsked(sentence)).toBeUndefined();
  });

  it('reads "at all" as no status', () => {
    expect(interpret('which tasks have no due date at all?')).toEqual(call('filter_tasks', { has_due_date: false }));
  });
});

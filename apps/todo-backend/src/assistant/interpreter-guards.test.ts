import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('sentences the offline interpreter asks about instead of acting', () => {
  it.each([
    'delete everything',
    'Clear my list',
    'remove all tasks from Groceries',
    'mark everything as done',
    'empty my todo list',
    'is the report done?',
    'did I finish the slides',
    'should I delete the gym task?',
    "don't delete the report",
    'do not mark 5 as done',
    'cancel that',
    'forget about it',
  ])('calls nothing for %j', (phrase) => {
    expect(interpret(phrase, { projects: ['Groceries'] })).toMatchObject({ kind: 'help', reason: expect.any(String) });
  });

  it.each<[string, string]>([
    ["don't forget to water the tomatoes", 'add_task'],
    ["don't let me forget to feed the fish", 'add_task'],
    ["don't remind me about the gym", 'set_reminder'],
    ['is there a task about the boiler', 'search_tasks'],
    ['delete the all-hands prep', 'delete_task'],
    ['remove the tag work from 8', 'remove_tag'],
  ])('still reads %j as %s', (phrase, tool) => {
    expect(interpret(phrase)).toMatchObject({ kind: 'call', tool });
  });
});

describe('politeness around a request', () => {
  it.each<[string, string]>([
    ['hey doable, add buy bread', 'buy bread'],
    ['um, add walk the dog', 'walk the dog'],
    ['could you add defrost the freezer please', 'defrost the freezer'],
    ['please add buy a card for Tom, thanks', 'buy a card for Tom'],
    ['Add: renew my passport', 'renew my passport'],
    ['add buy milk 🥛', 'buy milk 🥛'],
  ])('%j adds %j', (phrase, title) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });
});

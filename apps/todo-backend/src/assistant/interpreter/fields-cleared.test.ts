import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// Everything of one task cleared, its fields listed: one update, never a change to many tasks.
describe('the offline interpreter on the fields of one task cleared', () => {
  it.each([
    ['clear everything off the boiler task: date, tags, notes', { due_date: null, tags: [], description: '' }, { title: 'boiler' }],
    ['wipe it all from 5 - the date and the tags', { due_date: null, tags: [] }, { id: 5 }],
  ])('clears the fields listed in "%s"', (sentence, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args, target });
  });

  it('leaves a list that names no fields to the other rules, asking before clearing many tasks', () => {
    expect(interpret('clear everything off the list: milk').kind).toBe('help');
    expect(interpret('clear everything').kind).not.toBe('call');
  });
});

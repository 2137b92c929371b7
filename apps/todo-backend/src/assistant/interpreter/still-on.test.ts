import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Garden Club'] });

describe('whether one task is still on is a search for it', () => {
  it.each([
    ['is the budget review still on?', 'budget review'],
    ['is the offsite still happening', 'offsite'],
    ['is the plant sale going ahead?', 'plant sale'],
    ['are we still doing the retro', 'retro'],
    ['is the board meeting still on track?', 'board meeting'],
    ['Is my dentist appointment still on', 'dentist appointment'],
  ])('"%s"', (sentence, query) => {
    expect(read(sentence)).toEqual(call('search_tasks', { query }));
  });

  it('changes nothing when nothing is named', () => {
    expect(read('is it still on?')).not.toMatchObject({ kind: 'call', tool: 'search_tasks', args: { query: 'it' } });
  });
});

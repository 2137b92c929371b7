import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// One title swapped for another is a rename; a day or a level after "for" is never a title, and a day is a move.

const read = (sentence: string) => interpret(sentence);

describe('a title swapped for another', () => {
  it.each([
    ['swap "eggs" for "free range eggs"', 'free range eggs', 'eggs'],
    ['swap oat milk for almond milk', 'almond milk', 'oat milk'],
    ['swap out the gym task for yoga class', 'yoga class', 'gym'],
    ['swap "call Jo" with "call Jo and Sam"', 'call Jo and Sam', 'call Jo'],
  ])('renames on "%s"', (sentence, title, named) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { title }, target: { title: named } });
  });

  it.each(['swap the dentist for friday', 'swap the report for high priority', 'swap the work tag on 5 for home'])(
    'renames nothing on "%s"',
    (sentence) => {
      const got = read(sentence);
      expect(got.kind === 'call' && got.tool).not.toBe('update_task');
    },
  );

  it.each([
    ['swap the dentist for friday', 'dentist', 'friday'],
    ['swap the dentist for next tuesday at 3', 'dentist', 'next tuesday at 3'],
  ])('moves the task to the day on "%s", never adds one', (sentence, title, date) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'set_due_date', args: { date }, target: { title } });
  });
});

describe('a field swapped between two tasks', () => {
  it.each([
    'swap the dates of the two dentist tasks',
    'swap the due dates of the two gym tasks',
    'swap the priorities of 4 and 5',
    'switch the dates on the vet and the dentist',
  ])('is asked, one change at a time: %s', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });

  it('gives one task new tags when "for" says which', () => {
    expect(interpret('swap the tags on 9 for garden and weekend')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { tags: ['garden', 'weekend'] },
      target: { id: 9 },
    });
  });
});

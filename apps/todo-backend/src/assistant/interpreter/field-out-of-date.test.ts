import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A task's notes or title said to be out of date, then their new words: the whole new value, never a task to add.
describe('the offline interpreter on a field said to be out of date', () => {
  it.each([
    [
      'the notes on 14 are out of date - replace with: quote accepted, start 3 March',
      { description: 'quote accepted, start 3 March' },
      { id: 14 },
    ],
    ['the title of the gym task is old, it should read gym (Tue/Thu)', { title: 'gym (Tue/Thu)' }, { title: 'gym' }],
    [
      'the description for the lease is wrong - replace it with: keys with the agent',
      { description: 'keys with the agent' },
      { title: 'lease' },
    ],
  ])('reads "%s"', (sentence, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args, target });
  });

  it('never adds a task from the words after it', () => {
    expect(interpret('the notes on 14 are out of date - start 3 March')).not.toMatchObject({ tool: 'add_task' });
  });
});

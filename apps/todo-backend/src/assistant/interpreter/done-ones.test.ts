import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// The tasks already done, said loosely, are all completed tasks: a bulk delete confirmed with its count.

const read = (sentence: string) => interpret(sentence);

describe('the tasks already done, said loosely', () => {
  it.each([
    'delete whatever is done',
    'clear anything that is finished',
    'delete everything that is done',
    "remove whatever's completed",
    'delete all the stuff that is done',
    "delete the things I've finished",
  ])('asks with a count on "%s"', (sentence) => {
    expect(read(sentence)).toEqual({ kind: 'bulk', action: 'delete', completedOnly: true });
  });

  it('completes nothing titled with the verb ("delete whatever")', () => {
    const got = read('delete whatever is finished');
    expect(got.kind === 'call' && got.tool).not.toBe('complete_task');
  });
});

import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { parseTaskRef } from './phrases.ts';

// A task named by what its title says: "the task that says …", "the one saying …" name it by those words.

describe('a task named by what it says', () => {
  it.each([
    ['the task that says complete the tax return', 'complete the tax return'],
    ['the one which reads call mum', 'call mum'],
    ['the one saying buy milk', 'buy milk'],
    ['the task called pay the nanny', 'pay the nanny'],
  ])('names "%s" by its words', (ref, title) => {
    expect(parseTaskRef(ref)).toEqual({ title });
  });

  it('deletes the task that says a verb of ours, not another', () => {
    expect(interpret('delete the task that says complete the tax return')).toEqual({
      kind: 'call',
      tool: 'delete_task',
      args: {},
      target: { title: 'complete the tax return' },
    });
  });

  it.each([
    ['the report', 'report'],
    ['the one about the boiler', 'boiler'],
  ])('still names "%s" as before', (ref, title) => {
    expect(parseTaskRef(ref)).toEqual({ title });
  });
});

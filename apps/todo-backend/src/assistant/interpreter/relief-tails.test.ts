import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { withoutRelief } from './relief-tails.ts';

// Relief said after a request ("…, finally!", "… FINALLY 🎉", "… at last") is no part of the request.

describe('relief after a request', () => {
  it.each([
    ['mark the report done, finally!', { title: 'report' }],
    ['the taxes? done. finally.', { title: 'taxes' }],
    ['mark the essays done, FINALLY 🎉', { title: 'essays' }],
    ['mark the report done finally', { title: 'report' }],
    ['tick off 12 - phew', { id: 12 }],
  ])('completes the task named in "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target });
  });

  it('keeps the relief out of a new title', () => {
    expect(interpret('add call mum, at last')).toEqual({ kind: 'call', tool: 'add_task', args: { title: 'call mum' } });
  });

  it.each(['add read "Finally"', 'add finally fix the gate', 'yay', 'the report is finally done'])(
    'leaves "%s" as it came: a quote, relief before the request, or relief alone',
    (sentence) => {
      expect(withoutRelief(sentence)).toBe(sentence);
    },
  );
});

describe('"in the bag" after "and", said of a task done', () => {
  it('completes the task: "permission slip signed and in the bag"', () => {
    expect(interpret('permission slip signed and in the bag')).toEqual({
      kind: 'call',
      tool: 'complete_task',
      args: {},
      target: { title: 'permission slip' },
    });
  });

  it('keeps a bag that is part of a task to add', () => {
    expect(interpret('add put the crisps and the apple in the bag')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'put the crisps and the apple in the bag' },
    });
  });
});

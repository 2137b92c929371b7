import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A wish that a task were done completes nothing; a report that it is done still does.

const read = (sentence: string) => interpret(sentence);

describe('a wish that a task were done', () => {
  it.each([
    'wish the tax return was done',
    'if only the report were finished',
    'i really wish the slides were done',
    'hope the invoice is paid',
    "I'd love it if the gutters were cleaned",
    'so wish the essay was finished',
    "can't wait till the decorating is done",
  ])('completes nothing on "%s"', (sentence) => {
    const got = read(sentence);
    expect(got.kind === 'call' && got.tool).not.toBe('complete_task');
  });

  it.each([
    ['the tax return is done', 'tax return'],
    ['finished the slides', 'slides'],
  ])('still completes "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });
});

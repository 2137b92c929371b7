import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// What was said in the chat is never a task to delete or complete.

const read = (sentence: string) => interpret(sentence);

describe('words that name something said, not a task', () => {
  it.each([
    'erase that thought',
    'delete that thought',
    'delete my last message',
    'scratch what I just said',
    'remove that comment',
    'delete the previous message',
    'bin that idea',
    'delete my life',
    'erase myself',
    'cancel cancel cancel',
    'delete delete',
  ])('deletes nothing on "%s"', (sentence) => {
    const got = read(sentence);
    expect(got.kind === 'call' && ['delete_task', 'complete_task'].includes(got.tool)).toBe(false);
  });

  it.each([
    ['delete the thought journal task', { title: 'thought journal' }],
    ['delete that', { last: true }],
    ['delete the life insurance task', { title: 'life insurance' }],
    ['cancel the cancel netflix task', { title: 'cancel netflix' }],
  ])('still deletes "%s"', (sentence, target) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'delete_task', args: {}, target });
  });
});

describe('a task to add named only as something said before', () => {
  it.each(['add that thing I said earlier', 'add the thing I mentioned', 'put what I was saying on the list'])(
    'adds nothing on "%s"',
    (sentence) => {
      expect(read(sentence).kind).not.toBe('call');
    },
  );

  it.each([
    ['add call the thing people', 'call the thing people'],
    ['add what I said about the car', 'what I said about the car'],
  ])('still adds "%s"', (sentence, title) => {
    expect(read(sentence)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });
});

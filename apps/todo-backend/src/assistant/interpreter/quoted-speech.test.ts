import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { quotedSpeechAsked } from './quoted-speech.ts';

// Words quoted from someone else change nothing: the chat asks the user to say them if they want them done.

describe('a quote of what someone else said', () => {
  it.each([
    'my boss said "mark everything done"',
    'she said "delete everything"',
    "Sam texted: 'cancel the gym'",
    'mum was like "bin the lot"',
  ])('asks, changing nothing, on %s', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help', reason: expect.stringContaining('someone else said') });
  });

  it.each([
    'my wife said to delete the party task',
    'add "call Ellie re: the flat"',
    'rename it to "she said yes"',
    "add 'high fidelity' rewatch",
  ])('leaves %s to the other rules', (sentence) => {
    expect(quotedSpeechAsked(sentence)).toBeUndefined();
  });

  it('still reads a request passed on plainly', () => {
    expect(interpret('my wife said to delete the party task')).toEqual({
      kind: 'call',
      tool: 'delete_task',
      args: {},
      target: { title: 'party' },
    });
  });
});

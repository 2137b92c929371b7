import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe("a day's listing asked for someone in the household", () => {
  it.each([
    ['whats on saturday for the kids', { due_after: 'saturday 00:00', due_before: 'saturday 24:00' }],
    ["what's on tomorrow for Mia", { due: 'tomorrow' }],
  ])('lists the day: "%s"', (sentence, args) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'filter_tasks', args });
  });

  it('leaves words that name no day to the other rules', () => {
    expect(interpret('whats on the telly for the kids')).toMatchObject({ kind: 'help' });
    expect(interpret('anything for the kids?')).toEqual({ kind: 'call', tool: 'search_tasks', args: { query: 'kids' } });
  });
});

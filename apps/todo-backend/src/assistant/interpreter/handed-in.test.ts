import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

// Work reported handed in ("lab report is in 🎉") completes its task; where a thing is, how it is going, or a
// question ("did I submit the lab report?", like "did I finish the slides?") completes nothing.

describe('work handed in', () => {
  it.each([
    ['lab report is in 🎉', 'lab report'],
    ['the lab report is in', 'lab report'],
    ["lab report's in!", 'lab report'],
    ['the application is in', 'application'],
    ['my essay is finally in', 'essay'],
    ['the CS101 pset is in now', 'CS101 pset'],
  ])('completes on "%s"', (sentence, title) => {
    expect(interpret(sentence)).toEqual(call('complete_task', {}, t(title)));
  });

  it.each([
    'the parcel is in the kitchen',
    'the essay is in progress',
    'is the essay in?',
    'the essay is in?',
    'it is in',
    'the results are in',
    'did i submit the lab report?',
    'did i hand in the essay?',
    'have i turned in the pset yet',
  ])('completes nothing on "%s"', (sentence) => {
    const reading = interpret(sentence);
    expect(reading.kind === 'call' && reading.tool).not.toBe('complete_task');
    expect(reading.kind).toBe('help');
  });

  it('still searches for a task asked about with another verb', () => {
    expect(interpret('did i pay the gas bill?')).toEqual(call('search_tasks', { query: 'gas bill' }));
  });
});

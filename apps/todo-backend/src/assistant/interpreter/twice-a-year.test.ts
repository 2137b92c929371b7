import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// "Twice a year" is every six months, the one even split of a year; twice a week or a month needs its days and is asked.

describe('twice a year', () => {
  it.each([
    ['turn the mattress twice a year', 'turn the mattress'],
    ['twice a year check the gutters', 'check the gutters'],
    ['add service the car half-yearly', 'service the car'],
  ])('"%s" repeats every six months', (sentence, title) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'create_recurring', args: { title, pattern: 'FREQ=MONTHLY;INTERVAL=6' } });
  });

  it('changes the rule of a task named with an edit verb', () => {
    expect(interpret('make the gutter clean twice a year')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { recurring: 'FREQ=MONTHLY;INTERVAL=6' },
      target: { title: 'gutter clean' },
    });
  });

  it.each(['twice a week go for a run', 'clean the gutters twice a month'])('asks about "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });
});

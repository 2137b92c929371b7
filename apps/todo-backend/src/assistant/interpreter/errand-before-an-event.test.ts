import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// An errand timed by an event said bare, whose time is not said, is asked about; a task named with "the" is not.

describe('an errand to do before an event', () => {
  it.each(['ping me 30 mins before handover to chart', 'remind me 10 min before work to take my meds'])('asks about "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help', reason: expect.stringMatching(/^When is /) });
  });

  it.each([
    ['remind me 90 mins before the flight to Rome', 'flight to Rome'],
    ['remind me 30 minutes before the drive to work', 'drive to work'],
    ['remind me 2 hours before the trip to the coast', 'trip to the coast'],
    ['ping me 30 mins before the handover', 'handover'],
    ['remind me 15 minutes before the invoice to bob', 'invoice to bob'],
  ])('sets the reminder on the task in "%s"', (sentence, title) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'call', tool: 'set_reminder', target: { title } });
  });
});

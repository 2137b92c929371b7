import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// A task's level said around the usual words: lowered, raised, what it is now; one task against another is asked.

const read = (sentence: string) => interpret(sentence);
const level = (priority: string, title: string) => ({ kind: 'call', tool: 'set_priority', args: { priority }, target: { title } });

describe('a level said loosely', () => {
  it.each([
    ['knock the priority down on the shed', level('low', 'shed')],
    ['bring the priority down a notch on the newsletter', level('low', 'newsletter')],
    ['take the urgency down on the gym', level('low', 'gym')],
    ['turn the priority up on the passport', level('high', 'passport')],
    ["the MOT was low priority but now it's urgent", level('high', 'MOT')],
    ['the lease was urgent, but now it is low priority', level('low', 'lease')],
    ['the boiler used to be low priority but now it is high priority', level('high', 'boiler')],
    ['the car insurance one goes to high', level('high', 'car insurance')],
    ['the vet goes down to medium', level('medium', 'vet')],
    ['the gym drops to low', level('low', 'gym')],
    // Asked with "can" or "could", the same request.
    ['can the newsletter go down to low priority?', level('low', 'newsletter')],
    ['could the report go up to high?', level('high', 'report')],
    ['the newsletter can go down to low', level('low', 'newsletter')],
  ])('reads "%s"', (sentence, want) => {
    expect(read(sentence)).toEqual(want);
  });

  it.each([
    ['the newsletter is less important than I thought', level('low', 'newsletter')],
    ['the gym is less urgent than before', level('low', 'gym')],
  ])('reads "%s", a change of mind about one task', (sentence, want) => {
    expect(read(sentence)).toEqual(want);
  });
});

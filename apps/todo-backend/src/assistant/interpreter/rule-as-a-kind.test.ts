import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { ruleAsAKind } from './rule-as-a-kind.ts';

describe('a task made "a <days> thing" takes those days as its rule', () => {
  it.each([
    ['make the gym task a monday and thursday thing', 'FREQ=WEEKLY;BYDAY=MO,TH', 'gym'],
    ['turn the long run into a weekend one', 'FREQ=WEEKLY;BYDAY=SA,SU', 'long run'],
    ['make the piano practice a weekday habit', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'piano practice'],
  ])('%s', (phrase, recurring, title) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target: { title } });
  });

  it('reads a second change after it', () => {
    expect(interpret('make the journaling a weekday thing and rename it work log')).toEqual({
      kind: 'call',
      tool: 'update_task',
      args: { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', title: 'work log' },
      target: { title: 'journaling' },
    });
  });

  it('leaves other sentences as they came', () => {
    expect(ruleAsAKind('make the bed every morning')).toBe('make the bed every morning');
    expect(ruleAsAKind('add a monday meeting')).toBe('add a monday meeting');
  });
});

import { describe, expect, it } from 'vitest';
import { resolveDate } from '../dates.ts';
import { interpret } from './offline-interpreter.ts';

// A task due on a day (or part of one) with no time, then a reminder at a time that day: the time is when it is due,
// and the reminder goes off then. A due date with its own time keeps it, the reminder a lead time before it.
const NOW = new Date('2026-01-22T12:00:00Z');
const at = (phrase: unknown) => resolveDate(String(phrase), 'UTC', NOW).toISOString();

describe('a reminder time on a due day said without one', () => {
  it.each([
    ['take the lamb out of the freezer tonight, remind me at 6', 'take the lamb out of the freezer', '2026-01-22T18:00:00.000Z'],
    ['pay the milkman friday, remind me at 9', 'pay the milkman', '2026-01-23T09:00:00.000Z'],
    ['defrost the prawns tomorrow morning, ping me at 7', 'defrost the prawns', '2026-01-23T07:00:00.000Z'],
    ['add make the gravy this evening, remind me at 5:30', 'make the gravy', '2026-01-22T17:30:00.000Z'],
    ['bake bread saturday, remind me at 10am', 'bake bread', '2026-01-24T10:00:00.000Z'],
    ['add collect the turkey tomorrow, nudge me at 3pm', 'collect the turkey', '2026-01-23T15:00:00.000Z'],
    ['soak the beans tonight, remind me at 9pm', 'soak the beans', '2026-01-22T21:00:00.000Z'],
    ['start the stew monday, remind me at 8', 'start the stew', '2026-01-26T08:00:00.000Z'],
  ])('%s', (phrase, title, due) => {
    const got = interpret(phrase);
    expect(got.kind === 'call' && got.tool).toBe('add_task');
    if (got.kind !== 'call') return;
    expect(got.args.title).toBe(title);
    expect(at(got.args.due_date)).toBe(due);
    expect(got.args.remind_before).toBe('0m');
  });

  it.each([
    ['call the butcher tomorrow 5pm, remind me at 4pm', '1h'],
    ['collect the cake friday at 2pm, remind me at 1', '1h'],
  ])('keeps a due time said, with the reminder before it: %s', (phrase, before) => {
    const got = interpret(phrase);
    expect(got.kind === 'call' && got.args.remind_before).toBe(before);
  });

  it('asks when the reminder is on another day', () => {
    expect(interpret('add order the cake by friday, remind me on thursday').kind).toBe('help');
  });
});

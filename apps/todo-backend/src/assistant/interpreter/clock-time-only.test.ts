import { describe, expect, it } from 'vitest';
import { isClockTimeOnly } from './clock-time-only.ts';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

describe('a time of day said after a rule without "at"', () => {
  it.each([
    ['Ballet every wednesday half 5', 'Ballet', 'FREQ=WEEKLY;BYDAY=WE', 'wednesday at half 5'],
    ['beavers every monday 6.15pm for Sam', 'beavers for Sam', 'FREQ=WEEKLY;BYDAY=MO', 'monday at 6.15pm'],
    ['judo every thursday at quarter past 6', 'judo', 'FREQ=WEEKLY;BYDAY=TH', 'thursday at quarter past 6'],
    ['every monday 7pm bins', 'bins', 'FREQ=WEEKLY;BYDAY=MO', 'monday at 7pm'],
  ])('is the time on the rule\'s day: "%s"', (sentence, title, pattern, due_date) => {
    expect(interpret(sentence)).toEqual(call('create_recurring', { title, pattern, due_date }));
  });

  it('leaves a day said after the rule as the first date', () => {
    expect(interpret('every friday tomorrow noon water the ferns')).toMatchObject({ args: { due_date: 'tomorrow at noon' } });
    expect(interpret('every day at noon walk the dog')).toEqual(
      call('create_recurring', { title: 'walk the dog', pattern: 'daily', due_date: 'at noon' }),
    );
  });

  it('tells a time of day alone from a date', () => {
    expect(isClockTimeOnly('half 5')).toBe(true);
    expect(isClockTimeOnly('6.15pm')).toBe(true);
    expect(isClockTimeOnly('monday 6pm')).toBe(false);
    expect(isClockTimeOnly('the 3rd')).toBe(false);
  });
});

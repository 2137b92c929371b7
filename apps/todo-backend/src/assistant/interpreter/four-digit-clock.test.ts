import { describe, expect, it } from 'vitest';
import { withClockColons } from './four-digit-clock.ts';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a 24-hour time written without its colon', () => {
  it.each<Said>([
    ['every morning at 0600 stretch', 'create_recurring', { title: 'stretch', pattern: 'daily', due_date: 'at 06:00am' }],
    ['add call the ward at 1930', 'add_task', { title: 'call the ward', due_date: 'at 19:30' }],
    ['move the gp to tues 0830', 'set_due_date', { date: 'tues 08:30' }, t('gp')],
    ['remind me about the bins at 2100hrs', 'set_reminder', { at: 'at 21:00' }, t('bins')],
    ['add ring mum 0745 tomorrow', 'add_task', { title: 'ring mum', due_date: '07:45 tomorrow' }],
    ['add pay the bill by 1730', 'add_task', { title: 'pay the bill', due_date: '17:30' }],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('keeps four digits that are no time: a count, a room, a year', () => {
    expect(withClockColons('add buy 2 x 4 timber')).toBe('add buy 2 x 4 timber');
    expect(withClockColons('add room 1204 inspection friday')).toBe('add room 1204 inspection friday');
    expect(withClockColons('add save up by 2030')).toBe('add save up by 2030');
    expect(withClockColons('add plan the party for 2026')).toBe('add plan the party for 2026');
    expect(withClockColons('add file the 2025 tax return at 0900')).toBe('add file the 2025 tax return at 09:00');
  });

  it('reads a second time joined to a first as a time too', () => {
    expect(withClockColons('remind me at 1900 and 2300 to take my tablets')).toBe('remind me at 19:00 and 23:00 to take my tablets');
    expect(withClockColons('add cover 07:30 to 1930 friday')).toBe('add cover 07:30 to 19:30 friday');
    expect(withClockColons('add book the 1930 and 2100 showings')).toBe('add book the 1930 and 2100 showings');
  });
});

describe('a rota time after a day and a comma', () => {
  it("is that day's time", () => {
    expect(withClockColons('the blood test is first thing saturday, 0730')).toBe('the blood test is first thing saturday, 07:30');
    expect(interpret('the blood test is first thing saturday, 0730')).toMatchObject({ kind: 'call', tool: 'set_due_date' });
  });
});

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveDate } from './dates.ts';
import { interpret } from './interpreter/offline-interpreter.ts';

// Days said the way a house and a year are planned, read on Thursday 22 January 2026 at noon in New York: a date where
// one is meant, the task's title without its words, and holidays never taken out of a title that only names them.

const ZONE = 'America/New_York';
const NOW = DateTime.fromISO('2026-01-22T12:00', { zone: ZONE }).toJSDate();
const local = (phrase: string) => DateTime.fromJSDate(resolveDate(phrase, ZONE, NOW), { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');

describe('calendar phrases', () => {
  it.each([
    ['mid-march', '2026-03-15 09:00'],
    ['mid march', '2026-03-15 09:00'],
    ['the middle of april', '2026-04-15 09:00'],
    // The middle of January is past: next year's.
    ['mid-jan', '2027-01-15 09:00'],
    // "this month", "this year": by the last day; a day of the month in digits without its suffix.
    ['this month', '2026-01-31 09:00'],
    ['sometime this year', '2026-12-31 09:00'],
    ['the 25 of this month', '2026-01-25 09:00'],
    ['5 of next month', '2026-02-05 09:00'],
    // Early and late in a month: the day each part begins (the 1st, the 21st).
    ['by early march', '2026-03-01 09:00'],
    ['in late march', '2026-03-21 09:00'],
    ['early next week', '2026-01-26 09:00'],
    ['mid next week', '2026-01-28 09:00'],
    ['at 9 sharp tomorrow', '2026-01-23 09:00'],
    ['late next week', '2026-01-30 09:00'],
    ['the weekend after next', '2026-02-07 09:00'],
    // A week after "next week" (a week today), as "in two weeks" is.
    ['the week after next', '2026-02-05 09:00'],
    ['week after next at 3pm', '2026-02-05 15:00'],
    // The weekday "monday" alone names (the next to come), a week on; said on its own weekday, two weeks out.
    ['the monday after next', '2026-02-02 09:00'],
    ['friday after next', '2026-01-30 09:00'],
    ['the thursday after next', '2026-02-05 09:00'],
    ['monday after next at 6pm', '2026-02-02 18:00'],
    // "after" another day still reads the weekday from that day.
    ['friday 24:00 after monday', '2026-01-31 00:00'],
    ['sunday 24:00 after next weekend', '2026-02-02 00:00'],
    // Chrono reads the span; "out" changes nothing.
    ['two weeks out', '2026-02-05 09:00'],
    ['10 days out', '2026-02-01 09:00'],
    ['this time next week', '2026-01-29 12:00'],
    ['this time tomorrow', '2026-01-23 12:00'],
    ['the first weekend in february', '2026-02-07 09:00'],
    ['the last weekend of may', '2026-05-30 09:00'],
    ['before christmas', '2026-12-24 09:00'],
    ['christmas eve', '2026-12-24 09:00'],
    ['christmas', '2026-12-25 09:00'],
    // Easter Sunday 2026 is 5 April (the Gregorian computus).
    ['easter', '2026-04-05 09:00'],
    ['good friday', '2026-04-03 09:00'],
    ['easter monday', '2026-04-06 09:00'],
    ['before easter', '2026-04-04 09:00'],
    ['boxing day', '2026-12-26 09:00'],
    ["new year's eve", '2026-12-31 09:00'],
    ['new year', '2027-01-01 09:00'],
    ['the start of next month', '2026-02-01 09:00'],
    ['beginning of next week at 10am', '2026-01-26 10:00'],
    ['the start of next year', '2027-01-01 09:00'],
    // The current period's start is past: the next one.
    ['the start of the month', '2026-02-01 09:00'],
    ['the beginning of the week', '2026-01-26 09:00'],
    ['the start of next month 00:00', '2026-02-01 00:00'],
    ['the first day of next month', '2026-02-01 09:00'],
    // A weekday of a month by its place, the month said short or whole; "the month" is the next one to come.
    ['the 2nd tuesday of feb', '2026-02-10 09:00'],
    ['the last friday of the month', '2026-01-30 09:00'],
    ['the second thursday of the month', '2026-02-12 09:00'],
    ['the first monday in sept at 7pm', '2026-09-07 19:00'],
    // A quarter's end, by its number or its place; a quarter gone by is next year's.
    ['end of Q1', '2026-03-31 09:00'],
    ['the end of the second quarter', '2026-06-30 09:00'],
    ['end of the quarter', '2026-03-31 09:00'],
    ['end of q3 at 5pm', '2026-09-30 17:00'],
    ['end of q1 24:00', '2026-04-01 00:00'],
    // A weekday a week on, typed short; the weekend to come.
    ['tues wk', '2026-02-03 09:00'],
    ['fri wk at 3pm', '2026-01-30 15:00'],
    ['this coming weekend', '2026-01-24 09:00'],
    // A span counted from today or tomorrow, read whole wherever it stands.
    ['3 weeks from today', '2026-02-12 09:00'],
    ['a month from tomorrow', '2026-02-23 09:00'],
    ['2 wks from today at 5pm', '2026-02-05 17:00'],
    // From a weekday: the next one to come, as the weekday alone is.
    ['3 weeks from sunday', '2026-02-15 09:00'],
    ['2 weeks from friday', '2026-02-06 09:00'],
    // The period gone by, a bound of a question about it.
    ['the start of last week', '2026-01-12 09:00'],
    ['the start of last month 00:00', '2025-12-01 00:00'],
    ['the end of last month 24:00', '2026-01-01 00:00'],
  ])('reads "%s" as %s', (phrase, expected) => {
    expect(local(phrase)).toBe(expected);
  });

  it.each([
    ['add repaint the shed mid-may', { title: 'repaint the shed', due_date: 'mid-may' }],
    ['add clear the loft early next week', { title: 'clear the loft', due_date: 'early next week' }],
    ['add book the tip run the weekend after next', { title: 'book the tip run', due_date: 'the weekend after next' }],
    [
      "add water the neighbours' plants the monday after next",
      { title: "water the neighbours' plants", due_date: 'the monday after next' },
    ],
    [
      'add cancel the milk delivery the last day of this month',
      { title: 'cancel the milk delivery', due_date: 'the last day of this month' },
    ],
    ['add order the turkey before christmas', { title: 'order the turkey', due_date: 'before christmas' }],
    ['add sort the loft out by new year', { title: 'sort the loft out', due_date: 'new year' }],
    ['add pay rent at the start of next month', { title: 'pay rent', due_date: 'the start of next month' }],
    ['add book the hall for the 2nd tuesday of march', { title: 'book the hall', due_date: 'the 2nd tuesday of march' }],
    ['add file the VAT return by end of Q1', { title: 'file the VAT return', due_date: 'end of Q1' }],
    ['add book MOT 2 wks from today', { title: 'book MOT', due_date: '2 wks from today' }],
    ['add book annual leave 3 weeks from sunday', { title: 'book annual leave', due_date: '3 weeks from sunday' }],
    // A holiday that only names the thing stays in the title, as does a period's start that names a thing.
    ['add buy christmas cards', { title: 'buy christmas cards' }],
    ['add read the start of the year report', { title: 'read the start of the year report' }],
    ['add order the easter eggs', { title: 'order the easter eggs' }],
    ['add plan the new year party', { title: 'plan the new year party' }],
    ['add write the Q1 report', { title: 'write the Q1 report' }],
  ])('adds "%s" with its date out of the title', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it('moves a task to the weekday after next, never after a task called "next"', () => {
    expect(interpret('shift the hedge trimming to the tuesday after next')).toEqual({
      kind: 'call',
      tool: 'set_due_date',
      args: { date: 'tuesday after next' },
      target: { title: 'hedge trimming' },
    });
    expect(interpret('remind me the wednesday after next to book the ferry')).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'book the ferry', due_date: 'the wednesday after next', remind_before: '0m' },
    });
  });
});

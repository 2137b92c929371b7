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
    ['early next week', '2026-01-26 09:00'],
    ['late next week', '2026-01-30 09:00'],
    ['the weekend after next', '2026-02-07 09:00'],
    // A week after "next week" (a week today), as "in two weeks" is.
    ['the week after next', '2026-02-05 09:00'],
    ['week after next at 3pm', '2026-02-05 15:00'],
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
  ])('reads "%s" as %s', (phrase, expected) => {
    expect(local(phrase)).toBe(expected);
  });

  it.each([
    ['add repaint the shed mid-may', { title: 'repaint the shed', due_date: 'mid-may' }],
    ['add clear the loft early next week', { title: 'clear the loft', due_date: 'early next week' }],
    ['add book the tip run the weekend after next', { title: 'book the tip run', due_date: 'the weekend after next' }],
    ['add order the turkey before christmas', { title: 'order the turkey', due_date: 'before christmas' }],
    ['add sort the loft out by new year', { title: 'sort the loft out', due_date: 'new year' }],
    // A holiday that only names the thing stays in the title.
    ['add buy christmas cards', { title: 'buy christmas cards' }],
    ['add order the easter eggs', { title: 'order the easter eggs' }],
    ['add plan the new year party', { title: 'plan the new year party' }],
  ])('adds "%s" with its date out of the title', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'add_task', args });
  });
});

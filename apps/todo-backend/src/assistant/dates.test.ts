import { describe, expect, it } from 'vitest';
import { resolveDate } from './dates.ts';

// Wednesday 21 January 2026, 12:00 in New York (UTC-5).
const NOW = new Date('2026-01-21T17:00:00Z');
const ZONE = 'America/New_York';

describe('resolveDate', () => {
  it.each([
    // Times of day chrono implies are kept.
    ['tonight', '2026-01-22T03:00:00.000Z'],
    ['this evening', '2026-01-22T01:00:00.000Z'],
    ['tomorrow evening', '2026-01-23T01:00:00.000Z'],
    ['tomorrow night', '2026-01-23T01:00:00.000Z'],
    ['friday afternoon', '2026-01-23T20:00:00.000Z'],
    ['tomorrow morning', '2026-01-22T14:00:00.000Z'],
    ['tomorrow noon', '2026-01-22T17:00:00.000Z'],
    // A day alone means 09:00; a certain time is kept.
    ['tomorrow', '2026-01-22T14:00:00.000Z'],
    ['friday', '2026-01-23T14:00:00.000Z'],
    ['monday', '2026-01-26T14:00:00.000Z'],
    ['tomorrow 5pm', '2026-01-22T22:00:00.000Z'],
    ['in 2 hours', '2026-01-21T19:00:00.000Z'],
    // Past phrases point back.
    ['last monday', '2026-01-19T14:00:00.000Z'],
    ['yesterday', '2026-01-20T14:00:00.000Z'],
    ['3 days ago', '2026-01-18T14:00:00.000Z'],
    ['last friday at 3pm', '2026-01-16T20:00:00.000Z'],
    // A day of the month alone is the next such day.
    ['the 1st', '2026-02-01T14:00:00.000Z'],
    ['on the 21st', '2026-01-21T14:00:00.000Z'],
    ['the 25th at 6pm', '2026-01-25T23:00:00.000Z'],
    ['the 31st', '2026-01-31T14:00:00.000Z'],
    // A day's end (ISO 8601's 24:00) is the next day's start in the user's zone.
    ['thursday 24:00', '2026-01-23T05:00:00.000Z'],
    ['the 3rd 24:00', '2026-02-04T05:00:00.000Z'],
    // The end of a week is its Friday, of a month its last day: this one's or the next one's.
    ['end of the week', '2026-01-23T14:00:00.000Z'],
    ['end of next week', '2026-01-30T14:00:00.000Z'],
    ['by the end of next week', '2026-01-30T14:00:00.000Z'],
    ['end of next month', '2026-02-28T14:00:00.000Z'],
    // ISO input.
    ['2026-02-01', '2026-02-01T14:00:00.000Z'],
    ['2026-02-01T18:30:00Z', '2026-02-01T18:30:00.000Z'],
  ])('%s', (text, iso) => {
    expect(resolveDate(text, ZONE, NOW).toISOString()).toBe(iso);
  });

  it('skips months without the day', () => {
    expect(resolveDate('the 31st', ZONE, new Date('2026-02-10T17:00:00Z')).toISOString()).toBe('2026-03-31T13:00:00.000Z');
  });
});

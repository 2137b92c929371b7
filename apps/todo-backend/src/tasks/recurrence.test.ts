import rrule from 'rrule';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NextDueDateInput } from './recurrence.ts';
import { nextDueDate, parseRecurrence, RecurrenceLimitError, rhythmProblem } from './recurrence.ts';

type NextCase = {
  name: string;
  pattern: string;
  basis?: 'due' | 'completion';
  tz?: string;
  due: string | null;
  anchor?: string;
  done: string;
  n?: number;
  next: string | null;
};

function aCompletion(c: NextCase): NextDueDateInput {
  return {
    pattern: c.pattern,
    basis: c.basis ?? 'due',
    dueDate: c.due === null ? null : new Date(c.due),
    seriesAnchor: c.anchor === undefined ? null : new Date(c.anchor),
    completedAt: new Date(c.done),
    timeZone: c.tz ?? 'UTC',
    ...(c.n === undefined ? {} : { occurrenceNumber: c.n }),
  };
}

const nextFor = (c: NextCase) => nextDueDate(aCompletion(c))?.toISOString() ?? null;

describe('nextDueDate keeps the local wall time across DST', () => {
  it.each<NextCase>([
    {
      name: 'London spring forward (23h day): 09:00 GMT → 09:00 BST',
      pattern: 'daily',
      tz: 'Europe/London',
      due: '2025-03-29T09:00:00Z',
      done: '2025-03-29T10:00:00Z',
      next: '2025-03-30T08:00:00.000Z',
    },
    {
      name: 'London fall back (25h day): 09:00 BST → 09:00 GMT',
      pattern: 'daily',
      tz: 'Europe/London',
      due: '2025-10-25T08:00:00Z',
      done: '2025-10-25T08:30:00Z',
      next: '2025-10-26T09:00:00.000Z',
    },
    {
      name: 'London 01:30 falls in the spring gap → 02:30 BST',
      pattern: 'daily',
      tz: 'Europe/London',
      due: '2025-03-29T01:30:00Z',
      done: '2025-03-29T02:00:00Z',
      next: '2025-03-30T01:30:00.000Z',
    },
    {
      name: 'New York spring forward: 09:00 EST → 09:00 EDT',
      pattern: 'daily',
      tz: 'America/New_York',
      due: '2025-03-08T14:00:00Z',
      done: '2025-03-08T15:00:00Z',
      next: '2025-03-09T13:00:00.000Z',
    },
    {
      name: 'New York fall back: 09:00 EDT → 09:00 EST',
      pattern: 'daily',
      tz: 'America/New_York',
      due: '2025-11-01T13:00:00Z',
      done: '2025-11-01T14:00:00Z',
      next: '2025-11-02T14:00:00.000Z',
    },
    {
      name: 'New York 02:30 does not exist on Mar 9 → 03:30 EDT',
      pattern: 'daily',
      tz: 'America/New_York',
      due: '2025-03-08T07:30:00Z',
      done: '2025-03-08T08:00:00Z',
      next: '2025-03-09T07:30:00.000Z',
    },
    {
      name: 'New York after the gap the anchor brings 02:30 back',
      pattern: 'daily',
      tz: 'America/New_York',
      anchor: '2025-03-01T07:30:00Z',
      due: '2025-03-09T07:30:00Z',
      done: '2025-03-09T08:00:00Z',
      next: '2025-03-10T06:30:00.000Z',
    },
    {
      name: 'New York after the gap without an anchor the due date (03:30) sets the time',
      pattern: 'daily',
      tz: 'America/New_York',
      due: '2025-03-09T07:30:00Z',
      done: '2025-03-09T08:00:00Z',
      next: '2025-03-10T07:30:00.000Z',
    },
    {
      name: 'New York 01:30 happens twice on Nov 2 → the first (EDT)',
      pattern: 'daily',
      tz: 'America/New_York',
      due: '2025-11-01T05:30:00Z',
      done: '2025-11-01T06:00:00Z',
      next: '2025-11-02T05:30:00.000Z',
    },
    {
      name: 'New York the day after the repeated hour → 01:30 EST',
      pattern: 'daily',
      tz: 'America/New_York',
      due: '2025-11-02T05:30:00Z',
      done: '2025-11-02T05:45:00Z',
      next: '2025-11-03T06:30:00.000Z',
    },
    {
      name: 'Sydney DST starts in October: 09:00 AEST → 09:00 AEDT',
      pattern: 'daily',
      tz: 'Australia/Sydney',
      due: '2025-10-03T23:00:00Z',
      done: '2025-10-04T00:00:00Z',
      next: '2025-10-04T22:00:00.000Z',
    },
    {
      name: 'Sydney DST ends in April: 09:00 AEDT → 09:00 AEST',
      pattern: 'daily',
      tz: 'Australia/Sydney',
      due: '2025-04-04T22:00:00Z',
      done: '2025-04-04T23:00:00Z',
      next: '2025-04-05T23:00:00.000Z',
    },
    {
      name: 'Kolkata half-hour offset, daily 09:00 IST',
      pattern: 'daily',
      tz: 'Asia/Kolkata',
      due: '2025-06-01T03:30:00Z',
      done: '2025-06-01T04:00:00Z',
      next: '2025-06-02T03:30:00.000Z',
    },
    {
      name: 'Kolkata weekly on Monday 09:00 IST',
      pattern: 'weekly',
      tz: 'Asia/Kolkata',
      due: '2025-06-02T03:30:00Z',
      done: '2025-06-02T04:00:00Z',
      next: '2025-06-09T03:30:00.000Z',
    },
    {
      name: 'New York weekends across the spring change',
      pattern: 'FREQ=WEEKLY;BYDAY=SA,SU',
      tz: 'America/New_York',
      due: '2025-03-08T14:00:00Z',
      done: '2025-03-08T15:00:00Z',
      next: '2025-03-09T13:00:00.000Z',
    },
    {
      name: 'London weekly across the autumn change',
      pattern: 'weekly',
      tz: 'Europe/London',
      due: '2025-10-21T16:00:00Z',
      done: '2025-10-21T17:00:00Z',
      next: '2025-10-28T17:00:00.000Z',
    },
  ])('$name', (c) => {
    expect(nextFor(c)).toBe(c.next);
  });
});

describe('nextDueDate with basis `due` keeps the rhythm', () => {
  it.each<NextCase>([
    {
      name: 'daily, completed on time',
      pattern: 'daily',
      due: '2025-01-01T09:00:00Z',
      done: '2025-01-01T08:00:00Z',
      next: '2025-01-02T09:00:00.000Z',
    },
    {
      name: 'daily, missed days are skipped',
      pattern: 'daily',
      due: '2025-01-01T09:00:00Z',
      done: '2025-01-05T12:00:00Z',
      next: '2025-01-06T09:00:00.000Z',
    },
    {
      name: 'daily, completed early: the occurrence after the due date',
      pattern: 'daily',
      due: '2025-01-10T09:00:00Z',
      done: '2025-01-08T12:00:00Z',
      next: '2025-01-11T09:00:00.000Z',
    },
    {
      name: 'daily, completed exactly at an occurrence: strictly after it',
      pattern: 'daily',
      due: '2025-01-01T09:00:00Z',
      done: '2025-01-02T09:00:00Z',
      next: '2025-01-03T09:00:00.000Z',
    },
    {
      name: 'every 3 days keeps the phase after a miss',
      pattern: 'FREQ=DAILY;INTERVAL=3',
      due: '2025-01-01T09:00:00Z',
      done: '2025-01-05T12:00:00Z',
      next: '2025-01-07T09:00:00.000Z',
    },
    {
      name: 'weekly, two missed weeks',
      pattern: 'weekly',
      due: '2025-01-06T09:00:00Z',
      done: '2025-01-20T10:00:00Z',
      next: '2025-01-27T09:00:00.000Z',
    },
    {
      name: 'MO,WE,FR from Monday → Wednesday',
      pattern: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      due: '2025-01-06T09:00:00Z',
      done: '2025-01-06T10:00:00Z',
      next: '2025-01-08T09:00:00.000Z',
    },
    {
      name: 'MO,WE,FR from Friday → Monday',
      pattern: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      due: '2025-01-10T09:00:00Z',
      done: '2025-01-10T10:00:00Z',
      next: '2025-01-13T09:00:00.000Z',
    },
    {
      name: 'every 2 weeks MO,WE: Wednesday → Monday two weeks on',
      pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
      anchor: '2025-01-06T09:00:00Z',
      due: '2025-01-08T09:00:00Z',
      done: '2025-01-08T10:00:00Z',
      next: '2025-01-20T09:00:00.000Z',
    },
    {
      name: 'every 2 weeks MO,WE after a miss stays on the even weeks',
      pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE',
      anchor: '2025-01-06T09:00:00Z',
      due: '2025-01-06T09:00:00Z',
      done: '2025-01-22T12:00:00Z',
      next: '2025-02-03T09:00:00.000Z',
    },
    {
      name: 'monthly Jan 31 → Feb 28',
      pattern: 'monthly',
      due: '2025-01-31T09:00:00Z',
      done: '2025-01-31T10:00:00Z',
      next: '2025-02-28T09:00:00.000Z',
    },
    {
      name: 'monthly Feb 28 (anchor Jan 31) → Mar 31, no drift',
      pattern: 'monthly',
      anchor: '2025-01-31T09:00:00Z',
      due: '2025-02-28T09:00:00Z',
      done: '2025-02-28T10:00:00Z',
      next: '2025-03-31T09:00:00.000Z',
    },
    {
      name: 'monthly Mar 31 → Apr 30',
      pattern: 'monthly',
      anchor: '2025-01-31T09:00:00Z',
      due: '2025-03-31T09:00:00Z',
      done: '2025-03-31T10:00:00Z',
      next: '2025-04-30T09:00:00.000Z',
    },
    {
      name: 'monthly Jan 31 → Feb 29 in a leap year',
      pattern: 'monthly',
      due: '2024-01-31T09:00:00Z',
      done: '2024-01-31T10:00:00Z',
      next: '2024-02-29T09:00:00.000Z',
    },
    {
      name: 'monthly on the 30th → Feb 28 → Mar 30',
      pattern: 'monthly',
      anchor: '2025-01-30T09:00:00Z',
      due: '2025-02-28T09:00:00Z',
      done: '2025-02-28T10:00:00Z',
      next: '2025-03-30T09:00:00.000Z',
    },
    {
      name: "monthly without an anchor takes the due date's day",
      pattern: 'monthly',
      due: '2025-02-28T09:00:00Z',
      done: '2025-02-28T10:00:00Z',
      next: '2025-03-28T09:00:00.000Z',
    },
    {
      name: 'BYMONTHDAY=31 clamps too: Apr 30 → May 31',
      pattern: 'FREQ=MONTHLY;BYMONTHDAY=31',
      anchor: '2025-03-31T09:00:00Z',
      due: '2025-04-30T09:00:00Z',
      done: '2025-04-30T10:00:00Z',
      next: '2025-05-31T09:00:00.000Z',
    },
    {
      name: 'monthly uses the local day: Sydney Jan 31 09:00 (Jan 30 UTC) → Feb 28',
      pattern: 'monthly',
      tz: 'Australia/Sydney',
      due: '2025-01-30T22:00:00Z',
      done: '2025-01-30T23:00:00Z',
      next: '2025-02-27T22:00:00.000Z',
    },
    {
      name: 'monthly in London keeps 09:00 across BST',
      pattern: 'monthly',
      tz: 'Europe/London',
      anchor: '2025-01-31T09:00:00Z',
      due: '2025-03-31T08:00:00Z',
      done: '2025-03-31T09:00:00Z',
      next: '2025-04-30T08:00:00.000Z',
    },
    {
      name: 'every 3 months on the 15th',
      pattern: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15',
      due: '2025-01-15T09:00:00Z',
      done: '2025-01-15T10:00:00Z',
      next: '2025-04-15T09:00:00.000Z',
    },
    {
      name: 'first Monday: Jan 6 → Feb 3',
      pattern: 'FREQ=MONTHLY;BYDAY=1MO',
      due: '2025-01-06T09:00:00Z',
      done: '2025-01-06T10:00:00Z',
      next: '2025-02-03T09:00:00.000Z',
    },
    {
      name: 'last Friday: Jan 31 → Feb 28',
      pattern: 'FREQ=MONTHLY;BYDAY=-1FR',
      due: '2025-01-31T09:00:00Z',
      done: '2025-01-31T10:00:00Z',
      next: '2025-02-28T09:00:00.000Z',
    },
    {
      name: 'last Friday: Feb 28 → Mar 28',
      pattern: 'FREQ=MONTHLY;BYDAY=-1FR',
      due: '2025-02-28T09:00:00Z',
      done: '2025-02-28T10:00:00Z',
      next: '2025-03-28T09:00:00.000Z',
    },
    {
      name: 'BYSETPOS last weekday: Apr 30 → Fri May 30 (May 31 is a Saturday)',
      pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      due: '2025-04-30T09:00:00Z',
      done: '2025-04-30T10:00:00Z',
      next: '2025-05-30T09:00:00.000Z',
    },
    {
      name: 'BYSETPOS last weekday: Feb 28 → Mon Mar 31',
      pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      due: '2025-02-28T09:00:00Z',
      done: '2025-02-28T10:00:00Z',
      next: '2025-03-31T09:00:00.000Z',
    },
    {
      name: 'BYSETPOS second weekday of the month',
      pattern: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=2',
      due: '2025-05-02T09:00:00Z',
      done: '2025-05-02T10:00:00Z',
      next: '2025-06-03T09:00:00.000Z',
    },
    {
      name: 'yearly BYMONTH=2;BYMONTHDAY=29 → the next leap year',
      pattern: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
      due: '2024-02-29T09:00:00Z',
      done: '2024-03-01T10:00:00Z',
      next: '2028-02-29T09:00:00.000Z',
    },
    {
      name: 'plain yearly from Feb 29 → Feb 28 in common years',
      pattern: 'FREQ=YEARLY',
      due: '2024-02-29T09:00:00Z',
      done: '2024-02-29T10:00:00Z',
      next: '2025-02-28T09:00:00.000Z',
    },
    {
      name: 'plain yearly from Feb 29 returns to Feb 29 in the next leap year',
      pattern: 'yearly',
      anchor: '2024-02-29T09:00:00Z',
      due: '2027-02-28T09:00:00Z',
      done: '2027-02-28T10:00:00Z',
      next: '2028-02-29T09:00:00.000Z',
    },
    {
      name: 'plain yearly on Mar 15',
      pattern: 'FREQ=YEARLY',
      due: '2025-03-15T09:00:00Z',
      done: '2025-03-15T10:00:00Z',
      next: '2026-03-15T09:00:00.000Z',
    },
    {
      name: 'last Sunday of March, yearly',
      pattern: 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      due: '2025-03-30T09:00:00Z',
      done: '2025-03-30T10:00:00Z',
      next: '2026-03-29T09:00:00.000Z',
    },
    {
      name: 'COUNT=3 from the anchor: 2nd → 3rd',
      pattern: 'FREQ=DAILY;COUNT=3',
      anchor: '2025-01-01T09:00:00Z',
      due: '2025-01-02T09:00:00Z',
      done: '2025-01-02T10:00:00Z',
      next: '2025-01-03T09:00:00.000Z',
    },
    {
      name: 'COUNT=3 from the anchor: after the 3rd the series ends',
      pattern: 'FREQ=DAILY;COUNT=3',
      anchor: '2025-01-01T09:00:00Z',
      due: '2025-01-03T09:00:00Z',
      done: '2025-01-03T10:00:00Z',
      next: null,
    },
    {
      name: 'COUNT=3: skipped occurrences use up the count',
      pattern: 'FREQ=DAILY;COUNT=3',
      due: '2025-01-01T09:00:00Z',
      done: '2025-01-10T10:00:00Z',
      next: null,
    },
    {
      name: 'UNTIL (UTC) is inclusive',
      pattern: 'FREQ=DAILY;UNTIL=20250105T090000Z',
      due: '2025-01-04T09:00:00Z',
      done: '2025-01-04T10:00:00Z',
      next: '2025-01-05T09:00:00.000Z',
    },
    {
      name: 'UNTIL (UTC) reached → null',
      pattern: 'FREQ=DAILY;UNTIL=20250105T090000Z',
      due: '2025-01-05T09:00:00Z',
      done: '2025-01-05T10:00:00Z',
      next: null,
    },
    {
      name: 'UNTIL as a date includes that whole local day',
      pattern: 'FREQ=DAILY;UNTIL=20250105',
      tz: 'America/New_York',
      due: '2025-01-05T04:00:00Z',
      done: '2025-01-05T05:00:00Z',
      next: '2025-01-06T04:00:00.000Z',
    },
    {
      name: 'UNTIL as a date, the day after → null',
      pattern: 'FREQ=DAILY;UNTIL=20250105',
      tz: 'America/New_York',
      due: '2025-01-06T04:00:00Z',
      done: '2025-01-06T05:00:00Z',
      next: null,
    },
    {
      name: 'UNTIL as a local time (no Z) is read in the user zone',
      pattern: 'FREQ=DAILY;UNTIL=20250105T080000',
      tz: 'Europe/London',
      due: '2025-01-04T09:00:00Z',
      done: '2025-01-04T10:00:00Z',
      next: null,
    },
    {
      name: 'a rule that never fits the anchor ends instead of hanging',
      pattern: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU',
      due: '2025-03-03T09:00:00Z',
      done: '2025-03-03T10:00:00Z',
      next: null,
    },
  ])('$name', (c) => {
    expect(nextFor(c)).toBe(c.next);
  });
});

describe('nextDueDate with basis `completion` counts from the completion', () => {
  it.each<NextCase>([
    {
      name: 'daily: the next local day at the series time',
      pattern: 'daily',
      basis: 'completion',
      due: '2025-01-01T09:00:00Z',
      done: '2025-01-05T18:30:00Z',
      next: '2025-01-06T09:00:00.000Z',
    },
    {
      name: 'daily, completed before the due date',
      pattern: 'daily',
      basis: 'completion',
      due: '2025-01-10T09:00:00Z',
      done: '2025-01-05T12:00:00Z',
      next: '2025-01-06T09:00:00.000Z',
    },
    {
      name: "weekly: a week after Thursday's completion",
      pattern: 'weekly',
      basis: 'completion',
      due: '2025-01-06T09:00:00Z',
      done: '2025-01-09T15:00:00Z',
      next: '2025-01-16T09:00:00.000Z',
    },
    {
      name: 'every 2 weeks after completion',
      pattern: 'FREQ=WEEKLY;INTERVAL=2',
      basis: 'completion',
      due: '2025-01-06T09:00:00Z',
      done: '2025-01-09T15:00:00Z',
      next: '2025-01-23T09:00:00.000Z',
    },
    {
      name: 'monthly: Jan 31 completion → Feb 28',
      pattern: 'monthly',
      basis: 'completion',
      due: '2025-01-20T09:00:00Z',
      done: '2025-01-31T12:00:00Z',
      next: '2025-02-28T09:00:00.000Z',
    },
    {
      name: 'BYDAY snaps to the first listed day on or after one period',
      pattern: 'FREQ=WEEKLY;BYDAY=MO,WE',
      basis: 'completion',
      due: '2025-01-06T09:00:00Z',
      done: '2025-01-07T10:00:00Z',
      next: '2025-01-15T09:00:00.000Z',
    },
    {
      name: "the completion's local date counts (Sydney)",
      pattern: 'daily',
      basis: 'completion',
      tz: 'Australia/Sydney',
      due: '2025-05-31T23:00:00Z',
      done: '2025-06-01T20:00:00Z',
      next: '2025-06-02T23:00:00.000Z',
    },
    {
      name: 'London: late completion before the spring change',
      pattern: 'daily',
      basis: 'completion',
      tz: 'Europe/London',
      due: '2025-03-29T09:00:00Z',
      done: '2025-03-29T23:30:00Z',
      next: '2025-03-30T08:00:00.000Z',
    },
    {
      name: 'COUNT=3, completing the 2nd → a 3rd',
      pattern: 'FREQ=DAILY;COUNT=3',
      basis: 'completion',
      due: '2025-01-02T09:00:00Z',
      done: '2025-01-02T10:00:00Z',
      n: 2,
      next: '2025-01-03T09:00:00.000Z',
    },
    {
      name: 'COUNT=3, completing the 3rd → ends',
      pattern: 'FREQ=DAILY;COUNT=3',
      basis: 'completion',
      due: '2025-01-03T09:00:00Z',
      done: '2025-01-03T10:00:00Z',
      n: 3,
      next: null,
    },
    {
      name: 'COUNT without occurrenceNumber counts the task as the 1st',
      pattern: 'FREQ=DAILY;COUNT=3',
      basis: 'completion',
      due: '2025-01-03T09:00:00Z',
      done: '2025-01-03T10:00:00Z',
      next: '2025-01-04T09:00:00.000Z',
    },
    {
      name: 'UNTIL passed → ends',
      pattern: 'FREQ=DAILY;UNTIL=20250110T000000Z',
      basis: 'completion',
      due: '2025-01-09T09:00:00Z',
      done: '2025-01-09T12:00:00Z',
      next: null,
    },
  ])('$name', (c) => {
    expect(nextFor(c)).toBe(c.next);
  });
});

describe('nextDueDate for a task without a due date', () => {
  it.each<NextCase>([
    {
      name: 'daily: one day after completion, same local time',
      pattern: 'daily',
      due: null,
      done: '2025-01-05T18:30:00Z',
      next: '2025-01-06T18:30:00.000Z',
    },
    {
      name: 'weekly in London keeps 18:00 local into BST',
      pattern: 'weekly',
      tz: 'Europe/London',
      due: null,
      done: '2025-03-27T18:00:00Z',
      next: '2025-04-03T17:00:00.000Z',
    },
    {
      name: 'monthly with basis completion clamps Jan 31 → Feb 28',
      pattern: 'monthly',
      basis: 'completion',
      due: null,
      done: '2025-01-31T10:00:00Z',
      next: '2025-02-28T10:00:00.000Z',
    },
    {
      name: 'BYDAY=FR: the first Friday a week after completion',
      pattern: 'FREQ=WEEKLY;BYDAY=FR',
      due: null,
      done: '2025-01-06T10:00:00Z',
      next: '2025-01-17T10:00:00.000Z',
    },
  ])('$name', (c) => {
    expect(nextFor(c)).toBe(c.next);
  });
});

describe('nextDueDate rejects what validation should have caught', () => {
  const base = aCompletion({ name: '', pattern: 'daily', due: '2025-01-01T09:00:00Z', done: '2025-01-01T10:00:00Z', next: null });
  it.each([
    { name: 'an unknown time zone', input: { ...base, timeZone: 'Mars/Olympus' }, error: /Unknown time zone/ },
    { name: 'an invalid pattern', input: { ...base, pattern: 'FREQ=HOURLY' }, error: /too frequent/ },
  ])('$name', ({ input, error }) => {
    expect(() => nextDueDate(input)).toThrow(error);
  });
});

describe('parseRecurrence', () => {
  it.each([
    ['daily', 'daily'],
    [' Weekly ', 'weekly'],
    ['MONTHLY', 'monthly'],
    ['yearly', 'FREQ=YEARLY'],
    ['FREQ=DAILY', 'daily'],
    ['RRULE:FREQ=WEEKLY', 'weekly'],
    ['FREQ=MONTHLY;INTERVAL=1;', 'monthly'],
    ['rrule:freq=weekly;interval=2;byday=mo,we', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE'],
    ['BYDAY=MO;FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=MO'],
    ['FREQ=MONTHLY;BYDAY=+01MO', 'FREQ=MONTHLY;BYDAY=1MO'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['FREQ=DAILY;COUNT=10', 'FREQ=DAILY;COUNT=10'],
    ['FREQ=DAILY;UNTIL=20261231T170000Z', 'FREQ=DAILY;UNTIL=20261231T170000Z'],
    ['FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31', 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31'],
    ['FREQ=WEEKLY;WKST=SU;BYDAY=SA,SU', 'FREQ=WEEKLY;BYDAY=SA,SU;WKST=SU'],
  ])('accepts %j as %j', (pattern, rule) => {
    expect(parseRecurrence(pattern)).toEqual({ ok: true, rule });
  });

  it.each([
    ['', /Use daily, weekly, monthly or an RRULE/],
    ['fortnightly', /Use daily, weekly, monthly or an RRULE/],
    ['hourly', /too frequent for a todo/],
    ['FREQ=SECONDLY', /too frequent for a todo/],
    ['FREQ=MINUTELY', /too frequent for a todo/],
    ['FREQ=HOURLY;INTERVAL=24', /too frequent for a todo/],
    ['FREQ=FORTNIGHTLY', /not a frequency/],
    ['INTERVAL=2', /FREQ is missing/],
    ['FREQ=DAILY;FOO=1', /Unknown rule part FOO/],
    ['FREQ=DAILY;BYHOUR=9', /time of day comes from the task's due date/],
    ['DTSTART:20250101T090000Z\nRRULE:FREQ=DAILY', /Remove DTSTART/],
    ['FREQ=DAILY;TZID=Europe/London', /Remove TZID/],
    ['FREQ=DAILY;FREQ=WEEKLY', /FREQ appears twice/],
    ['FREQ=DAILY;INTERVAL', /is not KEY=VALUE/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL.*from 1 to 1000/],
    ['FREQ=DAILY;INTERVAL=1.5', /INTERVAL.*from 1 to 1000/],
    ['FREQ=YEARLY;INTERVAL=101', /INTERVAL.*from 1 to 100/],
    ['FREQ=DAILY;COUNT=0', /COUNT/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20250101', /COUNT or UNTIL, not both/],
    ['FREQ=DAILY;UNTIL=2025-01-01', /UNTIL=2025-01-01: use a date like 20261231/],
    ['FREQ=DAILY;UNTIL=20250230', /UNTIL=20250230/],
    ['FREQ=WEEKLY;BYDAY=XX', /two-letter days/],
    ['FREQ=WEEKLY;BYDAY=1MO', /need FREQ=MONTHLY or FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYDAY=6MO', /from 1 to 5/],
    ['FREQ=MONTHLY;BYMONTHDAY=32', /BYMONTHDAY=32/],
    ['FREQ=MONTHLY;BYMONTHDAY=0', /BYMONTHDAY=0/],
    ['FREQ=YEARLY;BYMONTH=13', /BYMONTH=13/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /does not work with FREQ=WEEKLY/],
    ['FREQ=MONTHLY;BYYEARDAY=1', /BYYEARDAY needs FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYWEEKNO=1', /BYWEEKNO needs FREQ=YEARLY/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS picks from a set/],
    ['FREQ=WEEKLY;WKST=XX', /WKST/],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', /never produces a date/],
    ['FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', /never produces a date/],
  ])('rejects %j', (pattern, message) => {
    const result = parseRecurrence(pattern);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(message);
  });
});

/**
 * The work of one call, as rrule sees it: how many searches ran, how many dates they produced, and how far each
 * was allowed to run (dtstart to until). Aborts past `abortAfter` dates so code without bounds fails fast.
 */
function measureWork<T>(run: () => T, abortAfter = 50_000): { result: T; searches: number; dates: number; longestSpanDays: number } {
  const { all } = rrule.RRule.prototype;
  let searches = 0;
  let dates = 0;
  let longestSpanDays = 0;
  const spy = vi.spyOn(rrule.RRule.prototype, 'all').mockImplementation(function (this: InstanceType<typeof rrule.RRule>, iterator) {
    searches += 1;
    const { dtstart, until } = this.options;
    longestSpanDays = Math.max(longestSpanDays, until ? (until.getTime() - dtstart.getTime()) / 86_400_000 : Number.POSITIVE_INFINITY);
    return all.call(this, (date: Date, index: number) => {
      dates += 1;
      if (dates > abortAfter) throw new Error(`more than ${abortAfter} dates`);
      return iterator ? iterator(date, index) : true;
    });
  });
  try {
    return { result: run(), searches, dates, longestSpanDays };
  } finally {
    spy.mockRestore();
  }
}

/** The most days one search may span for a pattern: its window plus two intervals, or a COUNT walk. */
function spanLimitDays(pattern: string): number {
  if (pattern.includes('COUNT')) return 15_000 + 3_000;
  const interval = Number(/INTERVAL=(\d+)/.exec(pattern)?.[1] ?? 1);
  if (/daily/i.test(pattern)) return 3_000 + 2 * interval + 3;
  if (/weekly/i.test(pattern)) return 7 * (1_000 + 2 * interval) + 3;
  if (/monthly/i.test(pattern)) return 31 * (600 + 2 * interval);
  return 366 * (200 + 2 * interval);
}

describe('nextDueDate does bounded work whatever the dates', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each<NextCase>([
    {
      name: 'daily, anchor in 1900, due moved to 9999',
      pattern: 'daily',
      anchor: '1900-01-01T09:00:00Z',
      due: '9999-12-30T09:00:00Z',
      done: '2026-01-01T10:00:00Z',
      next: '9999-12-31T09:00:00.000Z',
    },
    {
      name: 'daily in New York, anchor in 1900, due in 9999',
      pattern: 'daily',
      tz: 'America/New_York',
      anchor: '1900-01-01T14:00:00Z',
      due: '9999-12-30T14:00:00Z',
      done: '2026-01-01T10:00:00Z',
      next: '9999-12-31T14:00:00.000Z',
    },
    {
      name: 'weekly past the end of 9999 ends the series',
      pattern: 'weekly',
      anchor: '1900-01-01T09:00:00Z',
      due: '9999-12-27T09:00:00Z',
      done: '2026-01-01T10:00:00Z',
      next: null,
    },
    {
      name: 'monthly from Jan 31, 1900 still clamps and returns to the 31st in 9999',
      pattern: 'monthly',
      anchor: '1900-01-31T09:00:00Z',
      due: '9999-11-30T09:00:00Z',
      done: '2026-01-01T10:00:00Z',
      next: '9999-12-31T09:00:00.000Z',
    },
    {
      name: 'yearly on Feb 29 from 1904, in 9996',
      pattern: 'yearly',
      anchor: '1904-02-29T09:00:00Z',
      due: '9995-02-28T09:00:00Z',
      done: '2026-01-01T10:00:00Z',
      next: '9996-02-29T09:00:00.000Z',
    },
    {
      name: 'a due date in 1900 completed now: the next date after now',
      pattern: 'daily',
      due: '1900-01-01T09:00:00Z',
      done: '2026-05-05T12:00:00Z',
      next: '2026-05-06T09:00:00.000Z',
    },
    {
      name: 'every 1000 days from 1900 keeps its phase in 9999',
      pattern: 'FREQ=DAILY;INTERVAL=1000',
      anchor: '1900-01-01T09:00:00Z',
      due: '9998-01-01T09:00:00Z',
      done: '2026-01-01T10:00:00Z',
      // 1900-01-01 + 2,958 × 1,000 days.
      next: '9998-09-24T09:00:00.000Z',
    },
    {
      name: 'basis completion, completed in 9999',
      pattern: 'FREQ=WEEKLY;BYDAY=MO',
      basis: 'completion',
      due: '1900-01-01T09:00:00Z',
      done: '9999-06-01T10:00:00Z',
      next: '9999-06-14T09:00:00.000Z',
    },
    {
      name: 'COUNT=10000 from 1900 has ended by 9999',
      pattern: 'FREQ=DAILY;COUNT=10000',
      anchor: '1900-01-01T09:00:00Z',
      due: '9999-12-30T09:00:00Z',
      done: '2026-01-01T10:00:00Z',
      next: null,
    },
    {
      name: 'a rule that never fits its anchor gives up after its window',
      pattern: 'FREQ=DAILY;INTERVAL=7;BYDAY=TU',
      anchor: '1900-01-01T09:00:00Z',
      due: '2025-03-03T09:00:00Z',
      done: '2025-03-03T10:00:00Z',
      next: null,
    },
  ])('$name', (c) => {
    const work = measureWork(() => nextFor(c));
    expect(work.result).toBe(c.next);
    expect(work.searches).toBe(1);
    expect(work.dates).toBeLessThanOrEqual(16_000);
    // A search runs over its window at most (from two intervals before the threshold), a COUNT walk 15,000 intervals.
    expect(work.longestSpanDays).toBeLessThanOrEqual(spanLimitDays(c.pattern));
  });

  it('starts a search near the old due date: the work does not grow with the distance from the anchor', () => {
    const fromAnchor = (anchor: string) =>
      measureWork(() =>
        nextFor({ name: '', pattern: 'daily', anchor, due: '9000-01-01T09:00:00Z', done: '2026-01-01T10:00:00Z', next: null }),
      );
    const far = fromAnchor('1900-01-01T09:00:00Z');
    expect(far.result).toBe('9000-01-02T09:00:00.000Z');
    expect(far.dates).toBeLessThanOrEqual(5);
    expect(fromAnchor('8999-01-01T09:00:00Z').dates).toBe(far.dates);
  });

  it('a COUNT series too far past its anchor to count is a clear error, not a freeze', () => {
    const input = aCompletion({
      name: '',
      pattern: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=5000',
      anchor: '1904-02-29T09:00:00Z',
      due: '9996-02-29T09:00:00Z',
      done: '2026-01-01T10:00:00Z',
      next: null,
    });
    const work = measureWork(() => {
      try {
        nextDueDate(input);
        return undefined;
      } catch (error) {
        return error;
      }
    });
    expect(work.result).toBeInstanceOf(RecurrenceLimitError);
    expect(work.result).toMatchObject({ code: 'recurrence_limit', status: 422, message: expect.stringMatching(/set the rule again/) });
    expect(work.dates).toBeLessThanOrEqual(16_000);
  });
});

describe('a search moved near the threshold keeps the rhythm of a walk from the anchor', () => {
  const { RRule } = rrule;
  const anchor = new Date('1901-03-15T09:00:00Z');
  it.each([
    'FREQ=DAILY;INTERVAL=3',
    'FREQ=DAILY;INTERVAL=10;BYDAY=MO,TU',
    'FREQ=DAILY;INTERVAL=2;BYMONTH=2,3;BYMONTHDAY=1,-1',
    'FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU',
    'FREQ=WEEKLY;INTERVAL=5;BYMONTH=2',
    'FREQ=MONTHLY;INTERVAL=7;BYDAY=-1FR',
    'FREQ=MONTHLY;INTERVAL=2;BYMONTH=1,2,3,5',
    'FREQ=MONTHLY;INTERVAL=5;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=2',
    'FREQ=YEARLY;INTERVAL=3;BYMONTH=2;BYDAY=2TU',
    'FREQ=YEARLY;INTERVAL=7',
    'FREQ=DAILY;INTERVAL=3;COUNT=10000',
    'FREQ=WEEKLY;BYDAY=MO,FR;COUNT=8000',
    'FREQ=MONTHLY;INTERVAL=2;COUNT=700',
  ])('%s', (pattern) => {
    const oracle = new RRule({ ...RRule.parseString(pattern), dtstart: anchor });
    for (const threshold of ['1950-07-04T12:00:00Z', '2026-05-05T00:00:00Z', '2099-12-31T23:00:00Z']) {
      const expected = oracle.after(new Date(threshold))?.toISOString() ?? null;
      const next = nextDueDate({
        pattern,
        basis: 'due',
        seriesAnchor: anchor,
        dueDate: new Date(threshold),
        completedAt: new Date(threshold),
        timeZone: 'UTC',
      });
      expect(next?.toISOString() ?? null, threshold).toBe(expected);
    }
  });
});

describe('rules must produce dates at their interval', () => {
  it('refuses, quickly, a rule whose dates are too rare to search for', () => {
    const work = measureWork(() => parseRecurrence('FREQ=DAILY;INTERVAL=1000;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO'));
    expect(work.result).toEqual({ ok: false, message: expect.stringMatching(/never produces a date, or too rarely.*FREQ=YEARLY/) });
    expect(work.dates).toBeLessThanOrEqual(3_100);
    expect(parseRecurrence('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO')).toMatchObject({ ok: true });
    expect(parseRecurrence('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29')).toMatchObject({ ok: true });
  });

  it('says why a rule never reaches a date from its due date at its interval', () => {
    const work = measureWork(() => rhythmProblem('FREQ=DAILY;INTERVAL=7;BYDAY=TU', new Date('2031-03-03T09:00:00Z'), 'UTC'));
    expect(work.result).toBe(
      'Every 7 days from Mon 3 Mar 2031 never reaches a date this rule allows within 3000 days (about 8 years); ' +
        'change the due date, INTERVAL or the BY… parts.',
    );
    expect(work.dates).toBeLessThanOrEqual(500);
    expect(rhythmProblem('FREQ=DAILY;INTERVAL=7;BYDAY=TU', new Date('2031-03-04T09:00:00Z'), 'UTC')).toBeUndefined();
    expect(rhythmProblem('FREQ=YEARLY;INTERVAL=100;BYMONTH=2;BYMONTHDAY=29', new Date('2000-02-29T09:00:00Z'), 'UTC')).toMatch(
      /Every 100 years from Tue 29 Feb 2000 never reaches/,
    );
    // The due date's day sets a plain rule's day: Feb 31 and Apr 31 never come.
    expect(rhythmProblem('FREQ=YEARLY;BYMONTH=2,4', new Date('2031-01-31T09:00:00Z'), 'UTC')).toMatch(/never reaches/);
    expect(rhythmProblem('monthly', new Date('2031-01-31T09:00:00Z'), 'Europe/London')).toBeUndefined();
    // A rule is judged by its rhythm, not by the calendar ending with year 9999.
    expect(rhythmProblem('yearly', new Date('9999-12-31T09:00:00Z'), 'America/New_York')).toBeUndefined();
    expect(rhythmProblem('FREQ=YEARLY;INTERVAL=100', new Date('9950-06-01T09:00:00Z'), 'UTC')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { NextDueDateInput } from './recurrence.ts';
import { nextDueDate, parseRecurrence } from './recurrence.ts';
import { describeRecurrence } from './recurrence-text.ts';

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

describe('describeRecurrence', () => {
  it.each([
    ['daily', 'every day'],
    ['weekly', 'every week'],
    ['monthly', 'every month'],
    ['yearly', 'every year'],
    ['FREQ=DAILY;INTERVAL=3', 'every 3 days'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE', 'every 2 weeks on Mon, Wed'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'every weekday'],
    ['FREQ=MONTHLY;BYMONTHDAY=31', 'every month on the 31st (last day in shorter months)'],
    ['FREQ=MONTHLY;BYMONTHDAY=1,15', 'every month on the 1st and 15th'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'every month on the last day'],
    ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', 'every 3 months on the 15th'],
    ['FREQ=MONTHLY;BYDAY=1MO', 'every month on the 1st Mon'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'every month on the last Fri'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'every month on the last weekday'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'every year on Feb 29 (leap years only)'],
    ['FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'every year in Mar on the last Sun'],
    ['FREQ=DAILY;COUNT=5', 'every day, 5 times'],
    ['FREQ=DAILY;UNTIL=20251231', 'every day until Dec 31, 2025'],
    ['FREQ=DAILY;UNTIL=20250301T170000Z', 'every day until Mar 1, 2025 17:00 UTC'],
    ['FREQ=HOURLY', 'FREQ=HOURLY'],
  ])('%j → %j', (pattern, text) => {
    expect(describeRecurrence(pattern)).toBe(text);
  });
});

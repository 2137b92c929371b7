import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { resolveDate } from './dates.ts';
import { interpret } from './interpreter/offline-interpreter.ts';

// "due by midnight friday": the midnight that ends Friday, as a deadline means it, in whatever order the words come;
// never the one that starts Friday, nor (for "tonight at midnight") the present moment.

const ZONE = 'Europe/London';
const NOW = DateTime.fromISO('2026-01-22T12:00', { zone: ZONE }).toJSDate(); // a Thursday
const wall = (date: Date) => DateTime.fromJSDate(date, { zone: ZONE }).toFormat('yyyy-MM-dd HH:mm');

describe('midnight of a day', () => {
  it.each([
    ['midnight friday', '2026-01-24 00:00'],
    ['by midnight friday', '2026-01-24 00:00'],
    ['friday midnight', '2026-01-24 00:00'],
    ['friday at midnight', '2026-01-24 00:00'],
    ['midnight on sunday', '2026-01-26 00:00'],
    ['tues at midnight', '2026-01-28 00:00'],
    ['tomorrow midnight', '2026-01-24 00:00'],
    ['tonight at midnight', '2026-01-23 00:00'],
    // Said on a Thursday, Thursday's midnight is tonight's, still ahead.
    ['thursday midnight', '2026-01-23 00:00'],
    ['midnight', '2026-01-23 00:00'],
  ])('reads "%s" as %s', (phrase, expected) => {
    expect(wall(resolveDate(phrase, ZONE, NOW))).toBe(expected);
  });

  it('moves a task due "by midnight friday" to the end of Friday', () => {
    const reading = interpret('the HIST2001 essay is due by midnight friday');
    expect(reading).toMatchObject({ kind: 'call', tool: 'set_due_date', target: { title: 'HIST2001 essay' } });
    const date = reading.kind === 'call' ? String(reading.args.date) : '';
    expect(wall(resolveDate(date, ZONE, NOW))).toBe('2026-01-24 00:00');
  });
});

import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { matchesFilter } from './calendar-filter.ts';

const todo = (lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//T//EN', 'BEGIN:VTODO', 'UID:x', ...lines, 'END:VTODO', 'END:VCALENDAR', ''].join('\r\n');

/** A CALDAV:filter around a VTODO comp-filter holding `inner`. */
function filter(inner: string) {
  const xml = `<C:filter xmlns:C="urn:ietf:params:xml:ns:caldav"><C:comp-filter name="VCALENDAR"><C:comp-filter name="VTODO">${inner}</C:comp-filter></C:comp-filter></C:filter>`;
  const root = new DOMParser().parseFromString(xml, 'application/xml').documentElement;
  if (!root) throw new Error('no filter');
  return root;
}
const range = (start: string, end: string) => filter(`<C:time-range start="${start}" end="${end}"/>`);

describe('calendar-query filters (RFC 4791 §9.7, §9.9)', () => {
  it('matches a VTODO by component and not a calendar without one', () => {
    expect(matchesFilter(filter(''), todo(['SUMMARY:a']))).toBe(true);
    const events = todo(['SUMMARY:a']).replaceAll('VTODO', 'VEVENT');
    expect(matchesFilter(filter(''), events)).toBe(false);
  });

  it('follows the VTODO time-range table: DUE alone, DTSTART with DUE, and no dates at all', () => {
    const due = todo(['DUE:20300110T120000Z']);
    expect(matchesFilter(range('20300101T000000Z', '20300201T000000Z'), due)).toBe(true);
    expect(matchesFilter(range('20300110T120000Z', '20300201T000000Z'), due)).toBe(false);
    expect(matchesFilter(range('20300101T000000Z', '20300110T120000Z'), due)).toBe(true);
    const span = todo(['DTSTART:20300105T000000Z', 'DUE:20300110T120000Z']);
    expect(matchesFilter(range('20300106T000000Z', '20300107T000000Z'), span)).toBe(true);
    expect(matchesFilter(range('20300111T000000Z', '20300112T000000Z'), span)).toBe(false);
    expect(matchesFilter(range('19000101T000000Z', '19000102T000000Z'), todo([]))).toBe(true);
  });

  it('reads is-not-defined, text-match with negation and case, and param-filter', () => {
    const open = todo(['STATUS:NEEDS-ACTION', 'CATEGORIES:Home']);
    const done = todo(['STATUS:COMPLETED', 'COMPLETED:20300101T000000Z']);
    const notDone = filter('<C:prop-filter name="COMPLETED"><C:is-not-defined/></C:prop-filter>');
    expect([matchesFilter(notDone, open), matchesFilter(notDone, done)]).toEqual([true, false]);
    const notCompleted = filter(
      '<C:prop-filter name="STATUS"><C:text-match negate-condition="yes">completed</C:text-match></C:prop-filter>',
    );
    expect([matchesFilter(notCompleted, open), matchesFilter(notCompleted, done)]).toEqual([true, false]);
    const octet = filter('<C:prop-filter name="CATEGORIES"><C:text-match collation="i;octet">home</C:text-match></C:prop-filter>');
    expect(matchesFilter(octet, open)).toBe(false);
    const related = todo(['RELATED-TO;RELTYPE=PARENT:p']);
    const parent = filter(
      '<C:prop-filter name="RELATED-TO"><C:param-filter name="RELTYPE"><C:text-match>PARENT</C:text-match></C:param-filter></C:prop-filter>',
    );
    expect(matchesFilter(parent, related)).toBe(true);
  });

  it('reads a DUE with a TZID in that zone, and a floating one in the user’s zone', () => {
    // 00:30 in Berlin in winter is 23:30 UTC the day before.
    const berlin = todo(['DUE;TZID=Europe/Berlin:20300110T003000']);
    expect(matchesFilter(range('20300109T230000Z', '20300109T235900Z'), berlin)).toBe(true);
    expect(matchesFilter(range('20300110T000000Z', '20300111T000000Z'), berlin)).toBe(false);
    const floating = todo(['DUE:20300110T003000']);
    expect(matchesFilter(range('20300109T230000Z', '20300109T235900Z'), floating, 'Europe/Berlin')).toBe(true);
    expect(matchesFilter(range('20300109T230000Z', '20300109T235900Z'), floating, 'UTC')).toBe(false);
  });

  it('refuses a time range that is not UTC with valid-filter', () => {
    expect(() => matchesFilter(range('2030-01-01', '20300201T000000Z'), todo([]))).toThrow(/UTC/);
  });
});

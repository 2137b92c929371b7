import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { InvalidCalendarDataError } from './caldav-errors.ts';
import { taskToVcalendar, taskUid, vcalendarToTask } from './vtodo-mapping.ts';
import { aTask, storedTask } from './vtodo-test-tasks.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.ics`, import.meta.url), 'utf8');
/** Unfolded content lines of an iCalendar text. */
const lines = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');
const vcalendar = (...todo: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    'BEGIN:VTODO',
    'UID:t-1',
    'DTSTAMP:20261201T000000Z',
    ...todo,
    'END:VTODO',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

function refusal(text: string): InvalidCalendarDataError {
  try {
    vcalendarToTask(text, 'UTC');
  } catch (error) {
    if (error instanceof InvalidCalendarDataError) return error;
    throw error;
  }
  throw new Error('expected the calendar object to be refused');
}

describe('a task written as iCalendar', () => {
  it('is one VTODO with a UID stable per task, the fields Doable has, and times from the task', () => {
    const task = aTask({
      title: 'Pay rent',
      description: 'Reference 42, by noon',
      priority: 'high',
      tags: ['home', 'money'],
      due_date: '2026-12-15T09:00:00.000Z',
      recurring: 'monthly',
      remind_before: '1h',
      reminder_at: '2026-12-15T08:00:00.000Z',
    });
    const text = lines(taskToVcalendar(task, { parentUid: taskUid(7) }));
    expect(text).toEqual(
      expect.arrayContaining([
        'PRODID:-//Doable//Doable CalDAV//EN',
        'VERSION:2.0',
        'UID:doable-task-42@doable',
        'DTSTAMP:20261201T093000Z',
        'CREATED:20261130T080000Z',
        'LAST-MODIFIED:20261201T093000Z',
        'SUMMARY:Pay rent',
        'DESCRIPTION:Reference 42\\, by noon',
        'STATUS:NEEDS-ACTION',
        'PRIORITY:1',
        'CATEGORIES:home,money',
        'DUE:20261215T090000Z',
        'RRULE:FREQ=MONTHLY',
        'RELATED-TO;RELTYPE=PARENT:doable-task-7@doable',
        'TRIGGER;RELATED=END:-PT1H',
      ]),
    );
    expect(text.filter((line) => line === 'BEGIN:VTODO')).toHaveLength(1);
    expect(text.some((line) => line.startsWith('BEGIN:VTIMEZONE'))).toBe(false);
  });

  it('is the same text for the same task, so an ETag taken from it changes only when the task does', () => {
    const task = aTask({ due_date: '2026-12-15T09:00:00.000Z' });
    expect(taskToVcalendar(task)).toBe(taskToVcalendar(aTask({ due_date: '2026-12-15T09:00:00.000Z' })));
    expect(taskToVcalendar(task)).not.toBe(taskToVcalendar({ ...task, updated_at: '2026-12-01T09:31:00.000Z' }));
  });

  it('is completed with STATUS, COMPLETED and PERCENT-COMPLETE', () => {
    const text = lines(taskToVcalendar(aTask({ completed: true, completed_at: '2026-12-02T12:00:05.000Z' })));
    expect(text).toEqual(expect.arrayContaining(['STATUS:COMPLETED', 'PERCENT-COMPLETE:100', 'COMPLETED:20261202T120005Z']));
  });

  it('maps priorities high, medium and low to 1, 5 and 9', () => {
    for (const [priority, value] of [
      ['high', 1],
      ['medium', 5],
      ['low', 9],
    ] as const) {
      expect(lines(taskToVcalendar(aTask({ priority })))).toContain(`PRIORITY:${value}`);
    }
  });

  it('writes an absolute reminder as a UTC DATE-TIME trigger', () => {
    const text = lines(taskToVcalendar(aTask({ reminder_at: '2026-12-14T18:30:00.000Z' })));
    expect(text).toContain('TRIGGER;VALUE=DATE-TIME:20261214T183000Z');
  });

  it('keeps a tag that ends in a backslash apart from the next one', () => {
    const text = taskToVcalendar(aTask({ tags: ['c:\\', 'docs'] }));
    expect(vcalendarToTask(text, 'UTC').fields.tags).toEqual(['c:\\', 'docs']);
  });

  it('writes line breaks as escaped LF and never a bare CR, which content lines must not hold', () => {
    const text = taskToVcalendar(aTask({ title: 'Call\r\nBob', description: 'one\r\ntwo\rthree' }));
    expect(text.replace(/\r\n/g, '')).not.toContain('\r');
    expect(vcalendarToTask(text, 'UTC').fields).toMatchObject({ title: 'Call\nBob', description: 'one\ntwo\nthree' });
  });

  it('keeps the offset of a task without a due date out of VALARM, which may count from DUE only when there is one', () => {
    const text = lines(taskToVcalendar(aTask({ remind_before: '1h30m' })));
    expect(text).toContain('X-DOABLE-REMIND-BEFORE:-PT1H30M');
    expect(text).not.toContain('BEGIN:VALARM');
    expect(vcalendarToTask(text.join('\r\n'), 'UTC').fields.remind_before).toBe(5400);
  });

  it('drops a fraction of a second from a due date: iCalendar counts whole seconds', () => {
    expect(lines(taskToVcalendar(aTask({ due_date: '2026-12-15T09:00:00.750Z' })))).toContain('DUE:20261215T090000Z');
  });
});

describe('a VTODO read into a task', () => {
  it('from Tasks.org through DAVx⁵: all-day DUE at 09:00 in the user’s zone, RELATED=END alarm, everything else kept', () => {
    const parsed = vcalendarToTask(fixture('tasks-org'), 'Europe/London');
    expect(parsed.uid).toBe('8210466307345393786');
    expect(parsed.parentUid).toBeNull();
    expect(parsed.fields).toEqual({
      title: 'Pay rent',
      description: 'Transfer to the landlord, reference 42\nby noon',
      completed: false,
      priority: 'high',
      tags: ['home', 'money'],
      due_date: new Date('2026-12-15T09:00:00Z'),
      recurring: 'monthly',
      reminder_at: null,
      remind_before: 3600,
    });
    const back = lines(taskToVcalendar(storedTask(parsed.fields), { extras: parsed.extras }));
    expect(back).toEqual(
      expect.arrayContaining([
        'UID:8210466307345393786',
        'PRIORITY:2',
        'CATEGORIES:Home,Money',
        'DUE;VALUE=DATE:20261215',
        'X-APPLE-SORT-ORDER:1764584100',
        'X-TASKS-ORG-COLLAPSED:0',
        'GEO:52.520008;13.404954',
        'LOCATION:Bank',
        'TRIGGER;RELATED=END:-PT1H',
        'DESCRIPTION:Default Tasks.org description',
        'TRIGGER;RELATED=END:P1D',
        'DESCRIPTION:Overdue',
      ]),
    );
  });

  it('from Thunderbird: DUE with TZID through its VTIMEZONE, IN-PROCESS open, a DTSTART-relative alarm as an instant', () => {
    const parsed = vcalendarToTask(fixture('thunderbird'), 'UTC');
    expect(parsed.fields).toMatchObject({
      title: 'Submit the quarterly report',
      completed: false,
      priority: 'medium',
      due_date: new Date('2026-12-10T16:00:00Z'),
      remind_before: null,
      reminder_at: new Date('2026-12-09T07:45:00Z'),
    });
    const back = lines(taskToVcalendar(storedTask(parsed.fields), { extras: parsed.extras }));
    expect(back).toEqual(
      expect.arrayContaining([
        'TZID:Europe/Berlin',
        'DTSTART;TZID=Europe/Berlin:20261209T090000',
        'DUE;TZID=Europe/Berlin:20261210T170000',
        'STATUS:IN-PROCESS',
        'PERCENT-COMPLETE:40',
        'PRIORITY:0',
        'CLASS:PRIVATE',
        'SEQUENCE:3',
        'X-MOZ-GENERATION:3',
        'X-MOZ-LASTACK:20261201T091000Z',
        'ATTENDEE;CN=Kim;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:mailto:kim@example.org',
        'TRIGGER:-PT15M',
      ]),
    );
    expect(vcalendarToTask(back.join('\r\n'), 'UTC').fields).toEqual(parsed.fields);
  });

  it('from Apple Reminders: completed, floating DUE in the user’s zone, a parent, an absolute alarm', () => {
    const parsed = vcalendarToTask(fixture('apple-reminders'), 'America/New_York');
    expect(parsed.parentUid).toBe('9E2D4C1B-3A5F-4B6C-8D7E-1F0A2B3C4D5E');
    expect(parsed.fields).toMatchObject({
      title: 'Buy oat milk',
      completed: true,
      priority: 'low',
      due_date: new Date('2026-12-02T23:00:00Z'),
      reminder_at: new Date('2026-12-02T16:00:00Z'),
      remind_before: null,
    });
    const task = storedTask(parsed.fields);
    const back = lines(taskToVcalendar(task, { extras: parsed.extras, parentUid: parsed.parentUid }));
    expect(back).toEqual(
      expect.arrayContaining([
        'CALSCALE:GREGORIAN',
        // ical.js leaves out a VALUE that is the property's default (URI for URL).
        'URL:x-apple-reminderkit://REMCDReminder/5C1E9F3A',
        'X-APPLE-SORT-ORDER:28',
        'DUE:20261202T180000',
        'RELATED-TO;RELTYPE=PARENT:9E2D4C1B-3A5F-4B6C-8D7E-1F0A2B3C4D5E',
        'X-WR-ALARMUID:7D3A2C1B-0E9F-4A8B-B7C6-D5E4F3A2B1C0',
        'COMPLETED:20261202T120005Z',
      ]),
    );
    expect(back.filter((line) => line.startsWith('RELATED-TO'))).toHaveLength(1);
  });

  it('writes Doable’s form of a field once the task changed it, and keeps the client’s while it has not', () => {
    const parsed = vcalendarToTask(fixture('tasks-org'), 'Europe/London');
    const changed = storedTask({ ...parsed.fields, priority: 'low', due_date: new Date('2026-12-16T10:00:00Z'), tags: ['home'] });
    const back = lines(taskToVcalendar(changed, { extras: parsed.extras }));
    expect(back).toEqual(expect.arrayContaining(['PRIORITY:9', 'DUE:20261216T100000Z', 'CATEGORIES:home', 'SUMMARY:Pay rent']));
    expect(back).not.toContain('DUE;VALUE=DATE:20261215');
  });

  it('reads a category with a comma in it as the tags either side, and writes the client’s categories back', () => {
    const parsed = vcalendarToTask(vcalendar('SUMMARY:x', 'CATEGORIES:Errands\\, Shops,Home', 'CATEGORIES:work'), 'UTC');
    expect(parsed.fields.tags).toEqual(['errands', 'shops', 'home', 'work']);
    const back = lines(taskToVcalendar(storedTask(parsed.fields), { extras: parsed.extras }));
    expect(back).toEqual(expect.arrayContaining(['CATEGORIES:Errands\\, Shops,Home', 'CATEGORIES:work']));
  });

  it('reads PRIORITY 1–4 as high, 5 and 0 or none as medium, 6–9 as low', () => {
    const expected = ['medium', 'high', 'high', 'high', 'high', 'medium', 'low', 'low', 'low', 'low'];
    expected.forEach((priority, value) => {
      expect(vcalendarToTask(vcalendar('SUMMARY:x', `PRIORITY:${value}`), 'UTC').fields.priority).toBe(priority);
    });
    expect(vcalendarToTask(vcalendar('SUMMARY:x'), 'UTC').fields.priority).toBe('medium');
  });

  it('reads CANCELLED as completed and writes it back as CANCELLED until the task is reopened', () => {
    const parsed = vcalendarToTask(vcalendar('SUMMARY:x', 'STATUS:CANCELLED'), 'UTC');
    expect(parsed.fields.completed).toBe(true);
    expect(lines(taskToVcalendar(storedTask(parsed.fields), { extras: parsed.extras }))).toContain('STATUS:CANCELLED');
    const reopened = storedTask({ ...parsed.fields, completed: false });
    expect(lines(taskToVcalendar(reopened, { extras: parsed.extras }))).toContain('STATUS:NEEDS-ACTION');
  });

  it('reads completion from COMPLETED or PERCENT-COMPLETE:100 when STATUS is absent', () => {
    expect(vcalendarToTask(vcalendar('SUMMARY:x', 'COMPLETED:20261201T000000Z'), 'UTC').fields.completed).toBe(true);
    expect(vcalendarToTask(vcalendar('SUMMARY:x', 'PERCENT-COMPLETE:100'), 'UTC').fields.completed).toBe(true);
    expect(vcalendarToTask(vcalendar('SUMMARY:x', 'PERCENT-COMPLETE:50'), 'UTC').fields.completed).toBe(false);
  });

  it('gives a VTODO without SUMMARY a title and writes no SUMMARY back', () => {
    const parsed = vcalendarToTask(vcalendar('PRIORITY:1'), 'UTC');
    expect(parsed.fields.title).toBe('(no title)');
    expect(lines(taskToVcalendar(storedTask(parsed.fields), { extras: parsed.extras })).some((l) => l.startsWith('SUMMARY'))).toBe(false);
  });

  it('reads DUE with an IANA TZID and no VTIMEZONE in that zone', () => {
    const parsed = vcalendarToTask(vcalendar('SUMMARY:x', 'DUE;TZID=America/New_York:20260701T090000'), 'UTC');
    expect(parsed.fields.due_date).toEqual(new Date('2026-07-01T13:00:00Z'));
  });

  it('reads the keyword rules back as keywords and other rules in the task service’s normal form', () => {
    expect(vcalendarToTask(vcalendar('SUMMARY:x', 'RRULE:FREQ=WEEKLY'), 'UTC').fields.recurring).toBe('weekly');
    expect(vcalendarToTask(vcalendar('SUMMARY:x', 'RRULE:BYDAY=MO,WE;FREQ=WEEKLY'), 'UTC').fields.recurring).toBe(
      'FREQ=WEEKLY;BYDAY=MO,WE',
    );
  });

  it('reads an alarm after DUE as the instant it names, and writes the client’s alarm back only while DUE is unchanged', () => {
    const parsed = vcalendarToTask(
      vcalendar('SUMMARY:x', 'DUE:20261210T100000Z', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER;RELATED=END:PT30M', 'END:VALARM'),
      'UTC',
    );
    expect(parsed.fields).toMatchObject({ remind_before: null, reminder_at: new Date('2026-12-10T10:30:00Z') });
    expect(lines(taskToVcalendar(storedTask(parsed.fields), { extras: parsed.extras }))).toContain('TRIGGER;RELATED=END:PT30M');
    const moved = storedTask({ ...parsed.fields, due_date: new Date('2026-12-11T10:00:00Z') });
    expect(lines(taskToVcalendar(moved, { extras: parsed.extras }))).toContain('TRIGGER;VALUE=DATE-TIME:20261210T103000Z');
  });
});

describe('a calendar object Doable refuses', () => {
  it('names supported-calendar-component for a VEVENT, for two VTODOs and for none', () => {
    const event = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:x',
      'BEGIN:VEVENT',
      'UID:e',
      'DTSTART:20261201T100000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    expect(refusal(event.join('\r\n'))).toMatchObject({ precondition: 'supported-calendar-component', status: 403 });
    expect(refusal(event.join('\r\n')).message).toContain('VEVENT');
    const two = vcalendar('SUMMARY:a', 'END:VTODO', 'BEGIN:VTODO', 'UID:t-2', 'SUMMARY:b');
    expect(refusal(two)).toMatchObject({ precondition: 'supported-calendar-component' });
    expect(refusal('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')).toMatchObject({ precondition: 'supported-calendar-component' });
  });

  it('names valid-calendar-data for text that is not iCalendar, a VTODO without UID, and values Doable cannot take', () => {
    expect(refusal('hello')).toMatchObject({ precondition: 'valid-calendar-data', code: 'invalid_calendar_data' });
    expect(refusal('BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\n')).toMatchObject({ precondition: 'valid-calendar-data' });
    expect(refusal(vcalendar('SUMMARY:x').replace('UID:t-1\r\n', ''))).toMatchObject({ precondition: 'valid-calendar-data' });
    expect(refusal(vcalendar('SUMMARY:x', 'RRULE:FREQ=HOURLY')).errors).toEqual([expect.objectContaining({ field: 'RRULE' })]);
    expect(refusal(vcalendar(`SUMMARY:${'x'.repeat(501)}`)).errors).toEqual([expect.objectContaining({ field: 'SUMMARY' })]);
    expect(refusal(vcalendar('SUMMARY:x', 'DUE;TZID=Mars/Olympus:20261201T100000')).message).toContain('Mars/Olympus');
  });

  it('is a 4xx domain error with a stable code', () => {
    const error = refusal('hello');
    expect(error.status).toBeGreaterThanOrEqual(400);
    expect(error.status).toBeLessThan(500);
    expect(() => ICAL.parse(taskToVcalendar(aTask()))).not.toThrow();
  });
});

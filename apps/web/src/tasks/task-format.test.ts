import type { Task } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { describeDue, describeReminder, formatDateTime, fromLocalInput, toLocalInput } from './task-format.ts';

// Every date below is written in an explicit zone and locale, against a fixed now: no test reads the machine's clock,
// zone or language (except toLocalInput, which is the browser's local time by design, and is checked as such).
const NOW = new Date('2025-03-10T12:00:00Z'); // a Monday
const due = (dueDate: string | null, completed = false): Pick<Task, 'due_date' | 'completed'> => ({ due_date: dueDate, completed });
const reminder = (remindBefore: string | null, reminderAt: string | null = null) => ({
  remind_before: remindBefore,
  reminder_at: reminderAt,
});

describe('describeReminder', () => {
  it.each([
    ['0m', 'at due time'],
    ['0h', 'at due time'],
    ['1h', '1 hour before'],
    ['2d', '2 days before'],
    ['1w', '1 week before'],
    ['90m', '90 min before'],
    ['1h30m', '1 hour 30 min before'],
  ])('%s before the due date reads "%s"', (before, text) => {
    expect(describeReminder(reminder(before), 'UTC', 'en-GB')).toBe(text);
  });

  it('gives a reminder at a time in the user’s zone', () => {
    expect(describeReminder(reminder(null, '2025-03-10T17:05:00Z'), 'Asia/Tokyo', 'en-GB')).toBe('at 11 Mar 2025, 02:05');
  });

  it('says nothing when there is no reminder', () => {
    expect(describeReminder(reminder(null), 'UTC', 'en-GB')).toBeUndefined();
  });
});

describe('formatDateTime', () => {
  it('writes the instant in the given zone, the given locale’s way', () => {
    expect(formatDateTime('2025-03-10T17:05:00Z', 'Europe/Paris', 'en-GB')).toBe('10 Mar 2025, 18:05');
    expect(formatDateTime('2025-03-10T17:05:00Z', 'America/New_York', 'en-US')).toMatch(/^Mar 10, 2025, 1:05\sPM$/);
  });
});

describe('describeDue', () => {
  const inParis = (iso: string, completed = false) => describeDue(due(iso, completed), 'Europe/Paris', NOW, 'en-GB');

  it('names today, tomorrow and yesterday, with the time', () => {
    expect(inParis('2025-03-10T17:00:00Z')).toEqual({ text: 'Today 18:00', state: 'today' });
    expect(inParis('2025-03-11T08:00:00Z')).toEqual({ text: 'Tomorrow 09:00', state: 'upcoming' });
    expect(inParis('2025-03-09T08:00:00Z')).toEqual({ text: 'Yesterday 09:00', state: 'overdue' });
  });

  it('is overdue once the time has passed, even today', () => {
    expect(inParis('2025-03-10T08:00:00Z')).toEqual({ text: 'Today 09:00', state: 'overdue' });
  });

  it('writes other days with the weekday, and the year only when it is not this one', () => {
    expect(inParis('2025-02-03T08:00:00Z')).toEqual({ text: 'Mon 3 Feb, 09:00', state: 'overdue' });
    expect(inParis('2026-02-03T08:00:00Z')).toEqual({ text: 'Tue, 3 Feb 2026, 09:00', state: 'upcoming' });
  });

  it('decides the day in the user’s zone, not in UTC', () => {
    const lateEvening = due('2025-03-10T23:30:00Z');
    expect(describeDue(lateEvening, 'Europe/London', NOW, 'en-GB')).toEqual({ text: 'Today 23:30', state: 'today' });
    expect(describeDue(lateEvening, 'Europe/Paris', NOW, 'en-GB')).toEqual({ text: 'Tomorrow 00:30', state: 'upcoming' });
    expect(describeDue(due('2025-03-10T10:00:00Z'), 'Pacific/Auckland', NOW, 'en-GB')).toEqual({
      text: 'Yesterday 23:00',
      state: 'overdue',
    });
  });

  it('is done for a completed task, whenever it was due', () => {
    expect(inParis('2025-03-09T08:00:00Z', true)).toEqual({ text: 'Yesterday 09:00', state: 'done' });
  });

  it('follows the locale’s clock', () => {
    expect(describeDue(due('2025-03-10T17:00:00Z'), 'Europe/Paris', NOW, 'en-US')?.text).toMatch(/^Today 6:00\sPM$/);
  });

  it('says nothing for a task without a due date', () => {
    expect(describeDue(due(null), 'Europe/Paris', NOW, 'en-GB')).toBeUndefined();
  });
});

describe('the datetime-local field', () => {
  it('shows an instant as the browser’s local wall time, to the minute', () => {
    // Built in local time, so the expectation holds in whatever zone the tests run.
    expect(toLocalInput(new Date(2025, 0, 5, 7, 3, 45).toISOString())).toBe('2025-01-05T07:03');
  });

  it('reads the field back as the same instant', () => {
    const instant = new Date(2025, 0, 5, 7, 3).toISOString();
    expect(fromLocalInput(toLocalInput(instant))).toBe(instant);
  });

  it('is empty for no date, and no date when empty', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
  });
});

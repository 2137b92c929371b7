import type { Priority, Task } from '@doable/contracts';
import { parseDuration } from '@doable/contracts';
import type { TaskPatch } from '../tasks/task.ts';

/** jCal (RFC 7265) of one property or component: JSON that ical.js reads and writes without loss. */
export type JCal = unknown[];

/** The Doable fields a client's own spelling is kept for (see `VtodoExtras.echo`). */
export type EchoField = 'title' | 'description' | 'completed' | 'priority' | 'tags' | 'due_date' | 'recurring' | 'reminder';

/**
 * What a client sent that Doable does not model, kept as jCal and written back unchanged: stored with the task
 * (JSON), so a client never loses data by syncing with Doable.
 */
export interface VtodoExtras {
  /** The client's UID, when the task came from a client; else the task's own (`taskUid`). */
  uid?: string;
  /** VCALENDAR properties other than PRODID and VERSION (CALSCALE, X-WR-…). */
  calendar: JCal[];
  /** VTIMEZONE components: the TZIDs of kept properties (DTSTART;TZID=…) need them. */
  timezones: JCal[];
  /** VTODO properties Doable does not model (DTSTART, LOCATION, URL, GEO, CLASS, SEQUENCE, ATTENDEE, X-…). */
  todo: JCal[];
  /** VTODO subcomponents Doable does not model (a second VALARM, an alarm Doable cannot take). */
  components: JCal[];
  /**
   * For a field Doable models, the client's own properties and the value Doable read from them: written back as
   * they were while the task still has that value (PRIORITY:2 stays 2 while the task is high, an all-day DUE stays
   * a DATE, "Work" stays capitalised), and replaced by Doable's form once the value changes.
   */
  echo: Partial<Record<EchoField, { value: string; jcal: JCal[] }>>;
}

export const emptyExtras = (): VtodoExtras => ({ calendar: [], timezones: [], todo: [], components: [], echo: {} });

/** What a VTODO means to the task service: every field a PUT replaces, null where the VTODO has nothing. */
export type VtodoFields = Required<
  Pick<TaskPatch, 'title' | 'description' | 'completed' | 'priority' | 'tags' | 'due_date' | 'recurring' | 'reminder_at' | 'remind_before'>
>;

export interface ParsedVtodo {
  fields: VtodoFields;
  uid: string;
  /** RELATED-TO;RELTYPE=PARENT: the parent task's UID, or null. */
  parentUid: string | null;
  extras: VtodoExtras;
}

export const PRODID = '-//Doable//Doable CalDAV//EN';
/** SUMMARY is required by Doable (a title) but not by iCalendar: a VTODO without one gets this title. */
export const UNTITLED = '(no title)';
/** An all-day DUE (VALUE=DATE) is due at this hour of its day in the user's zone, as quick add reads "a day without a time". */
export const ALL_DAY_HOUR = 9;

/**
 * A relative reminder counts back from DUE (TRIGGER;RELATED=END), which RFC 5545 §3.8.6.3 allows only when DUE is
 * there: a task with an offset and no due date keeps it in this property until it gets one.
 */
export const REMIND_BEFORE_PROPERTY = 'x-doable-remind-before';

/** A task's UID when it did not come from a client: stable per task and independent of the server's host name. */
export const taskUid = (taskId: number): string => `doable-task-${taskId}@doable`;

export const PRIORITY_TO_ICAL: Record<Priority, number> = { high: 1, medium: 5, low: 9 };

/** RFC 5545 §3.8.1.9: 1–4 high, 5 medium, 6–9 low; 0 (undefined) is Doable's default, medium. */
export function priorityFromIcal(value: number): Priority {
  if (value >= 1 && value <= 4) return 'high';
  if (value >= 6 && value <= 9) return 'low';
  return 'medium';
}

/** The keywords Doable stores for the plain rules, so `daily` → FREQ=DAILY → `daily`. */
export const KEYWORD_RULES: Record<string, string> = { daily: 'FREQ=DAILY', weekly: 'FREQ=WEEKLY', monthly: 'FREQ=MONTHLY' };

/** Each echoed field's value as text, from a task as the API shows it: the reader records the same form. */
export function echoValues(task: Task): Record<EchoField, string> {
  const remindBefore = task.remind_before === null ? null : (parseDuration(task.remind_before) ?? null);
  return {
    title: task.title,
    description: task.description,
    completed: String(task.completed),
    priority: task.priority,
    tags: JSON.stringify(task.tags),
    due_date: task.due_date === null ? '' : new Date(task.due_date).toISOString(),
    recurring: task.recurring ?? '',
    reminder: reminderEcho(remindBefore, task.reminder_at),
  };
}

/**
 * A reminder's echo value: the offset, or the instant; an instant the client wrote relative to DUE also names that
 * DUE, so the client's alarm is written back only while it still means the same instant.
 */
export function reminderEcho(remindBeforeSeconds: number | null, reminderAt: string | Date | null, due?: string | Date | null): string {
  const iso = (date: string | Date | null | undefined) => (date === null || date === undefined ? null : new Date(date).toISOString());
  const value = [remindBeforeSeconds, remindBeforeSeconds === null ? iso(reminderAt) : null];
  return JSON.stringify(due === undefined ? value : [...value, iso(due)]);
}

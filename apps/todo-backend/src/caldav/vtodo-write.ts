import type { Task } from '@doable/contracts';
import { parseDuration } from '@doable/contracts';
import ICAL from 'ical.js';
import { toUtcTime } from './ical-time.ts';
import {
  type EchoField,
  echoValues,
  KEYWORD_RULES,
  PRIORITY_TO_ICAL,
  PRODID,
  REMIND_BEFORE_PROPERTY,
  reminderEcho,
  taskUid,
  type VtodoExtras,
} from './vtodo-shape.ts';

type Component = InstanceType<typeof ICAL.Component>;

export interface WriteOptions {
  /** What the client sent that Doable does not model (from `vcalendarToTask`), written back unchanged. */
  extras?: VtodoExtras | null;
  /** The parent task's UID, when the task is a subtask. */
  parentUid?: string | null;
}

/**
 * The task as an iCalendar object (one VTODO). Deterministic: the same task and extras give the same text, so an
 * ETag taken from it changes exactly when the task does (DTSTAMP is the last change, not the time of the request).
 */
export function taskToVcalendar(task: Task, options: WriteOptions = {}): string {
  const extras = options.extras;
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  for (const jcal of extras?.calendar ?? []) calendar.addProperty(new ICAL.Property(jcal));
  for (const jcal of extras?.timezones ?? []) calendar.addSubcomponent(new ICAL.Component(jcal));

  const todo = new ICAL.Component('vtodo');
  todo.addPropertyWithValue('uid', extras?.uid ?? taskUid(task.id));
  todo.addPropertyWithValue('dtstamp', toUtcTime(new Date(task.updated_at)));
  todo.addPropertyWithValue('created', toUtcTime(new Date(task.created_at)));
  todo.addPropertyWithValue('last-modified', toUtcTime(new Date(task.updated_at)));

  const current = echoValues(task);
  /** The client's own properties for a field while its value is unchanged, else Doable's (from `write`). */
  const field = (name: EchoField, write: () => void) => {
    const echo = extras?.echo[name];
    const followsDue = name === 'reminder' && echo?.value === reminderEcho(null, task.reminder_at, task.due_date);
    if (echo && (echo.value === current[name] || followsDue)) {
      for (const jcal of echo.jcal) {
        // A component's jCal holds its properties as a list where a property's holds its parameters as an object.
        if (Array.isArray(jcal[1])) todo.addSubcomponent(new ICAL.Component(jcal));
        else todo.addProperty(new ICAL.Property(jcal));
      }
    } else write();
  };

  field('title', () => todo.addPropertyWithValue('summary', icalText(task.title)));
  field('description', () => {
    if (task.description !== '') todo.addPropertyWithValue('description', icalText(task.description));
  });
  field('completed', () => {
    todo.addPropertyWithValue('status', task.completed ? 'COMPLETED' : 'NEEDS-ACTION');
    if (task.completed) todo.addPropertyWithValue('percent-complete', 100);
  });
  // COMPLETED is when Doable recorded the completion, whatever the client's STATUS spelling.
  if (task.completed && task.completed_at) todo.addPropertyWithValue('completed', toUtcTime(new Date(task.completed_at)));
  field('priority', () => todo.addPropertyWithValue('priority', PRIORITY_TO_ICAL[task.priority]));
  field('tags', () => {
    if (task.tags.length === 0) return;
    // ical.js reads `a\\,b` (a tag ending in a backslash, then the next) as one value: each such tag gets a property of its own.
    const groups = task.tags.some((tag) => tag.endsWith('\\')) ? task.tags.map((tag) => [tag]) : [task.tags];
    for (const group of groups) {
      const categories = new ICAL.Property('categories');
      categories.setValues(group.map(icalText));
      todo.addProperty(categories);
    }
  });
  field('due_date', () => {
    if (task.due_date) todo.addPropertyWithValue('due', toUtcTime(new Date(task.due_date)));
  });
  field('recurring', () => {
    if (task.recurring) todo.addPropertyWithValue('rrule', ICAL.Recur.fromString(KEYWORD_RULES[task.recurring] ?? task.recurring));
  });
  if (options.parentUid) todo.addPropertyWithValue('related-to', options.parentUid).setParameter('reltype', 'PARENT');
  for (const jcal of extras?.todo ?? []) todo.addProperty(new ICAL.Property(jcal));
  field('reminder', () => {
    const remindBefore = task.remind_before === null ? undefined : parseDuration(task.remind_before);
    if (remindBefore !== undefined && !task.due_date) {
      todo.addPropertyWithValue(REMIND_BEFORE_PROPERTY, ICAL.Duration.fromSeconds(-remindBefore).toString());
      return;
    }
    const alarm = reminderAlarm(task);
    if (alarm) todo.addSubcomponent(alarm);
  });
  for (const jcal of extras?.components ?? []) todo.addSubcomponent(new ICAL.Component(jcal));

  calendar.addSubcomponent(todo);
  return calendar.toString();
}

/** iCalendar TEXT has an escape for a line break but none for CR, which content lines must not hold: CRLF and CR go as LF. */
const icalText = (value: string): string => value.replace(/\r\n?/g, '\n');

/** A relative reminder counts back from DUE (RELATED=END); an absolute one is a UTC DATE-TIME. */
function reminderAlarm(task: Task): Component | undefined {
  const remindBefore = task.remind_before === null ? undefined : parseDuration(task.remind_before);
  if (remindBefore === undefined && !task.reminder_at) return undefined;
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('description', icalText(task.title));
  if (remindBefore !== undefined) {
    alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-remindBefore)).setParameter('related', 'END');
  } else if (task.reminder_at) {
    alarm.addPropertyWithValue('trigger', toUtcTime(new Date(task.reminder_at)));
  }
  return alarm;
}

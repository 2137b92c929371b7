import { formatDuration, type Priority, updateTaskBodySchema } from '@doable/contracts';
import ICAL from 'ical.js';
import { parseRecurrence } from '../tasks/recurrence.ts';
import { InvalidCalendarDataError } from './caldav-errors.ts';
import { dateAtHour, type IcalTime, type IcalTimezone, toInstant } from './ical-time.ts';
import { readAlarm } from './vtodo-alarm.ts';
import {
  ALL_DAY_HOUR,
  type EchoField,
  emptyExtras,
  type JCal,
  KEYWORD_RULES,
  type ParsedVtodo,
  priorityFromIcal,
  REMIND_BEFORE_PROPERTY,
  reminderEcho,
  UNTITLED,
  type VtodoExtras,
} from './vtodo-shape.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** Properties Doable owns and writes itself (DTSTAMP, CREATED, LAST-MODIFIED come from the task). */
const SERVER_OWNED = new Set(['dtstamp', 'created', 'last-modified', 'completed']);
const KEYWORD_OF_RULE = Object.fromEntries(Object.entries(KEYWORD_RULES).map(([keyword, rule]) => [rule, keyword]));
const MODELLED = ['summary', 'description', 'status', 'percent-complete', 'priority', 'due', 'rrule', REMIND_BEFORE_PROPERTY];
/** A maximal remind_before is a year (the API's limit); Doable counts whole minutes. */
const MAX_REMIND_BEFORE = 365 * 86_400;

/**
 * Reads an iCalendar object with exactly one VTODO into what the task service takes, its UID, its parent's UID and
 * everything Doable does not model (kept verbatim). Floating and all-day times are read in `timeZone` (IANA).
 * Throws an InvalidCalendarDataError saying what to change.
 */
export function vcalendarToTask(text: string, timeZone: string): ParsedVtodo {
  const calendar = parseCalendar(text);
  const todo = onlyTodo(calendar);
  const extras = emptyExtras();
  const timezones = new Map<string, IcalTimezone>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') timezones.set(tzid, new ICAL.Timezone(vtimezone));
    extras.timezones.push(vtimezone.toJSON());
  }
  for (const property of calendar.getAllProperties()) {
    if (property.name !== 'prodid' && property.name !== 'version') extras.calendar.push(property.toJSON());
  }

  const uid = todo.getFirstPropertyValue('uid');
  if (typeof uid !== 'string' || uid.trim() === '') throw new InvalidCalendarDataError('valid-calendar-data', 'The VTODO has no UID.');
  extras.uid = uid;

  // The first of each property Doable models is read; a repeat of a single-valued one is kept as it came.
  const first = new Map<string, Property>();
  let parent: Property | undefined;
  const categories: Property[] = [];
  for (const property of todo.getAllProperties()) {
    const name = property.name;
    if (name === 'uid' && property === todo.getFirstProperty('uid')) continue;
    if (SERVER_OWNED.has(name)) continue;
    if (name === 'categories') categories.push(property);
    else if (name === 'related-to' && !parent && reltype(property) === 'PARENT') parent = property;
    else if (MODELLED.includes(name) && !first.has(name)) {
      first.set(name, property);
    } else extras.todo.push(property.toJSON());
  }
  const echo = (field: EchoField, value: string, properties: (Property | undefined)[]) => {
    extras.echo[field] = { value, jcal: properties.filter((p) => p !== undefined).map((p) => p.toJSON() as JCal) };
  };

  const summary = textOf(first.get('summary'));
  const title = summary === undefined || summary.trim() === '' ? UNTITLED : summary;
  const description = textOf(first.get('description')) ?? '';
  const completed = isCompleted(first.get('status'), first.get('percent-complete'), todo.hasProperty('completed'));
  const priorityValue = first.get('priority')?.getFirstValue();
  const priority: Priority = priorityFromIcal(Number(priorityValue ?? 0));
  // Doable's tags have no commas: a category with one (escaped, `a\,b`) is read as the tags either side of it.
  const tags = categories
    .flatMap((property) => property.getValues().flatMap((value) => String(value).split(',')))
    .filter((tag) => tag.trim() !== '');
  const due = readDue(first.get('due'), timezones, timeZone);
  const recurring = readRule(first.get('rrule'));

  const alarm = readAlarm(todo, { due: due?.instant ?? null, timezones, timeZone, maxRemindBefore: MAX_REMIND_BEFORE });
  extras.components.push(...alarm.rest);
  const offsetProperty = first.get(REMIND_BEFORE_PROPERTY);
  const offset = alarm.mapped ? undefined : remindBeforeOf(offsetProperty);
  if (offset !== undefined) alarm.remindBefore = offset;
  else if (offsetProperty) extras.todo.push(offsetProperty.toJSON());

  const fields = validate({
    title,
    description,
    completed,
    priority,
    tags,
    due_date: due ? due.instant.toISOString() : null,
    recurring,
    reminder_at: alarm.reminderAt?.toISOString() ?? null,
    remind_before: alarm.remindBefore === null ? null : formatDuration(alarm.remindBefore),
  });

  echo('title', fields.title ?? title, [first.get('summary')]);
  echo('description', fields.description ?? '', [first.get('description')]);
  echo('completed', String(completed), [first.get('status'), first.get('percent-complete')]);
  echo('priority', priority, [first.get('priority')]);
  echo('tags', JSON.stringify(fields.tags ?? []), categories);
  echo('due_date', due ? due.instant.toISOString() : '', [first.get('due')]);
  echo('recurring', recurring ?? '', [first.get('rrule')]);
  extras.echo.reminder = {
    value: reminderEcho(alarm.remindBefore, alarm.reminderAt, alarm.followsDue ? due?.instant : undefined),
    jcal: alarm.mapped ? [alarm.mapped.toJSON()] : offset !== undefined && offsetProperty ? [offsetProperty.toJSON()] : [],
  };

  return { fields: fields as ParsedVtodo['fields'], uid, parentUid: parent ? String(parent.getFirstValue()) : null, extras };
}

/** Doable's offset of a task without DUE (see `REMIND_BEFORE_PROPERTY`), or undefined. */
function remindBeforeOf(property: Property | undefined): number | undefined {
  const value = textOf(property);
  if (value === undefined || !ICAL.Duration.isValueString(value)) return undefined;
  const before = -ICAL.Duration.fromString(value).toSeconds();
  return before >= 0 && before % 60 === 0 && before <= MAX_REMIND_BEFORE ? before : undefined;
}

function parseCalendar(text: string): Component {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch (error) {
    throw new InvalidCalendarDataError('valid-calendar-data', `This is not iCalendar data: ${(error as Error).message}`);
  }
  // ical.js gives one component as is, several as a list of them.
  const isList = Array.isArray(jcal) && Array.isArray(jcal[0]);
  if (!Array.isArray(jcal) || isList || jcal[0] !== 'vcalendar') {
    throw new InvalidCalendarDataError('valid-calendar-data', 'Send exactly one VCALENDAR object.');
  }
  return new ICAL.Component(jcal);
}

function onlyTodo(calendar: Component): Component {
  const others = calendar
    .getAllSubcomponents()
    .map((component) => component.name)
    .filter((name) => name !== 'vtodo' && name !== 'vtimezone');
  if (others.length > 0) {
    throw new InvalidCalendarDataError(
      'supported-calendar-component',
      `This calendar holds tasks (VTODO) only; the object has ${[...new Set(others)].map((n) => n.toUpperCase()).join(', ')}.`,
    );
  }
  const todos = calendar.getAllSubcomponents('vtodo');
  if (todos.length !== 1 || !todos[0]) {
    throw new InvalidCalendarDataError(
      'supported-calendar-component',
      `A task is exactly one VTODO; the object has ${todos.length} (Doable keeps no per-occurrence overrides, RECURRENCE-ID).`,
    );
  }
  return todos[0];
}

const textOf = (property: Property | undefined): string | undefined => {
  const value = property?.getFirstValue();
  return value === undefined || value === null ? undefined : String(value);
};

const reltype = (property: Property): string => String(property.getParameter('reltype') ?? 'PARENT').toUpperCase();

/** STATUS decides when present (COMPLETED and CANCELLED are done); else COMPLETED or PERCENT-COMPLETE:100. */
function isCompleted(status: Property | undefined, percent: Property | undefined, hasCompletedAt: boolean): boolean {
  const value = textOf(status)?.toUpperCase();
  if (value === 'COMPLETED' || value === 'CANCELLED') return true;
  if (value === 'NEEDS-ACTION' || value === 'IN-PROCESS') return false;
  return hasCompletedAt || Number(percent?.getFirstValue()) === 100;
}

function readDue(property: Property | undefined, timezones: Map<string, IcalTimezone>, timeZone: string) {
  if (!property) return undefined;
  const value = property.getFirstValue() as IcalTime;
  if (!(value instanceof ICAL.Time)) throw new InvalidCalendarDataError('valid-calendar-data', 'DUE is not a date or a date-time.');
  if (value.isDate) return { instant: dateAtHour(value, timeZone, ALL_DAY_HOUR) };
  const tzid = property.getParameter('tzid');
  return { instant: toInstant(value, typeof tzid === 'string' ? tzid : undefined, timezones, timeZone) };
}

/** The rule as Doable stores it (the task service's normal form; the plain rules as their keywords). */
function readRule(property: Property | undefined): string | null {
  if (!property) return null;
  const rule = property.getFirstValue();
  const parsed = parseRecurrence(String(rule));
  if (!parsed.ok)
    throw new InvalidCalendarDataError('valid-calendar-data', `RRULE: ${parsed.message}`, [{ field: 'RRULE', message: parsed.message }]);
  return KEYWORD_OF_RULE[parsed.rule] ?? parsed.rule;
}

const PROPERTY_OF_FIELD: Record<string, string> = {
  title: 'SUMMARY',
  description: 'DESCRIPTION',
  priority: 'PRIORITY',
  tags: 'CATEGORIES',
  due_date: 'DUE',
  recurring: 'RRULE',
  reminder_at: 'VALARM',
  remind_before: 'VALARM',
};

/** The task API's own checks (lengths, tags, dates), naming the iCalendar property at fault. */
function validate(body: Record<string, unknown>) {
  const result = updateTaskBodySchema.safeParse(body);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    field: PROPERTY_OF_FIELD[String(issue.path[0])] ?? String(issue.path[0] ?? 'VTODO'),
    message: issue.message,
  }));
  throw new InvalidCalendarDataError(
    'valid-calendar-data',
    `The VTODO has values Doable cannot take: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    errors,
  );
}

export type { VtodoExtras };

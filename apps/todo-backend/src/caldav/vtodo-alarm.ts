import ICAL from 'ical.js';
import { dateAtHour, type IcalTime, type IcalTimezone, toInstant } from './ical-time.ts';
import { ALL_DAY_HOUR, type JCal } from './vtodo-shape.ts';

type Component = InstanceType<typeof ICAL.Component>;

export interface AlarmContext {
  due: Date | null;
  timezones: Map<string, IcalTimezone>;
  timeZone: string;
  maxRemindBefore: number;
}

export interface ReadAlarm {
  remindBefore: number | null;
  reminderAt: Date | null;
  /** The reminder is an instant the client wrote relative to DUE (after it): it moves when DUE does. */
  followsDue: boolean;
  /** The VALARM Doable's reminder came from. */
  mapped: Component | undefined;
  /** Every other subcomponent of the VTODO, kept verbatim. */
  rest: JCal[];
}

type Reminder = Pick<ReadAlarm, 'remindBefore' | 'reminderAt' | 'followsDue'>;

/**
 * Doable keeps one reminder a task: the first VALARM it can read becomes it, the others stay the client's. A
 * relative TRIGGER counts from DUE (RELATED=END, or RELATED=START in a VTODO without DTSTART, which clients mean
 * as DUE); before DUE by whole minutes it is `remind_before`, otherwise it is the instant it names (`reminder_at`).
 */
export function readAlarm(todo: Component, context: AlarmContext): ReadAlarm {
  const found: ReadAlarm = { remindBefore: null, reminderAt: null, followsDue: false, mapped: undefined, rest: [] };
  for (const component of todo.getAllSubcomponents()) {
    const reminder = found.mapped || component.name !== 'valarm' ? undefined : toReminder(component, todo, context);
    if (reminder) Object.assign(found, reminder, { mapped: component });
    else found.rest.push(component.toJSON());
  }
  return found;
}

function toReminder(alarm: Component, todo: Component, context: AlarmContext): Reminder | undefined {
  if (String(alarm.getFirstPropertyValue('action') ?? '').toUpperCase() === 'NONE') return undefined;
  const trigger = alarm.getFirstProperty('trigger');
  const value = trigger?.getFirstValue();
  if (!trigger || !value) return undefined;
  if (value instanceof ICAL.Time) {
    const tzid = trigger.getParameter('tzid');
    const at = toInstant(value, typeof tzid === 'string' ? tzid : undefined, context.timezones, context.timeZone);
    return { remindBefore: null, reminderAt: at, followsDue: false };
  }
  if (!(value instanceof ICAL.Duration)) return undefined;
  const offset = value.toSeconds();
  const related = String(trigger.getParameter('related') ?? 'START').toUpperCase();
  const start = related === 'START' ? todo.getFirstProperty('dtstart') : null;
  if (start) {
    const anchor = startInstant(start, context);
    return anchor ? { remindBefore: null, reminderAt: new Date(anchor.getTime() + offset * 1000), followsDue: false } : undefined;
  }
  const before = -offset;
  if (before >= 0 && before % 60 === 0 && before <= context.maxRemindBefore) {
    return { remindBefore: before, reminderAt: null, followsDue: false };
  }
  if (!context.due) return undefined;
  return { remindBefore: null, reminderAt: new Date(context.due.getTime() + offset * 1000), followsDue: true };
}

function startInstant(start: InstanceType<typeof ICAL.Property>, context: AlarmContext): Date | undefined {
  const value = start.getFirstValue();
  if (!(value instanceof ICAL.Time)) return undefined;
  if ((value as IcalTime).isDate) return dateAtHour(value, context.timeZone, ALL_DAY_HOUR);
  const tzid = start.getParameter('tzid');
  return toInstant(value, typeof tzid === 'string' ? tzid : undefined, context.timezones, context.timeZone);
}

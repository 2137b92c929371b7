import type { Element } from '@xmldom/xmldom';
import ICAL from 'ical.js';
import { dateAtHour, type IcalTime, type IcalTimezone, toInstant } from '../ical-time.ts';
import { DavError } from './dav-errors.ts';
import { childElements, is, NS, textOf } from './dav-xml.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

interface TimeRange {
  start: number;
  end: number;
}

/** How the object's times read as instants: its VTIMEZONEs, and the user's zone for floating times and dates. */
interface Zones {
  timezones: Map<string, IcalTimezone>;
  timeZone: string;
}

/**
 * Whether a calendar object matches a calendar-query's CALDAV:filter (RFC 4791 §9.7): comp-filter, prop-filter,
 * param-filter, is-not-defined, text-match and time-range, as Apple Reminders, DAVx⁵ and Thunderbird send them.
 * A recurring task is matched by its one VTODO (Doable keeps one occurrence at a time), not by its expansion.
 */
export function matchesFilter(filter: Element, text: string, timeZone = 'UTC'): boolean {
  const top = childElements(filter).filter((c) => is(c, NS.caldav, 'comp-filter'));
  if (top.length !== 1 || !top[0])
    throw new DavError(403, 'A filter holds exactly one comp-filter (VCALENDAR).', '{urn:ietf:params:xml:ns:caldav}valid-filter');
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const timezones = new Map<string, IcalTimezone>();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = vtimezone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') timezones.set(tzid, new ICAL.Timezone(vtimezone));
  }
  return matchComponentFilter(top[0], [calendar], { timezones, timeZone });
}

/** A DATE or DATE-TIME property as milliseconds since the epoch: a date is the start of its day in the user's zone. */
function millisOf(property: Property | null | undefined, zones: Zones): number | undefined {
  const value = property?.getFirstValue();
  if (!(value instanceof ICAL.Time)) return undefined;
  try {
    if (value.isDate) return dateAtHour(value as IcalTime, zones.timeZone, 0).getTime();
    const tzid = property?.getParameter('tzid');
    return toInstant(value as IcalTime, typeof tzid === 'string' ? tzid : undefined, zones.timezones, zones.timeZone).getTime();
  } catch {
    return undefined;
  }
}

/** A comp-filter against the components of its name among `candidates`. */
function matchComponentFilter(filter: Element, candidates: Component[], zones: Zones): boolean {
  const name = (filter.getAttribute('name') ?? '').toLowerCase();
  const components = candidates.filter((component) => component.name === name);
  const children = childElements(filter);
  if (children.some((c) => is(c, NS.caldav, 'is-not-defined'))) return components.length === 0;
  return components.some((component) =>
    children.every((c) => {
      if (is(c, NS.caldav, 'time-range')) return componentInRange(component, timeRangeOf(c), zones);
      if (is(c, NS.caldav, 'comp-filter')) return matchComponentFilter(c, component.getAllSubcomponents(), zones);
      if (is(c, NS.caldav, 'prop-filter')) return matchPropertyFilter(c, component, zones);
      return true;
    }),
  );
}

function matchPropertyFilter(filter: Element, component: Component, zones: Zones): boolean {
  const name = (filter.getAttribute('name') ?? '').toLowerCase();
  const properties = component.getAllProperties(name);
  const children = childElements(filter);
  if (children.some((c) => is(c, NS.caldav, 'is-not-defined'))) return properties.length === 0;
  // RFC 4791 §9.7.2: several tests in one prop-filter all apply, unless test="anyof".
  const any = filter.getAttribute('test') === 'anyof';
  return properties.some((property) => {
    const tests = children.map((c) => {
      if (is(c, NS.caldav, 'time-range')) return propertyInRange(property, timeRangeOf(c), zones);
      if (is(c, NS.caldav, 'text-match')) return textMatches(c, property.getValues().map(String));
      if (is(c, NS.caldav, 'param-filter')) return matchParamFilter(c, property);
      return true;
    });
    return tests.length === 0 || (any ? tests.some(Boolean) : tests.every(Boolean));
  });
}

function matchParamFilter(filter: Element, property: Property): boolean {
  const value = property.getParameter((filter.getAttribute('name') ?? '').toLowerCase());
  const children = childElements(filter);
  if (children.some((c) => is(c, NS.caldav, 'is-not-defined'))) return value === undefined || value === null;
  if (value === undefined || value === null) return false;
  const match = children.find((c) => is(c, NS.caldav, 'text-match'));
  return match ? textMatches(match, [String(value)]) : true;
}

/** Substring match; the collations clients use (i;ascii-casemap, i;unicode-casemap) ignore case, i;octet does not. */
function textMatches(match: Element, values: string[]): boolean {
  const caseless = match.getAttribute('collation') !== 'i;octet';
  const wanted = caseless ? textOf(match).toLowerCase() : textOf(match);
  const found = values.some((value) => (caseless ? value.toLowerCase() : value).includes(wanted));
  return match.getAttribute('negate-condition') === 'yes' ? !found : found;
}

function timeRangeOf(element: Element): TimeRange {
  const parse = (attribute: string, fallback: number) => {
    const value = element.getAttribute(attribute);
    if (!value) return fallback;
    const parts = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
    if (!parts) {
      throw new DavError(
        403,
        `time-range ${attribute} must be a UTC date-time such as 20250101T000000Z.`,
        '{urn:ietf:params:xml:ns:caldav}valid-filter',
      );
    }
    const [year, month, day, hour, minute, second] = parts.slice(1).map(Number) as [number, number, number, number, number, number];
    return Date.UTC(year, month - 1, day, hour, minute, second);
  };
  return { start: parse('start', Number.NEGATIVE_INFINITY), end: parse('end', Number.POSITIVE_INFINITY) };
}

const instant = (component: Component, name: string, zones: Zones): number | undefined => millisOf(component.getFirstProperty(name), zones);

/** RFC 4791 §9.9's table for VTODO; components other than VTODO and VALARM never fall in a task calendar's range. */
function componentInRange(component: Component, { start, end }: TimeRange, zones: Zones): boolean {
  if (component.name === 'valarm') return alarmInRange(component, { start, end }, zones);
  if (component.name !== 'vtodo') return false;
  const dtstart = instant(component, 'dtstart', zones);
  const due = instant(component, 'due', zones);
  const duration = component.getFirstPropertyValue('duration');
  const completed = instant(component, 'completed', zones);
  const created = instant(component, 'created', zones);
  if (dtstart !== undefined && duration instanceof ICAL.Duration) {
    const finish = dtstart + duration.toSeconds() * 1000;
    return (start <= dtstart || start < finish) && (end > dtstart || end >= finish);
  }
  if (dtstart !== undefined && due !== undefined) return (start <= dtstart || start < due) && (end > dtstart || end >= due);
  if (dtstart !== undefined) return start <= dtstart && end > dtstart;
  if (due !== undefined) return start < due && end >= due;
  if (completed !== undefined && created !== undefined) {
    return (start <= created || start <= completed) && (end >= created || end >= completed);
  }
  if (completed !== undefined) return start <= completed && end >= completed;
  if (created !== undefined) return end > created;
  return true;
}

/** An alarm with an absolute trigger is in range when it fires in it; a relative one follows its task, so it is kept. */
function alarmInRange(alarm: Component, { start, end }: TimeRange, zones: Zones): boolean {
  const at = millisOf(alarm.getFirstProperty('trigger'), zones);
  return at === undefined || (start <= at && at < end);
}

function propertyInRange(property: Property, { start, end }: TimeRange, zones: Zones): boolean {
  const at = millisOf(property, zones);
  return at !== undefined && start <= at && at < end;
}

import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { InvalidCalendarDataError } from './caldav-errors.ts';

export type IcalTime = InstanceType<typeof ICAL.Time>;
export type IcalTimezone = InstanceType<typeof ICAL.Timezone>;

/**
 * The instant a DATE-TIME value means: UTC as written; with a TZID, the object's own VTIMEZONE when it has one (what
 * the client meant), else the IANA zone of that name; floating (no zone) in the user's zone.
 */
export function toInstant(time: IcalTime, tzid: string | undefined, timezones: Map<string, IcalTimezone>, timeZone: string): Date {
  if (time.zone?.tzid === 'UTC') return new Date(time.toUnixTime() * 1000);
  const vtimezone = tzid === undefined ? undefined : timezones.get(tzid);
  if (vtimezone) {
    const zoned = time.clone();
    zoned.zone = vtimezone;
    return new Date(zoned.toUnixTime() * 1000);
  }
  const zone = tzid ?? timeZone;
  const local = wallTime(time, zone);
  if (!local.isValid) {
    throw new InvalidCalendarDataError(
      'valid-calendar-data',
      `TZID "${zone}" is neither an IANA time zone nor a VTIMEZONE in this calendar object.`,
    );
  }
  return local.toJSDate();
}

/** A DATE value (an all-day task) taken as `hour`:00 of that day in the user's zone. */
export function dateAtHour(time: IcalTime, timeZone: string, hour: number): Date {
  return wallTime(time, timeZone).set({ hour, minute: 0, second: 0 }).toJSDate();
}

function wallTime(time: IcalTime, zone: string): DateTime {
  const { year, month, day, hour, minute, second } = time;
  return DateTime.fromObject({ year, month, day, hour, minute, second }, { zone });
}

/** A UTC DATE-TIME value; iCalendar counts whole seconds, so a fraction of a second is dropped. */
export function toUtcTime(instant: Date): IcalTime {
  return ICAL.Time.fromJSDate(new Date(Math.floor(instant.getTime() / 1000) * 1000), true);
}

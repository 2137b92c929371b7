import { DomainError } from '@doable/platform';

/**
 * The RFC 4791 precondition a refused calendar object breaks: the CalDAV PUT answers 403 with it in a DAV:error body
 * (`valid-calendar-data`: not iCalendar, or values Doable cannot take; `supported-calendar-component`: not exactly
 * one VTODO, e.g. a VEVENT).
 */
export type CalendarPrecondition = 'valid-calendar-data' | 'supported-calendar-component';

/** A calendar object resource Doable cannot store as a task; the message says what to change. */
export class InvalidCalendarDataError extends DomainError {
  readonly precondition: CalendarPrecondition;

  constructor(precondition: CalendarPrecondition, message: string, errors?: { field: string; message: string }[]) {
    super(precondition === 'valid-calendar-data' ? 'invalid_calendar_data' : 'unsupported_calendar_component', 403, message, errors);
    this.precondition = precondition;
  }
}

// The VTODO mapping's public face: iCalendar text ↔ what the task service takes (docs/caldav.md has every rule).

export { vcalendarToTask } from './vtodo-read.ts';
export { emptyExtras, type ParsedVtodo, taskUid, type VtodoExtras, type VtodoFields } from './vtodo-shape.ts';
export { taskToVcalendar, type WriteOptions } from './vtodo-write.ts';

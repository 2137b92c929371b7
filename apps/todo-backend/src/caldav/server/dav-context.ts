import type { Executor } from '../../database/executor.ts';
import type { ProjectService } from '../../projects/project-service.ts';
import type { TaskService } from '../../tasks/task-service.ts';
import { type CalendarRow, caldavStore, type ObjectRow } from './caldav-store.ts';
import { DavError, notFound } from './dav-errors.ts';
import { calendarPrivileges, type DavUser } from './dav-properties.ts';
import { element, NS, qname } from './dav-xml.ts';

/** What a CalDAV request works with: the caller and the same services every other interface uses. */
export interface DavContext {
  db: Executor;
  tasks: TaskService;
  projects: ProjectService;
  user: DavUser;
  /** The client sent `Prefer: return=minimal`. */
  minimal: boolean;
}

/** Only the caller's own principal and calendar home exist for them: another user's is a 404, never a hint. */
export function requireOwn(context: DavContext, userId: string): void {
  if (userId !== context.user.userId) throw notFound();
}

export async function requireCalendar(context: DavContext, userId: string, segment: string): Promise<CalendarRow> {
  requireOwn(context, userId);
  const calendar = await caldavStore.calendar(context.db, userId, segment);
  if (!calendar) throw notFound('This calendar');
  return calendar;
}

export async function requireObject(context: DavContext, calendar: CalendarRow, name: string): Promise<ObjectRow> {
  const object = await caldavStore.objectByName(context.db, calendar.project_id, name);
  if (!object) throw notFound('This task');
  return object;
}

/** 403 with DAV:need-privileges when the role (or a read-only app password) does not allow the change. */
export function requirePrivilege(context: DavContext, calendar: CalendarRow, privilege: 'write-content' | 'write-properties'): void {
  if (calendarPrivileges(context.user, calendar).includes(privilege)) return;
  const why =
    context.user.scope === 'read'
      ? 'This app password may only read; create one with the write scope to make changes.'
      : `You are a ${calendar.role} in this project, which does not allow this change.`;
  throw new DavError(403, why, qname(NS.dav, 'need-privileges'), element(qname(NS.dav, 'resource'), element(qname(NS.dav, privilege))));
}

/** Refuses any change when the app password may only read (for the home and collections, before any role applies). */
export function requireWriteScope(context: DavContext): void {
  if (context.user.scope === 'write') return;
  throw new DavError(
    403,
    'This app password may only read; create one with the write scope to make changes.',
    qname(NS.dav, 'need-privileges'),
  );
}

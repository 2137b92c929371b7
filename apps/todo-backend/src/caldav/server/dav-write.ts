import type { CreateTaskBody } from '@doable/contracts';
import { DomainError } from '@doable/platform';
import type { Element } from '@xmldom/xmldom';
import { settingsRepository } from '../../me/settings-repository.ts';
import { vcalendarToTask } from '../vtodo-mapping.ts';
import { type CalendarRow, caldavStore, collectionSegment, type ObjectRow } from './caldav-store.ts';
import { type RenderedObject, renderObject } from './calendar-object.ts';
import { type DavContext, requireCalendar, requireObject, requireOwn, requirePrivilege, requireWriteScope } from './dav-context.ts';
import { DavError } from './dav-errors.ts';
import type { DavTarget } from './dav-paths.ts';
import { objectPath } from './dav-paths.ts';
import { calendarHref, P } from './dav-properties.ts';
import { child, childElements, element, escapeXml, href, is, NS, nameOf, type QName, textOf } from './dav-xml.ts';

type Headers = Record<string, string | string[] | undefined>;
type ObjectTarget = Extract<DavTarget, { kind: 'object' }>;

const header = (headers: Headers, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};
const etagList = (value: string) => value.split(',').map((tag) => tag.trim().replace(/^W\//, ''));

/** If-Match / If-None-Match against the resource's current ETag (undefined: it does not exist): 412 when they fail. */
export function checkPreconditions(headers: Headers, etag: string | undefined): void {
  const ifMatch = header(headers, 'if-match');
  const ifNoneMatch = header(headers, 'if-none-match');
  if (ifNoneMatch !== undefined && etag !== undefined && (ifNoneMatch.trim() === '*' || etagList(ifNoneMatch).includes(etag))) {
    throw new DavError(412, 'The resource exists already (If-None-Match).');
  }
  if (ifMatch !== undefined && (etag === undefined || (ifMatch.trim() !== '*' && !etagList(ifMatch).includes(etag)))) {
    throw new DavError(412, 'The resource has changed since you read it (If-Match); fetch it again.');
  }
}

const CALDAV_CONDITION = (name: string): QName => `{${NS.caldav}}${name}`;

/** A UID already used by another task of the calendar (RFC 4791 no-uid-conflict is per collection), naming it. */
async function uidConflict(context: DavContext, calendar: CalendarRow, uid: string, except?: number): Promise<DavError | undefined> {
  const holder = (await caldavStore.tasksByUid(context.db, calendar.project_id, uid)).find((id) => id !== except);
  if (holder === undefined) return undefined;
  const object = (await caldavStore.objectsByTaskIds(context.db, calendar.project_id, [holder]))[0];
  const where = object ? href(objectPath(context.user.userId, collectionSegment(calendar), object.name)) : undefined;
  return new DavError(403, `Another task in this calendar already has the UID ${uid}.`, CALDAV_CONDITION('no-uid-conflict'), where);
}

/** The parent a RELATED-TO names, when it is a task in the same calendar. */
async function parentIn(context: DavContext, calendar: CalendarRow, parentUid: string): Promise<number | undefined> {
  return (await caldavStore.tasksByUid(context.db, calendar.project_id, parentUid))[0];
}

/**
 * PUT of a calendar object: a new name creates a task in the calendar's project, an existing one replaces the
 * task's fields, both through the task service (validation, roles, events, reminders, recurrence). Answers whether
 * it was created and the new ETag.
 */
export async function putObject(
  context: DavContext,
  target: ObjectTarget,
  headers: Headers,
  body: string,
): Promise<{ created: boolean; rendered: RenderedObject }> {
  const calendar = await requireCalendar(context, target.userId, target.collection);
  requirePrivilege(context, calendar, 'write-content');
  const contentType = header(headers, 'content-type');
  if (contentType && !/^text\/calendar\b/i.test(contentType)) {
    throw new DavError(403, `A task is sent as text/calendar, not ${contentType}.`, CALDAV_CONDITION('supported-calendar-data'));
  }
  const existing = await caldavStore.objectByName(context.db, calendar.project_id, target.name);
  checkPreconditions(headers, existing ? renderObject(existing).etag : undefined);
  const { time_zone } = await settingsRepository.find(context.db, context.user.userId);
  const parsed = vcalendarToTask(body, time_zone);
  const parentId = parsed.parentUid ? await parentIn(context, calendar, parsed.parentUid) : null;
  // A parent not (yet) in this calendar: the RELATED-TO is kept as the client sent it, and the task stays top level.
  if (parsed.parentUid && parentId === undefined) {
    parsed.extras.todo.push(['related-to', { reltype: 'PARENT' }, 'text', parsed.parentUid]);
  }

  let taskId: number;
  if (existing) {
    if (parsed.uid !== existing.uid) {
      throw new DavError(403, 'A task keeps its UID; PUT a new resource for a new UID.', CALDAV_CONDITION('no-uid-conflict'));
    }
    taskId = existing.task.id;
    await context.tasks.updateTask(context.user.userId, taskId, parsed.fields);
    const newParent = parentId ?? null;
    if (parentId !== undefined && newParent !== existing.task.parent_id) {
      await context.tasks.moveTask(context.user.userId, taskId, { parent_id: newParent });
    }
  } else {
    const conflict = await uidConflict(context, calendar, parsed.uid);
    if (conflict) throw conflict;
    const { completed, ...fields } = parsed.fields;
    const body: CreateTaskBody = {
      ...(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as Omit<CreateTaskBody, 'title'>),
      title: fields.title ?? '',
      project_id: calendar.project_id,
      ...(parentId ? { parent_id: parentId } : {}),
      // No reminder in the VTODO means none: the user's default offset would add an alarm the client did not set.
      ...(fields.reminder_at === null && fields.remind_before === null ? { remind_before: null } : {}),
    };
    if (parentId) delete body.project_id;
    const task = await context.tasks.createTask(context.user.userId, body);
    taskId = task.id;
    if (completed) await context.tasks.updateTask(context.user.userId, taskId, { completed: true });
  }
  const object = { uid: parsed.uid, name: target.name, extras: parsed.extras };
  if (existing) {
    await caldavStore.saveObject(context.db, taskId, object);
  } else if (!(await caldavStore.claimNewObject(context.db, calendar.project_id, taskId, object))) {
    // Two PUTs of one new UID at once both passed the check above: the later one takes its task back.
    const conflict = await uidConflict(context, calendar, parsed.uid, taskId);
    await context.tasks.deleteTask(context.user.userId, taskId);
    throw (
      conflict ?? new DavError(403, `Another task in this calendar already has the UID ${parsed.uid}.`, CALDAV_CONDITION('no-uid-conflict'))
    );
  }
  if (!existing) await adoptWaitingSubtasks(context, calendar, taskId, parsed.uid);
  const saved = await requireObject(context, calendar, target.name);
  return { created: !existing, rendered: renderObject(saved) };
}

const isParentLink = (jcal: unknown[], uid: string) =>
  jcal[0] === 'related-to' && String((jcal[1] as { reltype?: unknown }).reltype ?? 'PARENT').toUpperCase() === 'PARENT' && jcal[3] === uid;

/**
 * Clients upload a list in any order: a subtask PUT before its parent kept its RELATED-TO. When the parent arrives,
 * each such task moves under it (through the task service) and the kept property goes, as the link is now Doable's.
 * A move the service refuses (too deep) leaves that task as it is.
 */
async function adoptWaitingSubtasks(context: DavContext, calendar: CalendarRow, parentId: number, parentUid: string): Promise<void> {
  for (const waiting of await caldavStore.waitingFor(context.db, calendar.project_id, parentUid)) {
    const todo = waiting.extras.todo.filter((jcal) => !isParentLink(jcal as unknown[], parentUid));
    if (todo.length === waiting.extras.todo.length) continue;
    try {
      await context.tasks.moveTask(context.user.userId, waiting.task_id, { parent_id: parentId });
    } catch (error) {
      if (error instanceof DomainError) continue;
      throw error;
    }
    await caldavStore.saveObject(context.db, waiting.task_id, {
      uid: waiting.uid,
      name: waiting.name,
      extras: { ...waiting.extras, todo },
    });
  }
}

export async function deleteObject(context: DavContext, target: ObjectTarget, headers: Headers): Promise<void> {
  const calendar = await requireCalendar(context, target.userId, target.collection);
  const object: ObjectRow = await requireObject(context, calendar, target.name);
  requirePrivilege(context, calendar, 'write-content');
  checkPreconditions(headers, renderObject(object).etag);
  await context.tasks.deleteTask(context.user.userId, object.task.id);
}

/** `#RRGGBB` or Apple's `#RRGGBBAA` as a project colour (`#rrggbb`), or undefined. */
function colourOf(value: string): string | undefined {
  const match = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value.trim());
  return match?.[1] ? `#${match[1].toLowerCase()}` : undefined;
}

/** The properties set in a MKCALENDAR or PROPPATCH body (DAV:set/DAV:prop children), and those removed. */
function propertyUpdates(root: Element | undefined): { set: Element[]; remove: Element[] } {
  const set: Element[] = [];
  const remove: Element[] = [];
  for (const action of root ? childElements(root) : []) {
    const prop = child(action, NS.dav, 'prop');
    if (!prop) continue;
    if (is(action, NS.dav, 'set')) set.push(...childElements(prop));
    if (is(action, NS.dav, 'remove')) remove.push(...childElements(prop));
  }
  return { set, remove };
}

/** A name for a project from a client's calendar name: within the project name's 120 characters. */
const projectName = (name: string) => name.trim().slice(0, 120) || 'Calendar';

/**
 * MKCALENDAR makes a project. The project's id is Doable's, so the collection is also found under the name the
 * client chose, for that user (RFC 4791 §5.3.1 creates the calendar at the request URI).
 */
export async function makeCalendar(context: DavContext, target: DavTarget, root: Element | undefined): Promise<void> {
  if (target.kind !== 'calendar') throw new DavError(403, 'A calendar is made in the calendar home: /dav/calendars/<user>/<name>/.');
  requireOwn(context, target.userId);
  requireWriteScope(context);
  if (root && !is(root, NS.caldav, 'mkcalendar')) throw new DavError(400, 'A MKCALENDAR body is a CALDAV:mkcalendar element.');
  if (await caldavStore.calendar(context.db, target.userId, target.collection)) {
    throw new DavError(403, 'A calendar exists at this URL already.', '{DAV:}resource-must-be-null');
  }
  if (/^\d+$/.test(target.collection) || target.collection.length > 200) {
    throw new DavError(
      403,
      'Name a new calendar with letters (numbers alone name existing projects), at most 200 characters.',
      '{DAV:}resource-must-be-null',
    );
  }
  const { set } = propertyUpdates(root);
  const value = (name: QName) => set.find((property) => nameOf(property) === name);
  const components = value(P.supportedComponents);
  if (components) {
    const names = childElements(components).map((comp) => (comp.getAttribute('name') ?? '').toUpperCase());
    if (!names.includes('VTODO')) {
      throw new DavError(403, 'Calendars here hold tasks (VTODO) only.', CALDAV_CONDITION('supported-calendar-component'));
    }
  }
  const displayname = value(P.displayname);
  const colour = colourOf(textOf(value(P.calendarColor)));
  const project = await context.projects.createProject(context.user.userId, {
    name: projectName(displayname ? textOf(displayname) : target.collection),
    ...(colour ? { color: colour } : {}),
  });
  await caldavStore.nameCalendar(context.db, context.user.userId, target.collection, project.id);
}

/**
 * PROPPATCH of a calendar: the display name and colour are the project's name and colour (its owner may change
 * them); every other property is refused (403), and then nothing changes (424 for the rest), as RFC 4918 §9.2 asks.
 */
export async function patchCalendar(context: DavContext, target: DavTarget, root: Element | undefined): Promise<string[]> {
  if (target.kind !== 'calendar')
    throw new DavError(403, 'Only a calendar’s display name and colour can be changed.', '{DAV:}cannot-modify-protected-property');
  const calendar = await requireCalendar(context, target.userId, target.collection);
  requireWriteScope(context);
  if (!root || !is(root, NS.dav, 'propertyupdate')) throw new DavError(400, 'A PROPPATCH body is a DAV:propertyupdate element.');
  const { set, remove } = propertyUpdates(root);
  const changes: { name?: string; color?: string } = {};
  const refused: QName[] = remove.map(nameOf);
  const accepted: QName[] = [];
  for (const property of set) {
    const name = nameOf(property);
    const colour = name === P.calendarColor ? colourOf(textOf(property)) : undefined;
    if (name === P.displayname && textOf(property) !== '') changes.name = projectName(textOf(property));
    else if (colour) changes.color = colour;
    else {
      refused.push(name);
      continue;
    }
    accepted.push(name);
  }
  let failure: string | undefined;
  if (refused.length === 0 && accepted.length > 0) {
    try {
      await context.projects.updateProject(context.user.userId, calendar.project_id, changes);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      failure = error.message;
    }
  }
  const propstat = (names: QName[], status: string, description?: string) =>
    names.length === 0
      ? ''
      : `<d:propstat><d:prop>${names.map((name) => element(name)).join('')}</d:prop><d:status>HTTP/1.1 ${status}</d:status>${
          description ? `<d:responsedescription>${escapeXml(description)}</d:responsedescription>` : ''
        }</d:propstat>`;
  const stats =
    refused.length > 0
      ? propstat(refused, '403 Forbidden', 'Only the display name and colour can be changed.') + propstat(accepted, '424 Failed Dependency')
      : failure
        ? propstat(accepted, '403 Forbidden', failure)
        : propstat(accepted, '200 OK');
  return [`<d:response>${href(calendarHref(context.user, calendar))}${stats}</d:response>`];
}

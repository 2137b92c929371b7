import type { Element } from '@xmldom/xmldom';
import { settingsRepository } from '../../me/settings-repository.ts';
import { type CalendarRow, caldavStore, collectionSegment, type ObjectRow } from './caldav-store.ts';
import { matchesFilter } from './calendar-filter.ts';
import { renderObject } from './calendar-object.ts';
import { type DavContext, requireCalendar, requireObject, requireOwn } from './dav-context.ts';
import { DavError } from './dav-errors.ts';
import { DAV_ROOT, type DavTarget, homePath, objectPath, parseDavPath, principalPath } from './dav-paths.ts';
import {
  calendarHref,
  calendarProperties,
  homeProperties,
  objectProperties,
  type PropRequest,
  principalProperties,
  propResponse,
  statusResponse,
  syncTokenOf,
} from './dav-properties.ts';
import { child, childElements, is, NS, nameOf, textOf } from './dav-xml.ts';

/** The DAV:prop (or allprop, propname) of a PROPFIND or REPORT body; no body means allprop (RFC 4918 §9.1). */
export function propRequestOf(root: Element | undefined, minimal = false): PropRequest {
  if (!root) return { kind: 'allprop', minimal };
  if (child(root, NS.dav, 'propname')) return { kind: 'propname', minimal };
  const prop = child(root, NS.dav, 'prop');
  if (prop) return { kind: 'prop', names: childElements(prop).map(nameOf), minimal };
  return { kind: 'allprop', minimal };
}

const objectResponse = (context: DavContext, calendar: CalendarRow, object: ObjectRow, request: PropRequest) =>
  propResponse(
    objectPath(context.user.userId, collectionSegment(calendar), object.name),
    objectProperties(object, renderObject(object)),
    request,
  );

/** PROPFIND: the target and, at Depth 1, its members. Depth infinity is answered as 1 (no deeper level exists but objects). */
export async function propfind(context: DavContext, target: DavTarget, depth: string, root: Element | undefined): Promise<string[]> {
  if (root && !is(root, NS.dav, 'propfind')) throw new DavError(400, 'A PROPFIND body is a DAV:propfind element.');
  const request = propRequestOf(root, context.minimal);
  const deep = depth !== '0';
  const { user } = context;
  switch (target.kind) {
    case 'root':
      return [
        propResponse(DAV_ROOT, principalProperties(user, 'root'), request),
        ...(deep ? [propResponse(principalPath(user.userId), principalProperties(user, 'principal'), request)] : []),
      ];
    case 'principals':
      return [
        propResponse(`${DAV_ROOT}principals/`, principalProperties(user, 'principals'), request),
        ...(deep ? [propResponse(principalPath(user.userId), principalProperties(user, 'principal'), request)] : []),
      ];
    case 'principal':
      requireOwn(context, target.userId);
      return [propResponse(principalPath(user.userId), principalProperties(user, 'principal'), request)];
    case 'home': {
      requireOwn(context, target.userId);
      const responses = [propResponse(homePath(user.userId), homeProperties(user), request)];
      if (deep) {
        for (const calendar of await caldavStore.calendars(context.db, user.userId)) {
          responses.push(propResponse(calendarHref(user, calendar), calendarProperties(user, calendar), request));
        }
      }
      return responses;
    }
    case 'calendar': {
      const calendar = await requireCalendar(context, target.userId, target.collection);
      const responses = [propResponse(calendarHref(user, calendar), calendarProperties(user, calendar), request)];
      if (deep) {
        for (const object of await caldavStore.objects(context.db, calendar.project_id)) {
          responses.push(objectResponse(context, calendar, object, request));
        }
      }
      return responses;
    }
    case 'object': {
      const calendar = await requireCalendar(context, target.userId, target.collection);
      const object = await requireObject(context, calendar, target.name);
      return [objectResponse(context, calendar, object, request)];
    }
  }
}

/** GET of a task: its iCalendar text and ETag. */
export async function getObject(context: DavContext, target: Extract<DavTarget, { kind: 'object' }>) {
  const calendar = await requireCalendar(context, target.userId, target.collection);
  return renderObject(await requireObject(context, calendar, target.name));
}

/** REPORT on a calendar: calendar-multiget, calendar-query or sync-collection. */
export async function report(context: DavContext, target: DavTarget, root: Element | undefined): Promise<string[]> {
  if (!root) throw new DavError(400, 'A REPORT needs a body naming the report.');
  const supported =
    is(root, NS.caldav, 'calendar-multiget') || is(root, NS.caldav, 'calendar-query') || is(root, NS.dav, 'sync-collection');
  if (!supported || (target.kind !== 'calendar' && target.kind !== 'object')) {
    throw new DavError(403, `The ${root.localName} report is not supported here.`, '{DAV:}supported-report');
  }
  const calendar = await requireCalendar(context, target.userId, target.collection);
  const request = propRequestOf(root, context.minimal);
  if (is(root, NS.caldav, 'calendar-multiget')) return multiget(context, calendar, root, request);
  if (is(root, NS.dav, 'sync-collection')) {
    if (target.kind !== 'calendar') throw new DavError(403, 'sync-collection is a report on a calendar.', '{DAV:}supported-report');
    return syncCollection(context, calendar, root, request);
  }
  const filter = child(root, NS.caldav, 'filter');
  if (!filter) throw new DavError(403, 'A calendar-query needs a CALDAV:filter.', '{urn:ietf:params:xml:ns:caldav}valid-filter');
  const { time_zone } = await settingsRepository.find(context.db, context.user.userId);
  const objects =
    target.kind === 'object'
      ? [await requireObject(context, calendar, target.name)]
      : await caldavStore.objects(context.db, calendar.project_id);
  const responses: string[] = [];
  for (const object of objects) {
    const rendered = renderObject(object);
    if (!matchesFilter(filter, rendered.text, time_zone)) continue;
    responses.push(
      propResponse(objectPath(context.user.userId, collectionSegment(calendar), object.name), objectProperties(object, rendered), request),
    );
  }
  return responses;
}

async function multiget(context: DavContext, calendar: CalendarRow, root: Element, request: PropRequest): Promise<string[]> {
  const responses: string[] = [];
  for (const element of childElements(root).filter((c) => is(c, NS.dav, 'href'))) {
    const path = textOf(element);
    // An href may be absolute (http://host/dav/…): only its path names the resource.
    const target = parseDavPath(path.replace(/^https?:\/\/[^/]+/i, ''));
    const inCalendar =
      target?.kind === 'object' &&
      target.userId === context.user.userId &&
      (await caldavStore.calendar(context.db, target.userId, target.collection))?.project_id === calendar.project_id;
    const object = inCalendar ? await caldavStore.objectByName(context.db, calendar.project_id, target.name) : undefined;
    responses.push(object ? objectResponse(context, calendar, object, request) : statusResponse(path, '404 Not Found'));
  }
  return responses;
}

/** The sequence number in one of this calendar's sync tokens, or undefined when it is not one. */
function seqOfToken(token: string, calendar: CalendarRow): number | undefined {
  const match = /^urn:doable:sync:(\d+):(\d+)$/.exec(token);
  if (!match || Number(match[1]) !== calendar.project_id) return undefined;
  const seq = Number(match[2]);
  return seq <= calendar.seq ? seq : undefined;
}

/**
 * RFC 6578: with no token every member; with one of ours, every task changed since (a removed one as a 404
 * response under its last name). The token answered is read before the members, so a change committed meanwhile
 * is sent again next time rather than missed.
 */
async function syncCollection(context: DavContext, calendar: CalendarRow, root: Element, request: PropRequest): Promise<string[]> {
  const token = textOf(child(root, NS.dav, 'sync-token'));
  const level = textOf(child(root, NS.dav, 'sync-level'));
  if (level !== '' && level !== '1') {
    throw new DavError(403, 'This server answers sync-level 1 only: a calendar holds no collections.', '{DAV:}supported-report');
  }
  const since = token === '' ? 0 : seqOfToken(token, calendar);
  if (since === undefined)
    throw new DavError(403, 'This sync token is not valid for this calendar; sync again from the start.', '{DAV:}valid-sync-token');
  const now = { ...calendar, seq: await caldavStore.currentSeq(context.db, calendar.project_id) };
  const home = collectionSegment(calendar);
  const responses: string[] = [];
  if (token === '') {
    for (const object of await caldavStore.objects(context.db, calendar.project_id))
      responses.push(objectResponse(context, calendar, object, request));
  } else {
    const changes = await caldavStore.changesSince(context.db, calendar.project_id, since);
    const present = new Map(
      (
        await caldavStore.objectsByTaskIds(
          context.db,
          calendar.project_id,
          changes.filter((change) => !change.removed).map((change) => change.task_id),
        )
      ).map((object) => [object.task.id, object]),
    );
    for (const change of changes) {
      const object = present.get(change.task_id);
      responses.push(
        object
          ? objectResponse(context, calendar, object, request)
          : statusResponse(objectPath(context.user.userId, home, change.name), '404 Not Found'),
      );
    }
  }
  responses.push(`<d:sync-token>${syncTokenOf(now)}</d:sync-token>`);
  return responses;
}

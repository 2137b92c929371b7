import type { ApiKeyScope } from '../../api-keys/api-key-scope.ts';
import type { CalendarRow, ObjectRow } from './caldav-store.ts';
import { collectionSegment } from './caldav-store.ts';
import type { RenderedObject } from './calendar-object.ts';
import { calendarPath, DAV_ROOT, homePath, principalPath } from './dav-paths.ts';
import { element, escapeXml, href, NS, type QName, qname } from './dav-xml.ts';

/** Who is asking: properties such as current-user-principal and the privilege set depend on it. */
export interface DavUser {
  userId: string;
  email: string;
  name: string;
  scope: ApiKeyScope;
}

/** A resource's properties: name → the value's inner XML (computed when asked for). */
export type Properties = Map<QName, () => string>;

const D = (local: string) => qname(NS.dav, local);
const C = (local: string) => qname(NS.caldav, local);
export const P = {
  resourcetype: D('resourcetype'),
  displayname: D('displayname'),
  getetag: D('getetag'),
  getcontenttype: D('getcontenttype'),
  getcontentlength: D('getcontentlength'),
  syncToken: D('sync-token'),
  currentUserPrincipal: D('current-user-principal'),
  principalUrl: D('principal-URL'),
  principalCollectionSet: D('principal-collection-set'),
  owner: D('owner'),
  currentUserPrivilegeSet: D('current-user-privilege-set'),
  supportedReportSet: D('supported-report-set'),
  calendarHomeSet: C('calendar-home-set'),
  calendarUserAddressSet: C('calendar-user-address-set'),
  supportedComponents: C('supported-calendar-component-set'),
  supportedCalendarData: C('supported-calendar-data'),
  calendarDescription: C('calendar-description'),
  calendarData: C('calendar-data'),
  getctag: qname(NS.cs, 'getctag'),
  calendarColor: qname(NS.apple, 'calendar-color'),
  calendarOrder: qname(NS.apple, 'calendar-order'),
} as const;

const privileges = (names: string[]) => names.map((name) => element(D('privilege'), element(D(name)))).join('');

const READ = ['read', 'read-current-user-privilege-set'];
const WRITE_CONTENT = ['write-content', 'bind', 'unbind'];

function userProperties(user: DavUser): Properties {
  return new Map<QName, () => string>([
    [P.currentUserPrincipal, () => href(principalPath(user.userId))],
    [P.principalCollectionSet, () => href(`${DAV_ROOT}principals/`)],
  ]);
}

/** `/dav/`, `/dav/principals/` and the user's principal share what discovery needs. */
export function principalProperties(user: DavUser, kind: 'root' | 'principals' | 'principal'): Properties {
  const properties = userProperties(user);
  properties.set(P.resourcetype, () => element(D('collection')) + (kind === 'principal' ? element(D('principal')) : ''));
  properties.set(P.displayname, () => escapeXml(kind === 'principal' ? user.name : 'Doable'));
  properties.set(P.principalUrl, () => href(principalPath(user.userId)));
  properties.set(P.calendarHomeSet, () => href(homePath(user.userId)));
  properties.set(P.calendarUserAddressSet, () => href(`mailto:${user.email}`));
  properties.set(P.owner, () => href(principalPath(user.userId)));
  properties.set(P.currentUserPrivilegeSet, () => privileges(READ));
  return properties;
}

export function homeProperties(user: DavUser): Properties {
  const properties = userProperties(user);
  properties.set(P.resourcetype, () => element(D('collection')));
  properties.set(P.displayname, () => escapeXml(`${user.name}’s projects`));
  properties.set(P.owner, () => href(principalPath(user.userId)));
  properties.set(P.principalUrl, () => href(principalPath(user.userId)));
  properties.set(P.calendarHomeSet, () => href(homePath(user.userId)));
  // Making a calendar (MKCALENDAR) makes a project: bind, unless the app password may only read.
  properties.set(P.currentUserPrivilegeSet, () => privileges(user.scope === 'write' ? [...READ, 'bind'] : READ));
  return properties;
}

/** What the user may do in a calendar: the project role, narrowed by a read-only app password. */
export function calendarPrivileges(user: DavUser, calendar: CalendarRow): string[] {
  if (user.scope === 'read' || calendar.role === 'viewer') return READ;
  const write = [...READ, 'write', ...WRITE_CONTENT];
  return calendar.role === 'owner' ? [...write, 'write-properties'] : write;
}

export const syncTokenOf = (calendar: Pick<CalendarRow, 'project_id' | 'seq'>) => `urn:doable:sync:${calendar.project_id}:${calendar.seq}`;

const REPORTS = [C('calendar-query'), C('calendar-multiget'), D('sync-collection')];

export function calendarProperties(user: DavUser, calendar: CalendarRow): Properties {
  const properties = userProperties(user);
  properties.set(P.resourcetype, () => element(D('collection')) + element(C('calendar')));
  properties.set(P.displayname, () => escapeXml(calendar.name));
  properties.set(P.calendarColor, () => escapeXml(`${calendar.color.toUpperCase()}FF`));
  properties.set(P.supportedComponents, () => `<c:comp name="VTODO"/>`);
  properties.set(P.supportedCalendarData, () => `<c:calendar-data content-type="text/calendar" version="2.0"/>`);
  properties.set(P.currentUserPrivilegeSet, () => privileges(calendarPrivileges(user, calendar)));
  properties.set(P.owner, () => href(principalPath(user.userId)));
  properties.set(P.getctag, () => escapeXml(syncTokenOf(calendar)));
  properties.set(P.syncToken, () => escapeXml(syncTokenOf(calendar)));
  properties.set(P.supportedReportSet, () =>
    REPORTS.map((report) => element(D('supported-report'), element(D('report'), element(report)))).join(''),
  );
  return properties;
}

export const calendarHref = (user: DavUser, calendar: CalendarRow) => calendarPath(user.userId, collectionSegment(calendar));

export function objectProperties(object: ObjectRow, rendered: RenderedObject): Properties {
  return new Map<QName, () => string>([
    [P.resourcetype, () => ''],
    [P.getetag, () => escapeXml(rendered.etag)],
    [P.getcontenttype, () => 'text/calendar; charset=utf-8; component=VTODO'],
    [P.getcontentlength, () => String(Buffer.byteLength(rendered.text))],
    [P.displayname, () => escapeXml(object.task.title)],
    [P.calendarData, () => escapeXml(rendered.text)],
  ]);
}

/** Left out of `allprop`: the whole object text is asked for by name (RFC 4791 §9.6). */
const NOT_IN_ALLPROP = new Set<QName>([P.calendarData]);

/** What PROPFIND (or a REPORT's DAV:prop) asks for: named properties, every property, or only their names. */
export type PropRequest = ({ kind: 'prop'; names: QName[] } | { kind: 'allprop' } | { kind: 'propname' }) & {
  /** `Prefer: return=minimal` (RFC 8144, sent by Apple and DAVx⁵): properties not found are left out. */
  minimal?: boolean;
};

/** One DAV:response: the asked properties found (200) and not found (404). */
export function propResponse(path: string, properties: Properties, request: PropRequest): string {
  const found: string[] = [];
  const missing: string[] = [];
  if (request.kind === 'propname') {
    for (const name of properties.keys()) found.push(element(name));
  } else {
    const names = request.kind === 'allprop' ? [...properties.keys()].filter((name) => !NOT_IN_ALLPROP.has(name)) : request.names;
    for (const name of names) {
      const value = properties.get(name);
      if (value) found.push(element(name, value()));
      else missing.push(element(name));
    }
  }
  const propstat = (props: string[], status: string) =>
    props.length === 0 ? '' : `<d:propstat><d:prop>${props.join('')}</d:prop><d:status>HTTP/1.1 ${status}</d:status></d:propstat>`;
  const stats = propstat(found, '200 OK') + (request.minimal ? '' : propstat(missing, '404 Not Found'));
  return `<d:response>${href(path)}${stats || '<d:propstat><d:prop/><d:status>HTTP/1.1 200 OK</d:status></d:propstat>'}</d:response>`;
}

/** A member that is gone (sync-collection) or was asked for and does not exist (multiget). */
export const statusResponse = (path: string, status: string) =>
  `<d:response>${href(path)}<d:status>HTTP/1.1 ${status}</d:status></d:response>`;

/** Where things live under `/dav/` (docs/caldav.md, "The CalDAV server"). */
export const DAV_ROOT = '/dav/';

export type DavTarget =
  | { kind: 'root' }
  | { kind: 'principals' }
  | { kind: 'principal'; userId: string }
  | { kind: 'home'; userId: string }
  | { kind: 'calendar'; userId: string; collection: string }
  | { kind: 'object'; userId: string; collection: string; name: string };

/** A path segment as written in an href: `@` stays readable (UIDs hold one), everything unsafe is escaped. */
export const segment = (value: string): string => encodeURIComponent(value).replace(/%40/g, '@');

export const principalPath = (userId: string) => `${DAV_ROOT}principals/${segment(userId)}/`;
export const homePath = (userId: string) => `${DAV_ROOT}calendars/${segment(userId)}/`;
export const calendarPath = (userId: string, collection: string) => `${homePath(userId)}${segment(collection)}/`;
export const objectPath = (userId: string, collection: string, name: string) => `${calendarPath(userId, collection)}${segment(name)}`;

/** The target of a request path (query string already removed), or undefined when nothing can live there. */
export function parseDavPath(path: string): DavTarget | undefined {
  if (!path.startsWith('/dav')) return undefined;
  let parts: string[];
  try {
    parts = path
      .slice('/dav'.length)
      .split('/')
      .filter((part) => part !== '')
      .map(decodeURIComponent);
  } catch {
    return undefined;
  }
  const [area, userId, collection, name, ...rest] = parts;
  if (rest.length > 0) return undefined;
  if (area === undefined) return { kind: 'root' };
  if (area === 'principals') {
    if (userId === undefined) return { kind: 'principals' };
    return collection === undefined ? { kind: 'principal', userId } : undefined;
  }
  if (area !== 'calendars' || userId === undefined) return undefined;
  if (collection === undefined) return { kind: 'home', userId };
  if (name === undefined) return { kind: 'calendar', userId, collection };
  return { kind: 'object', userId, collection, name };
}

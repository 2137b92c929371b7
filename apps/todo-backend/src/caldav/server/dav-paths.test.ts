import { describe, expect, it } from 'vitest';
import { objectPath, parseDavPath } from './dav-paths.ts';

describe('CalDAV paths', () => {
  it('reads every kind of URL, with or without the trailing slash', () => {
    expect(parseDavPath('/dav')).toEqual({ kind: 'root' });
    expect(parseDavPath('/dav/principals/u1/')).toEqual({ kind: 'principal', userId: 'u1' });
    expect(parseDavPath('/dav/calendars/u1')).toEqual({ kind: 'home', userId: 'u1' });
    expect(parseDavPath('/dav/calendars/u1/7/')).toEqual({ kind: 'calendar', userId: 'u1', collection: '7' });
    expect(parseDavPath('/dav/calendars/u1/7/a%20b%2Fc.ics')).toEqual({ kind: 'object', userId: 'u1', collection: '7', name: 'a b/c.ics' });
  });

  it('finds nothing deeper than a task, elsewhere, or in a malformed escape', () => {
    expect(parseDavPath('/dav/calendars/u1/7/x.ics/more')).toBeUndefined();
    expect(parseDavPath('/dav/elsewhere/')).toBeUndefined();
    expect(parseDavPath('/dav/calendars/u1/7/%E0%A4%A.ics')).toBeUndefined();
    expect(parseDavPath('/davx/')).toBeUndefined();
  });

  it('writes a name back so it reads as the same name, keeping the @ of a UID readable', () => {
    const path = objectPath('u1', '7', 'doable-task-3@doable.ics');
    expect(path).toBe('/dav/calendars/u1/7/doable-task-3@doable.ics');
    expect(parseDavPath(objectPath('u1', '7', 'a b/c?.ics'))).toMatchObject({ name: 'a b/c?.ics' });
  });
});

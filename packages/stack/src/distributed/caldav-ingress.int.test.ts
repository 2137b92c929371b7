import { describe, expect, it } from 'vitest';
import { stackInfo } from '../test-stack.ts';
import { aUser, backend } from './distributed-stack.ts';

const publicUrl = () => {
  const url = stackInfo().publicUrl;
  if (!url) throw new Error('the stack has no public URL: it started no proxy');
  return url;
};

/** The first `<…href>` inside the named element of a multistatus, whatever prefix the server gives DAV:. */
const hrefIn = (xml: string, element: string) => xml.match(new RegExp(`<(?:\\w+:)?${element}>\\s*<(?:\\w+:)?href>([^<]+)<`))?.[1];

/**
 * CalDAV as a phone reaches it in production: at the public origin, through the Ingress's `/.well-known/caldav` and
 * `/dav` routes (the local nginx is generated from the same route table), to whichever backend replica answers.
 */
describe('CalDAV through the ingress', () => {
  it('discovers from /.well-known/caldav at the public origin, then a PUT shows in the next sync-collection', async () => {
    const base = publicUrl();
    const user = await aUser('CalDAV phone');
    const created = await backend(0).post('/api/auth/api-key/create', { name: 'phone', scope: 'write' }, user.token);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const authorization = `Basic ${Buffer.from(`${user.email}:${created.body.key}`).toString('base64')}`;
    const dav = (method: string, url: string, body: string, headers: Record<string, string> = {}) =>
      fetch(url.startsWith('http') ? url : `${base}${url}`, {
        method,
        redirect: 'manual',
        headers: { authorization, 'content-type': 'application/xml; charset=utf-8', ...headers },
        body,
      });

    // Discovery: the well-known redirect, the principal, its calendar home, the calendars in it.
    const wellKnown = await dav(
      'PROPFIND',
      '/.well-known/caldav',
      '<propfind xmlns="DAV:"><prop><current-user-principal/></prop></propfind>',
      { depth: '0' },
    );
    expect(wellKnown.status).toBe(301);
    const root = new URL(wellKnown.headers.get('location') ?? '', `${base}/.well-known/caldav`).href;
    expect(root).toBe(`${base}/dav/`);
    const rootAnswer = await dav('PROPFIND', root, '<propfind xmlns="DAV:"><prop><current-user-principal/></prop></propfind>', {
      depth: '0',
    });
    expect(rootAnswer.status).toBe(207);
    const principal = hrefIn(await rootAnswer.text(), 'current-user-principal');
    expect(principal).toBe(`/dav/principals/${user.userId}/`);
    const principalAnswer = await dav(
      'PROPFIND',
      principal ?? '',
      '<propfind xmlns="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><prop><C:calendar-home-set/></prop></propfind>',
      { depth: '0' },
    );
    const home = hrefIn(await principalAnswer.text(), 'calendar-home-set') ?? '';
    expect(home).toBe(`/dav/calendars/${user.userId}/`);
    const calendars = await dav(
      'PROPFIND',
      home,
      '<propfind xmlns="DAV:"><prop><displayname/><resourcetype/><sync-token/></prop></propfind>',
      { depth: '1' },
    );
    expect(calendars.status).toBe(207);
    const listing = await calendars.text();
    const inbox = listing.split(/<(?:\w+:)?response>/).find((response) => /<(?:\w+:)?displayname>Inbox</.test(response));
    const calendar = inbox?.match(/<(?:\w+:)?href>([^<]+)</)?.[1] ?? '';
    const token = inbox?.match(/<(?:\w+:)?sync-token>([^<]+)</)?.[1] ?? '';
    expect(calendar).toMatch(new RegExp(`^${home}\\d+/$`));
    expect(token).toMatch(/^urn:doable:sync:/);

    // One task from the phone, then the phone's next sync.
    const put = await dav(
      'PUT',
      `${calendar}from-the-phone.ics`,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Test//Phone//EN',
        'BEGIN:VTODO',
        'UID:from-the-phone',
        'DTSTAMP:20250101T000000Z',
        'SUMMARY:Written on the phone',
        'END:VTODO',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
      { 'content-type': 'text/calendar; charset=utf-8', 'if-none-match': '*' },
    );
    expect(put.status, await put.clone().text()).toBe(201);
    const etag = put.headers.get('etag');
    expect(etag).toMatch(/^"/);
    const sync = await dav(
      'REPORT',
      calendar,
      `<sync-collection xmlns="DAV:"><sync-token>${token}</sync-token><sync-level>1</sync-level><prop><getetag/></prop></sync-collection>`,
    );
    expect(sync.status).toBe(207);
    const delta = (await sync.text()).replaceAll('&quot;', '"');
    expect(delta).toContain(`${calendar}from-the-phone.ics`);
    expect(delta).toContain(etag);
    const tasks = await backend(1).get('/api/v1/tasks?status=all', user.token);
    expect(tasks.body.items.map((task: { title: string }) => task.title)).toContain('Written on the phone');
  });
});

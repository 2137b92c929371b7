import { signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

const vtodo = (uid: string, lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//EN', 'BEGIN:VTODO', `UID:${uid}`, ...lines, 'END:VTODO', 'END:VCALENDAR', ''].join(
    '\r\n',
  );

describe.each(STORAGE_KINDS)('CalDAV over plain HTTP on %s', (kind) => {
  let t: TestApp;
  let alice: { token: string; userId: string; email: string };
  let key: string;
  let basic: string;
  let inbox: number;
  let home: string;

  const dav = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}${path}`, {
      method,
      redirect: 'manual',
      headers: { authorization: basic, ...(body === undefined ? {} : { 'content-type': 'application/xml; charset=utf-8' }), ...headers },
      ...(body === undefined ? {} : { body }),
    });
  const put = (name: string, body: string, headers: Record<string, string> = {}) =>
    dav('PUT', `${home}${inbox}/${name}`, body, { 'content-type': 'text/calendar; charset=utf-8', ...headers });
  const query = (filter: string) =>
    dav(
      'REPORT',
      `${home}${inbox}/`,
      `<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:prop><D:getetag/></D:prop><C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VTODO">${filter}</C:comp-filter></C:comp-filter></C:filter></C:calendar-query>`,
      { depth: '1' },
    ).then((res) => res.text());

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = await signUp(t.api, 'Alice');
    key = (await t.api.post('/api/auth/api-key/create', { name: 'laptop', scope: 'write' }, alice.token)).body.key;
    basic = `Basic ${Buffer.from(`${alice.email}:${key}`).toString('base64')}`;
    inbox = (await t.api.get('/api/v1/projects', alice.token)).body.items[0].id;
    home = `/dav/calendars/${alice.userId}/`;
  }, 120_000);
  afterAll(() => t?.stop());

  it('redirects /.well-known/caldav to /dav/ (GET and PROPFIND)', async () => {
    for (const method of ['GET', 'PROPFIND']) {
      const res = await fetch(`${t.url}/.well-known/caldav`, { method, redirect: 'manual' });
      expect(res.status, method).toBe(301);
      expect(res.headers.get('location')).toBe('/dav/');
    }
  });

  it('redirects a PROPFIND with an XML body at /.well-known/caldav too', async () => {
    const res = await fetch(`${t.url}/.well-known/caldav`, {
      method: 'PROPFIND',
      redirect: 'manual',
      headers: { depth: '0', 'content-type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0"?><D:propfind xmlns:D="DAV:"><D:prop><D:current-user-principal/></D:prop></D:propfind>',
    });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/dav/');
  });

  it('asks for Basic credentials, and takes only an app password with the account’s email', async () => {
    const as = (user: string, password: string) =>
      fetch(`${t.url}/dav/`, {
        method: 'PROPFIND',
        headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
      });
    const none = await fetch(`${t.url}/dav/`, { method: 'PROPFIND' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm="Doable"/);
    expect((await as(alice.email, 'correct horse battery staple')).status).toBe(401);
    expect((await as('someone.else@example.test', key)).status).toBe(401);
    expect((await as(alice.email.toUpperCase(), key)).status).toBe(207);
  });

  it('refuses a revoked app password at once (401)', async () => {
    const made = (await t.api.post('/api/auth/api-key/create', { name: 'old phone', scope: 'write' }, alice.token)).body;
    const as = () =>
      fetch(`${t.url}/dav/`, {
        method: 'PROPFIND',
        headers: { authorization: `Basic ${Buffer.from(`${alice.email}:${made.key}`).toString('base64')}` },
      });
    expect((await as()).status).toBe(207);
    expect((await t.api.post('/api/auth/api-key/delete', { keyId: made.id }, alice.token)).status).toBe(200);
    expect((await as()).status).toBe(401);
  });

  it('answers OPTIONS with the DAV classes and an unknown method with 405 and Allow', async () => {
    const options = await fetch(`${t.url}/dav/`, { method: 'OPTIONS' });
    expect(options.headers.get('dav')).toContain('calendar-access');
    expect(options.headers.get('allow')).toContain('REPORT');
    const mkcol = await dav('MKCOL', `${home}new/`);
    expect(mkcol.status).toBe(405);
    expect(mkcol.headers.get('allow')).toContain('MKCALENDAR');
  });

  it('discovers the principal and calendar home whatever prefixes the body uses', async () => {
    const root = await dav(
      'PROPFIND',
      '/dav/',
      '<propfind xmlns="DAV:"><prop><current-user-principal/><x:nothing xmlns:x="urn:x"/></prop></propfind>',
      {
        depth: '0',
      },
    );
    expect(root.status).toBe(207);
    const text = await root.text();
    expect(text).toContain(`<d:current-user-principal><d:href>/dav/principals/${alice.userId}/</d:href>`);
    expect(text).toMatch(/<x:nothing xmlns:x="urn:x"\/><\/d:prop><d:status>HTTP\/1.1 404 Not Found/);
    const principal = await dav(
      'PROPFIND',
      `/dav/principals/${alice.userId}/`,
      '<A:propfind xmlns:A="DAV:" xmlns:B="urn:ietf:params:xml:ns:caldav"><A:prop><B:calendar-home-set/><B:calendar-user-address-set/></A:prop></A:propfind>',
      { depth: '0' },
    );
    const body = await principal.text();
    expect(body).toContain(`<c:calendar-home-set><d:href>${home}</d:href>`);
    expect(body).toContain(`mailto:${alice.email}`);
  });

  it('leaves out the properties it does not have when the client prefers a minimal answer', async () => {
    const res = await dav(
      'PROPFIND',
      '/dav/',
      '<propfind xmlns="DAV:"><prop><current-user-principal/><x:nothing xmlns:x="urn:x"/></prop></propfind>',
      {
        depth: '0',
        prefer: 'return=minimal',
      },
    );
    expect(res.headers.get('preference-applied')).toBe('return=minimal');
    const text = await res.text();
    expect(text).toContain('current-user-principal');
    expect(text).not.toContain('nothing');
  });

  it('refuses what is not a task with the CalDAV precondition in a DAV:error body', async () => {
    const event = await put('event.ics', vtodo('x', []).replaceAll('VTODO', 'VEVENT'));
    expect(event.status).toBe(403);
    expect(event.headers.get('content-type')).toContain('application/xml');
    expect(await event.text()).toContain('<c:supported-calendar-component/>');
    const garbage = await put('garbage.ics', 'hello');
    expect(garbage.status).toBe(403);
    expect(await garbage.text()).toContain('<c:valid-calendar-data/>');
    const badRule = await put('rule.ics', vtodo('rule', ['SUMMARY:x', 'RRULE:FREQ=SECONDLY']));
    expect(badRule.status).toBe(403);
    expect(await badRule.text()).toContain('valid-calendar-data');
  });

  it('refuses a second resource with a task’s UID (no-uid-conflict, naming the first)', async () => {
    expect((await put('one.ics', vtodo('same-uid', ['SUMMARY:One']))).status).toBe(201);
    const second = await put('two.ics', vtodo('same-uid', ['SUMMARY:Two']));
    expect(second.status).toBe(403);
    expect(await second.text()).toContain(`<c:no-uid-conflict><d:href>${home}${inbox}/one.ics</d:href></c:no-uid-conflict>`);
  });

  it('takes a UID that a task of another calendar has: a client moves a task by a PUT to the new list, then a DELETE', async () => {
    expect((await put('moving.ics', vtodo('moving-uid', ['SUMMARY:Moving']))).status).toBe(201);
    const errands = (await t.api.post('/api/v1/projects', { name: 'Errands' }, alice.token)).body.id as number;
    const moved = await dav('PUT', `${home}${errands}/moving.ics`, vtodo('moving-uid', ['SUMMARY:Moving']), {
      'content-type': 'text/calendar; charset=utf-8',
      'if-none-match': '*',
    });
    expect(moved.status, await moved.clone().text()).toBe(201);
    expect((await dav('DELETE', `${home}${inbox}/moving.ics`)).status).toBe(204);
    const got = await dav('GET', `${home}${errands}/moving.ics`);
    expect(await got.text()).toContain('UID:moving-uid');
    const titles = (await t.api.get('/api/v1/tasks?limit=200&status=all', alice.token)).body.items.map(
      (task: { title: string }) => task.title,
    );
    expect(titles.filter((title: string) => title === 'Moving')).toHaveLength(1);
  });

  it('keeps one task when two resources with one new UID are PUT at once', async () => {
    const answers = await Promise.all([
      put('race-a.ics', vtodo('race', ['SUMMARY:Race'])),
      put('race-b.ics', vtodo('race', ['SUMMARY:Race'])),
    ]);
    expect(answers.map((res) => res.status).sort()).toEqual([201, 403]);
    const titles = (await t.api.get(`/api/v1/tasks?project=${inbox}&limit=200&status=all`, alice.token)).body.items.map(
      (task: { title: string }) => task.title,
    );
    expect(titles.filter((title: string) => title === 'Race')).toHaveLength(1);
  });

  it('answers an unknown sync token with 403 valid-sync-token', async () => {
    const res = await dav(
      'REPORT',
      `${home}${inbox}/`,
      '<d:sync-collection xmlns:d="DAV:"><d:sync-token>urn:doable:sync:1:999999</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>',
    );
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<d:valid-sync-token/>');
  });

  it('filters calendar-query by COMPLETED, STATUS and a time range on DUE', async () => {
    await put('open.ics', vtodo('open', ['SUMMARY:Open', 'STATUS:NEEDS-ACTION', 'DUE:20300110T120000Z']));
    await put('done.ics', vtodo('done', ['SUMMARY:Done', 'STATUS:COMPLETED', 'DUE:20300301T120000Z']));
    const open = await query('<C:prop-filter name="COMPLETED"><C:is-not-defined/></C:prop-filter>');
    expect(open).toContain('open.ics');
    expect(open).not.toContain('done.ics');
    const notCompleted = await query(
      '<C:prop-filter name="STATUS"><C:text-match negate-condition="yes">COMPLETED</C:text-match></C:prop-filter>',
    );
    expect(notCompleted).toContain('open.ics');
    expect(notCompleted).not.toContain('done.ics');
    const january = await query('<C:time-range start="20300101T000000Z" end="20300201T000000Z"/>');
    expect(january).toContain('open.ics');
    expect(january).not.toContain('done.ics');
  });

  it('makes a project with MKCALENDAR, found at the URL the client chose', async () => {
    const made = await dav(
      'MKCALENDAR',
      `${home}groceries/`,
      '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><D:displayname>Groceries</D:displayname><C:supported-calendar-component-set><C:comp name="VTODO"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>',
    );
    expect(made.status).toBe(201);
    const projects = (await t.api.get('/api/v1/projects', alice.token)).body.items.map((p: { name: string }) => p.name);
    expect(projects).toContain('Groceries');
    const listed = await (await dav('PROPFIND', home, undefined, { depth: '1' })).text();
    expect(listed).toContain(`<d:href>${home}groceries/</d:href>`);
    expect((await dav('MKCALENDAR', `${home}groceries/`)).status).toBe(403);
    const milk = `${home}groceries/milk.ics`;
    const putMilk = await dav('PUT', milk, vtodo('milk', ['SUMMARY:Milk']), { 'content-type': 'text/calendar' });
    expect(putMilk.status).toBe(201);
    const got = await dav('GET', milk);
    expect(await got.text()).toContain('SUMMARY:Milk');
    const head = await dav('HEAD', milk);
    expect([head.status, head.headers.get('etag')]).toEqual([200, putMilk.headers.get('etag')]);
    const sync = await dav(
      'REPORT',
      `${home}groceries/`,
      '<d:sync-collection xmlns:d="DAV:"><d:sync-token/><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>',
    );
    expect(await sync.text()).toContain(`<d:href>${milk}</d:href>`);
    const events = await dav(
      'MKCALENDAR',
      `${home}meetings/`,
      '<C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop><C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>',
    );
    expect(events.status).toBe(403);
    expect(await events.text()).toContain('supported-calendar-component');
  });

  it('renames a project with PROPPATCH and refuses other properties, changing nothing then', async () => {
    const project = (await t.api.post('/api/v1/projects', { name: 'Old name' }, alice.token)).body;
    const patch = (props: string) =>
      dav(
        'PROPPATCH',
        `${home}${project.id}/`,
        `<D:propertyupdate xmlns:D="DAV:" xmlns:I="http://apple.com/ns/ical/"><D:set><D:prop>${props}</D:prop></D:set></D:propertyupdate>`,
      ).then((res) => res.text());
    const refused = await patch('<D:displayname>Ignored</D:displayname><I:calendar-order>3</I:calendar-order>');
    expect(refused).toContain('403 Forbidden');
    expect(refused).toContain('424 Failed Dependency');
    expect((await t.api.get(`/api/v1/projects/${project.id}`, alice.token)).body.name).toBe('Old name');
    const renamed = await patch('<D:displayname>New name</D:displayname><I:calendar-color>#FF8800FF</I:calendar-color>');
    expect(renamed).toContain('200 OK');
    expect((await t.api.get(`/api/v1/projects/${project.id}`, alice.token)).body).toMatchObject({ name: 'New name', color: '#ff8800' });
  });

  it('answers a malformed XML body with 400', async () => {
    expect((await dav('PROPFIND', '/dav/', '<propfind xmlns="DAV:"><prop>', { depth: '0' })).status).toBe(400);
  });
});

import { signUp } from '@doable/test-kit';
import { type DAVCalendar, DAVClient } from 'tsdav';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type User = { token: string; userId: string; email: string };

/** A VTODO as a client writes it. */
function vtodo(uid: string, lines: string[] = []): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Client//EN',
    'BEGIN:VTODO',
    `UID:${uid}`,
    'DTSTAMP:20250101T000000Z',
    ...lines,
    'END:VTODO',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

describe.each(STORAGE_KINDS)('the CalDAV server, driven by tsdav, on %s', (kind) => {
  let t: TestApp;
  let alice: User;
  let bob: User;
  let aliceKey: string;
  let aliceReadKey: string;
  let bobKey: string;
  let shared: { id: number };

  const appPassword = async (user: User, scope: 'read' | 'write') => {
    const res = await t.api.post('/api/auth/api-key/create', { name: `phone ${scope}`, scope }, user.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.key as string;
  };
  const clientFor = async (user: User, key: string) => {
    const client = new DAVClient({
      serverUrl: t.url,
      credentials: { username: user.email.toUpperCase(), password: key },
      authMethod: 'Basic',
      defaultAccountType: 'caldav',
    });
    await client.login();
    return client;
  };
  const calendarOf = async (client: DAVClient, name: string): Promise<DAVCalendar> => {
    const calendars = await client.fetchCalendars();
    const calendar = calendars.find((c) => c.displayName === name);
    if (!calendar) throw new Error(`no calendar ${name} in ${calendars.map((c) => c.displayName).join(', ')}`);
    return calendar;
  };
  /** Every task in a calendar, through a calendar-query for VTODOs (tsdav asks for VEVENTs unless told). */
  const todosOf = (client: DAVClient, calendar: DAVCalendar) =>
    client.fetchCalendarObjects({
      calendar,
      filters: [{ 'comp-filter': { _attributes: { name: 'VCALENDAR' }, 'comp-filter': { _attributes: { name: 'VTODO' } } } }],
    });
  const tasksIn = async (user: User, projectId: number) =>
    (await t.api.get(`/api/v1/tasks?project=${projectId}&limit=200&status=all`, user.token)).body.items as {
      id: number;
      title: string;
      completed: boolean;
      parent_id: number | null;
      due_date: string | null;
      recurring: string | null;
    }[];

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = await signUp(t.api, 'Alice');
    bob = await signUp(t.api, 'Bob');
    aliceKey = await appPassword(alice, 'write');
    aliceReadKey = await appPassword(alice, 'read');
    bobKey = await appPassword(bob, 'write');
    shared = (await t.api.post('/api/v1/projects', { name: 'Garden', color: '#22aa44' }, alice.token)).body;
    const invitation = await t.api.post(`/api/v1/projects/${shared.id}/invitations`, { email: bob.email, role: 'viewer' }, alice.token);
    expect(invitation.status, JSON.stringify(invitation.body)).toBe(201);
    const accepted = await t.api.post(`/api/v1/invitations/${invitation.body.id}/accept`, {}, bob.token);
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
  }, 120_000);
  afterAll(() => t?.stop());

  it('discovers the account from /.well-known/caldav and lists one task calendar per project', async () => {
    const client = await clientFor(alice, aliceKey);
    expect(client.account?.homeUrl).toBe(`${t.url}/dav/calendars/${alice.userId}/`);
    const calendars = await client.fetchCalendars();
    expect(calendars.map((c) => c.displayName).sort()).toEqual(['Garden', 'Inbox']);
    const garden = calendars.find((c) => c.displayName === 'Garden');
    expect(garden?.url).toBe(`${t.url}/dav/calendars/${alice.userId}/${shared.id}/`);
    expect(garden?.components).toEqual(['VTODO']);
    expect(garden?.calendarColor).toBe('#22AA44FF');
    expect(garden?.syncToken).toMatch(/^urn:doable:sync:/);
  });

  it('creates, updates, completes and deletes a task from the client through the task service', async () => {
    const client = await clientFor(alice, aliceKey);
    const garden = await calendarOf(client, 'Garden');
    const created = await client.createCalendarObject({
      calendar: garden,
      filename: 'water-plants.ics',
      iCalString: vtodo('water-plants', ['SUMMARY:Water the plants', 'PRIORITY:1', 'CATEGORIES:Home', 'DUE:20300105T090000Z']),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toMatch(/^"/);
    const [task] = (await tasksIn(alice, shared.id)).filter((x) => x.title === 'Water the plants');
    expect(task).toMatchObject({ due_date: '2030-01-05T09:00:00.000Z', completed: false });

    const [object] = await client.fetchCalendarObjects({ calendar: garden, objectUrls: [`${garden.url}water-plants.ics`] });
    expect(object?.data).toContain('SUMMARY:Water the plants');
    expect(object?.etag).toBe(created.headers.get('etag'));

    const updated = await client.updateCalendarObject({
      calendarObject: {
        url: `${garden.url}water-plants.ics`,
        etag: object?.etag ?? '',
        data: vtodo('water-plants', ['SUMMARY:Water the roses', 'STATUS:COMPLETED']),
      },
    });
    expect(updated.status).toBe(204);
    const after = (await t.api.get(`/api/v1/tasks/${task?.id}`, alice.token)).body;
    expect(after).toMatchObject({ title: 'Water the roses', completed: true });

    const deleted = await client.deleteCalendarObject({
      calendarObject: { url: `${garden.url}water-plants.ics`, etag: updated.headers.get('etag') ?? '' },
    });
    expect(deleted.status).toBe(204);
    expect((await t.api.get(`/api/v1/tasks/${task?.id}`, alice.token)).status).toBe(404);
  });

  it('sends the changes made on the web in the next sync-collection, a removed task as a 404 member', async () => {
    const client = await clientFor(alice, aliceKey);
    const garden = await calendarOf(client, 'Garden');
    const kept = (await t.api.post('/api/v1/tasks', { title: 'Prune', project_id: shared.id }, alice.token)).body;
    const gone = (await t.api.post('/api/v1/tasks', { title: 'Mow', project_id: shared.id }, alice.token)).body;
    const first = await client.syncCollection({ url: garden.url, props: { 'd:getetag': {} }, syncLevel: 1, syncToken: '' });
    const firstToken = (await calendarOf(client, 'Garden')).syncToken;
    expect(first.map((r) => r.href)).toEqual(
      expect.arrayContaining([`/dav/calendars/${alice.userId}/${shared.id}/doable-task-${kept.id}@doable.ics`]),
    );

    await t.api.patch(`/api/v1/tasks/${kept.id}`, { title: 'Prune the apple tree' }, alice.token);
    await t.api.patch(`/api/v1/tasks/${kept.id}/complete`, { completed: true }, alice.token);
    await t.api.delete(`/api/v1/tasks/${gone.id}`, alice.token);
    const delta = await client.syncCollection({
      url: garden.url,
      props: { 'd:getetag': {}, 'c:calendar-data': {} },
      syncLevel: 1,
      syncToken: firstToken,
    });
    const byHref = new Map(delta.map((r) => [r.href, r]));
    const keptRes = byHref.get(`/dav/calendars/${alice.userId}/${shared.id}/doable-task-${kept.id}@doable.ics`);
    const keptData = String(keptRes?.props?.calendarData?._cdata ?? keptRes?.props?.calendarData);
    expect(keptData).toContain('SUMMARY:Prune the apple tree');
    expect(keptData).toContain('STATUS:COMPLETED');
    expect(byHref.get(`/dav/calendars/${alice.userId}/${shared.id}/doable-task-${gone.id}@doable.ics`)?.status).toBe(404);
    expect(delta).toHaveLength(2);
  });

  it('refuses a PUT with a stale ETag (412) and keeps the task as it was', async () => {
    const client = await clientFor(alice, aliceKey);
    const garden = await calendarOf(client, 'Garden');
    const url = `${garden.url}stale.ics`;
    const created = await client.createCalendarObject({
      calendar: garden,
      filename: 'stale.ics',
      iCalString: vtodo('stale', ['SUMMARY:First']),
    });
    const etag = created.headers.get('etag') ?? '';
    const task = (await tasksIn(alice, shared.id)).find((x) => x.title === 'First');
    await t.api.patch(`/api/v1/tasks/${task?.id}`, { title: 'Changed on the web' }, alice.token);
    const conflict = await client.updateCalendarObject({ calendarObject: { url, etag, data: vtodo('stale', ['SUMMARY:From the phone']) } });
    expect(conflict.status).toBe(412);
    expect((await t.api.get(`/api/v1/tasks/${task?.id}`, alice.token)).body.title).toBe('Changed on the web');
    const again = await client.createCalendarObject({
      calendar: garden,
      filename: 'stale.ics',
      iCalString: vtodo('stale', ['SUMMARY:Again']),
    });
    expect(again.status).toBe(412);
  });

  it('lets a viewer read the shared calendar and refuses their PUT (403)', async () => {
    const client = await clientFor(bob, bobKey);
    const garden = await calendarOf(client, 'Garden');
    const objects = await todosOf(client, garden);
    expect(objects.length).toBeGreaterThan(0);
    const refused = await client.createCalendarObject({
      calendar: garden,
      filename: 'bob.ics',
      iCalString: vtodo('bob', ['SUMMARY:Bob was here']),
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('need-privileges');
    expect((await tasksIn(alice, shared.id)).map((x) => x.title)).not.toContain('Bob was here');
  });

  it('never shows another user’s calendars or tasks (404)', async () => {
    const inbox = (await t.api.get('/api/v1/projects', alice.token)).body.items.find((p: { is_inbox: boolean }) => p.is_inbox);
    const secret = (await t.api.post('/api/v1/tasks', { title: 'Alice’s secret' }, alice.token)).body;
    const client = await clientFor(bob, bobKey);
    expect((await client.fetchCalendars()).map((c) => c.displayName)).not.toContain('Alice’s secret');
    const auth = { authorization: `Basic ${Buffer.from(`${bob.email}:${bobKey}`).toString('base64')}` };
    for (const path of [
      `/dav/calendars/${alice.userId}/`,
      `/dav/calendars/${alice.userId}/${inbox.id}/`,
      `/dav/calendars/${bob.userId}/${inbox.id}/`,
      `/dav/calendars/${bob.userId}/${inbox.id}/doable-task-${secret.id}@doable.ics`,
    ]) {
      const res = await fetch(`${t.url}${path}`, { method: 'PROPFIND', headers: { ...auth, depth: '1' } });
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('secret');
    }
  });

  it('refuses a PUT with a read-only app password (403) but lets it read', async () => {
    const client = await clientFor(alice, aliceReadKey);
    const garden = await calendarOf(client, 'Garden');
    expect((await todosOf(client, garden)).length).toBeGreaterThan(0);
    const refused = await client.createCalendarObject({
      calendar: garden,
      filename: 'ro.ics',
      iCalString: vtodo('ro', ['SUMMARY:Read only']),
    });
    expect(refused.status).toBe(403);
    expect((await tasksIn(alice, shared.id)).map((x) => x.title)).not.toContain('Read only');
  });

  it('completing a recurring task from the client makes the next occurrence, as Doable does', async () => {
    const client = await clientFor(alice, aliceKey);
    const garden = await calendarOf(client, 'Garden');
    const lines = ['SUMMARY:Feed the fish', 'DUE:20300105T090000Z', 'RRULE:FREQ=WEEKLY'];
    const created = await client.createCalendarObject({ calendar: garden, filename: 'fish.ics', iCalString: vtodo('fish', lines) });
    const done = await client.updateCalendarObject({
      calendarObject: {
        url: `${garden.url}fish.ics`,
        etag: created.headers.get('etag') ?? '',
        data: vtodo('fish', [...lines, 'STATUS:COMPLETED']),
      },
    });
    expect(done.status).toBe(204);
    await t.settle();
    const series = (await tasksIn(alice, shared.id)).filter((x) => x.title === 'Feed the fish');
    expect(series.map((x) => [x.completed, x.due_date]).sort()).toEqual([
      [false, '2030-01-12T09:00:00.000Z'],
      [true, '2030-01-05T09:00:00.000Z'],
    ]);
    const objects = await todosOf(client, garden);
    expect(objects.filter((o) => o.data.includes('SUMMARY:Feed the fish'))).toHaveLength(2);
  });

  it('keeps subtasks as RELATED-TO both ways', async () => {
    const client = await clientFor(alice, aliceKey);
    const garden = await calendarOf(client, 'Garden');
    await client.createCalendarObject({ calendar: garden, filename: 'trip.ics', iCalString: vtodo('trip', ['SUMMARY:Trip']) });
    await client.createCalendarObject({
      calendar: garden,
      filename: 'tickets.ics',
      iCalString: vtodo('tickets', ['SUMMARY:Buy tickets', 'RELATED-TO;RELTYPE=PARENT:trip']),
    });
    const tasks = await tasksIn(alice, shared.id);
    const trip = tasks.find((x) => x.title === 'Trip');
    const tickets = tasks.find((x) => x.title === 'Buy tickets');
    expect(tickets?.parent_id).toBe(trip?.id);
    // A subtask uploaded before its parent is moved under it when the parent arrives.
    await client.createCalendarObject({
      calendar: garden,
      filename: 'visa.ics',
      iCalString: vtodo('visa', ['SUMMARY:Apply for a visa', 'RELATED-TO;RELTYPE=PARENT:abroad']),
    });
    await client.createCalendarObject({ calendar: garden, filename: 'abroad.ics', iCalString: vtodo('abroad', ['SUMMARY:Abroad']) });
    const later = await tasksIn(alice, shared.id);
    expect(later.find((x) => x.title === 'Apply for a visa')?.parent_id).toBe(later.find((x) => x.title === 'Abroad')?.id);
    const [visa] = await client.fetchCalendarObjects({ calendar: garden, objectUrls: [`${garden.url}visa.ics`] });
    expect(visa?.data.match(/RELATED-TO/g)).toHaveLength(1);

    const web = (await t.api.post('/api/v1/tasks', { title: 'Pack', parent_id: trip?.id }, alice.token)).body;
    const [packed] = await client.fetchCalendarObjects({ calendar: garden, objectUrls: [`${garden.url}doable-task-${web.id}@doable.ics`] });
    expect(packed?.data.replace(/\r\n /g, '')).toContain('RELATED-TO;RELTYPE=PARENT:trip');
  });

  it('returns properties Doable does not model unchanged after a PUT', async () => {
    const client = await clientFor(alice, aliceKey);
    const garden = await calendarOf(client, 'Garden');
    const extras = ['X-APPLE-SORT-ORDER:123456', 'LOCATION:Shed', 'X-TASKS-ORG-ORDER:7'];
    await client.createCalendarObject({
      calendar: garden,
      filename: 'extras.ics',
      iCalString: vtodo('extras', ['SUMMARY:Oil the hinges', ...extras]),
    });
    const [object] = await client.fetchCalendarObjects({ calendar: garden, objectUrls: [`${garden.url}extras.ics`] });
    for (const line of extras) expect(object?.data).toContain(line);
  });
});

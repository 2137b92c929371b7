import { type Database, openDatabase } from '@doable/db';
import { type ApiClient, aTask, createApiClient, createTestDatabase, signUp } from '@doable/test-kit';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Backend, createBackend, migrateBackend } from '../../backend.ts';
import { testBackendOptions } from '../../testing/test-backend.ts';

type User = Awaited<ReturnType<typeof signUp>>;
type Feeds = { items: { project_id: number | null; name: string; url: string; events_url: string }[]; rotated_at: string };

/** The components of one kind in a feed, read back with ical.js. */
function components(text: string, kind: 'vtodo' | 'vevent') {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents(kind);
}

describe('read-only calendar feeds', () => {
  let database: Database;
  let backend: Backend;
  let url: string;
  let api: ApiClient;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    backend = await createBackend(testBackendOptions(database.db));
    url = await backend.app.listen({ port: 0, host: '127.0.0.1' });
    // The feed URLs are made from the public base URL; the test reads them from the listening address instead.
    api = createApiClient(url);
  });
  afterAll(async () => {
    await backend?.stop();
    await database?.close();
  });

  const local = (feedUrl: string) => feedUrl.replace('http://127.0.0.1', url);
  const fetchFeed = (feedUrl: string, headers: Record<string, string> = {}) => fetch(local(feedUrl), { headers });

  async function feedsOf(user: User): Promise<Feeds> {
    const res = await api.get('/api/v1/calendar-feeds', user.token);
    expect(res.status).toBe(200);
    return res.body;
  }

  async function aProject(owner: User, name: string): Promise<number> {
    const res = await api.post('/api/v1/projects', { name }, owner.token);
    expect(res.status).toBe(201);
    return res.body.id;
  }

  async function share(owner: User, projectId: number, member: User) {
    const link = await api.post(`/api/v1/projects/${projectId}/invite-links`, { role: 'viewer' }, owner.token);
    expect((await api.post(`/api/v1/invites/${link.body.token}/accept`, {}, member.token)).status).toBe(200);
  }

  it('serves every task with a due date from the projects I belong to as VTODOs that ical.js reads', async () => {
    const ada = await signUp(api, 'Ada');
    const bob = await signUp(api, 'Bob');
    const shared = await aProject(bob, 'Garden');
    await share(bob, shared, ada);
    const mine = await api.post(
      '/api/v1/tasks',
      aTask({ title: 'Pay rent', due_date: '2031-05-01T09:00:00.000Z', tags: ['home'] }),
      ada.token,
    );
    await api.post('/api/v1/tasks', aTask({ title: 'Someday', due_date: null }), ada.token);
    await api.post('/api/v1/tasks', aTask({ title: 'Water roses', project_id: shared, due_date: '2031-04-01T08:00:00.000Z' }), bob.token);
    const bobsOwn = await aProject(bob, 'Private');
    await api.post('/api/v1/tasks', aTask({ title: 'Bob only', project_id: bobsOwn, due_date: '2031-04-02T08:00:00.000Z' }), bob.token);

    const feeds = await feedsOf(ada);
    expect(feeds.items[0]).toMatchObject({ project_id: null });
    const res = await fetchFeed(feeds.items[0]?.url ?? '');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const todos = components(await res.text(), 'vtodo');
    expect(todos.map((todo) => todo.getFirstPropertyValue('summary'))).toEqual(['Water roses', 'Pay rent']);
    const rent = todos[1];
    expect(rent?.getFirstPropertyValue('uid')).toBe(`doable-task-${mine.body.id}@doable`);
    expect(String(rent?.getFirstPropertyValue('due'))).toBe('2031-05-01T09:00:00Z');
    expect(rent?.getFirstPropertyValue('categories')).toBe('home');
    expect(rent?.getFirstPropertyValue('url')).toBe(`http://127.0.0.1/?task=${mine.body.id}`);
  });

  it('serves a project to its members only, and stops when the member leaves or is removed', async () => {
    const ada = await signUp(api, 'Ada');
    const bob = await signUp(api, 'Bob');
    const garden = await aProject(bob, 'Garden');
    await api.post('/api/v1/tasks', aTask({ title: 'Dig', project_id: garden }), bob.token);
    const bobsFeed = (await feedsOf(bob)).items.find((feed) => feed.project_id === garden);
    expect(bobsFeed?.name).toBe('Garden');
    // Ada's secret with Bob's project id: not a member, so the same 404 as an unknown token.
    const adaFeeds = await feedsOf(ada);
    const adaToken = /\/feeds\/([^/.]+)\.ics$/.exec(adaFeeds.items[0]?.url ?? '')?.[1];
    const trespass = await fetchFeed(`http://127.0.0.1/feeds/${adaToken}/projects/${garden}.ics`);
    expect(trespass.status).toBe(404);
    expect(await trespass.json()).toMatchObject({ status: 404, title: expect.any(String) });

    await share(bob, garden, ada);
    const adaGarden = (await feedsOf(ada)).items.find((feed) => feed.project_id === garden);
    const shared = await fetchFeed(adaGarden?.url ?? '');
    expect(shared.status).toBe(200);
    const text = await shared.text();
    expect(components(text, 'vtodo').map((todo) => todo.getFirstPropertyValue('summary'))).toEqual(['Dig']);
    expect(new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('x-wr-calname')).toBe('Doable: Garden');

    expect((await api.delete(`/api/v1/projects/${garden}/members/${ada.userId}`, bob.token)).status).toBe(204);
    expect((await fetchFeed(adaGarden?.url ?? '')).status).toBe(404);
  });

  it('gives VEVENTs at the due time with ?view=events, leaving out tasks without a due date', async () => {
    const ada = await signUp(api, 'Ada');
    const task = await api.post(
      '/api/v1/tasks',
      aTask({ title: 'Dentist', description: 'Bring the card', due_date: '2031-06-02T14:30:00.000Z' }),
      ada.token,
    );
    await api.post('/api/v1/tasks', aTask({ title: 'No date', due_date: null }), ada.token);
    const done = await api.post('/api/v1/tasks', aTask({ title: 'Filed taxes', due_date: '2031-06-01T10:00:00.000Z' }), ada.token);
    await api.patch(`/api/v1/tasks/${done.body.id}/complete`, { completed: true }, ada.token);
    const inbox = (await feedsOf(ada)).items[1];
    for (const feedUrl of [(await feedsOf(ada)).items[0]?.events_url, inbox?.events_url]) {
      const res = await fetchFeed(feedUrl ?? '');
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(components(text, 'vtodo')).toEqual([]);
      const events = components(text, 'vevent');
      expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual(['✓ Filed taxes', 'Dentist']);
      const dentist = events[1];
      expect(String(dentist?.getFirstPropertyValue('dtstart'))).toBe('2031-06-02T14:30:00Z');
      expect(dentist?.getFirstPropertyValue('description')).toBe('Bring the card');
      expect(dentist?.getFirstPropertyValue('url')).toBe(`http://127.0.0.1/?task=${task.body.id}`);
    }
    expect((await fetchFeed(`${inbox?.url}`.replace('.ics', '.ics?view=agenda'))).status).toBe(400);
  });

  it('answers 304 to the current ETag and a new body once a task changes', async () => {
    const ada = await signUp(api, 'Ada');
    const task = await api.post('/api/v1/tasks', aTask({ title: 'Call mum', due_date: '2031-07-01T18:00:00.000Z' }), ada.token);
    const feedUrl = (await feedsOf(ada)).items[0]?.url ?? '';
    const first = await fetchFeed(feedUrl);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('last-modified')).toBe(new Date(task.body.updated_at).toUTCString());
    expect(first.headers.get('cache-control')).toBe('private, no-cache');

    const again = await fetchFeed(feedUrl, { 'if-none-match': `W/${etag}` });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    await api.patch(`/api/v1/tasks/${task.body.id}`, { title: 'Call mum and dad' }, ada.token);
    const changed = await fetchFeed(feedUrl, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(components(await changed.text(), 'vtodo')[0]?.getFirstPropertyValue('summary')).toBe('Call mum and dad');
  });

  it('404s the old URLs after rotation, and unknown or malformed tokens alike', async () => {
    const ada = await signUp(api, 'Ada');
    const before = await feedsOf(ada);
    expect((await feedsOf(ada)).items[0]?.url).toBe(before.items[0]?.url);
    const rotated = await api.post('/api/v1/calendar-feeds/rotate', {}, ada.token);
    expect(rotated.status).toBe(200);
    expect(rotated.body.items[0].url).not.toBe(before.items[0]?.url);
    expect((await feedsOf(ada)).items[0]?.url).toBe(rotated.body.items[0].url);

    const misses = [
      ...before.items.map((feed) => feed.url),
      `http://127.0.0.1/feeds/${'A'.repeat(43)}.ics`,
      'http://127.0.0.1/feeds/short.ics',
      rotated.body.items[0].url.replace('.ics', '.ical'),
      rotated.body.items[1].url.replace(/\/projects\/\d+\.ics$/, '/projects/0.ics'),
    ];
    const bodies = new Set<string>();
    for (const miss of misses) {
      const res = await fetchFeed(miss);
      expect(res.status, miss).toBe(404);
      bodies.add(JSON.stringify({ ...((await res.json()) as object), instance: undefined }));
    }
    expect(bodies.size).toBe(1);
    expect((await fetchFeed(rotated.body.items[0].url)).status).toBe(200);
  });

  it('refuses the feed settings without a session and to an API key', async () => {
    expect((await api.get('/api/v1/calendar-feeds')).status).toBe(401);
    const ada = await signUp(api, 'Ada');
    const key = await api.post('/api/auth/api-key/create', { name: 'phone', scope: 'read' }, ada.token);
    expect(key.status).toBe(200);
    const res = await api.call('GET', '/api/v1/calendar-feeds', undefined, undefined, { 'x-api-key': key.body.key });
    expect(res.status).toBe(403);
  });
});

import { type ProjectEvent, type TaskHistoryEntry, TOPICS } from '@doable/contracts';
import { aClientAddress, aTask, FUTURE_YEAR, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

const THUNDERBIRD = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0';

const vtodo = (uid: string, summary: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//EN',
    'BEGIN:VTODO',
    `UID:${uid}`,
    `SUMMARY:${summary}`,
    'END:VTODO',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

describe.each(STORAGE_KINDS)('the audit trail says through what each change was made, on %s', (kind) => {
  let t: TestApp;
  let alice: { token: string; userId: string; email: string };
  let basic: string;
  let inbox: number;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = await signUp(t.api, 'Alice');
    const key = (await t.api.post('/api/auth/api-key/create', { name: 'laptop', scope: 'write' }, alice.token)).body.key;
    basic = `Basic ${Buffer.from(`${alice.email}:${key}`).toString('base64')}`;
    inbox = (await t.api.get('/api/v1/projects', alice.token)).body.items[0].id;
  }, 120_000);
  afterAll(() => t?.stop());

  const historyOf = async (taskId: number): Promise<TaskHistoryEntry[]> => {
    await t.settle();
    const answer = await t.api.get(`/api/v1/tasks/${taskId}/history`, alice.token);
    expect(answer.status).toBe(200);
    return answer.body.items;
  };
  const taskTitled = async (title: string): Promise<number> => {
    const { body } = await t.api.get(`/api/v1/tasks?status=all&search=${encodeURIComponent(title)}`, alice.token);
    const task = body.items.find((item: { title: string }) => item.title === title);
    if (!task) throw new Error(`no task titled ${title}`);
    return task.id;
  };

  it('a task made and changed by a CalDAV client is recorded as from that client', async () => {
    const path = `/dav/calendars/${alice.userId}/${inbox}/via-thunderbird.ics`;
    const dav = (summary: string) =>
      fetch(`${t.url}${path}`, {
        method: 'PUT',
        headers: { authorization: basic, 'content-type': 'text/calendar; charset=utf-8', 'user-agent': THUNDERBIRD },
        body: vtodo('via-thunderbird', summary),
      });
    expect((await dav('Call the plumber')).status).toBe(201);
    expect((await dav('Call the plumber today')).status).toBe(204);
    const history = await historyOf(await taskTitled('Call the plumber today'));
    expect(history.map(({ event_type, via }) => ({ event_type, via }))).toEqual([
      { event_type: 'created', via: { channel: 'caldav', client: 'Thunderbird' } },
      { event_type: 'updated', via: { channel: 'caldav', client: 'Thunderbird' } },
    ]);
    expect(history[1]?.actor).toEqual({ user_id: alice.userId, name: 'Alice' });
  });

  it('a task made through chat is recorded as via chat, though the request signed in like the API', async () => {
    const answer = await t.api.post('/api/v1/chat', { message: 'add water the ferns' }, alice.token);
    expect(answer.status).toBe(200);
    const history = await historyOf(await taskTitled('water the ferns'));
    expect(history.map(({ event_type, via }) => ({ event_type, via }))).toEqual([{ event_type: 'created', via: { channel: 'chat' } }]);
  });

  it('REST calls are recorded as the API with a token, and as the web app with the session cookie', async () => {
    const { body: task } = await t.api.post('/api/v1/tasks', aTask({ title: 'Renew the passport' }), alice.token);
    const signedIn = await fetch(`${t.url}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: t.url, 'x-forwarded-for': aClientAddress() },
      body: JSON.stringify({ email: alice.email, password: 'correct horse battery staple' }),
    });
    const cookie = signedIn.headers
      .getSetCookie()
      .map((line) => line.split(';')[0] ?? '')
      .find((pair) => pair.startsWith('better-auth.session_token='));
    if (!cookie) throw new Error('sign-in set no session cookie');
    const fromTheApp = await fetch(`${t.url}/api/v1/tasks/${task.id}/priority`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie, origin: t.url },
      body: JSON.stringify({ priority: 'high' }),
    });
    expect(fromTheApp.status).toBe(200);
    const history = await historyOf(task.id);
    expect(history.map(({ event_type, via }) => ({ event_type, via }))).toEqual([
      { event_type: 'created', via: { channel: 'api' } },
      { event_type: 'updated', via: { channel: 'web' } },
    ]);
  });

  it('a calendar made by a CalDAV client is a project event from that client', async () => {
    const projectEvents: ProjectEvent[] = [];
    t.app.bus.subscribe({
      consumer: 'test-project-events',
      topic: TOPICS.projectEvents,
      handle: async (message) => void projectEvents.push(message.payload as ProjectEvent),
    });
    const made = await fetch(`${t.url}/dav/calendars/${alice.userId}/via-davx5/`, {
      method: 'MKCALENDAR',
      headers: { authorization: basic, 'user-agent': 'DAVx5/4.4.2-ose (2024/09/12; dav4jvm; okhttp/4.12.0) Android/14' },
    });
    expect(made.status).toBe(201);
    await t.settle();
    const created = projectEvents.find((event) => event.event_type === 'project_created');
    expect(created?.via).toEqual({ channel: 'caldav', client: 'DAVx⁵' });
  });

  it('a tool called over MCP is recorded as via MCP, and the next occurrence Doable makes of it says nothing', async () => {
    const { body: task } = await t.api.post(
      '/api/v1/tasks',
      aTask({ title: 'Book the venue', recurring: 'daily', due_date: `${FUTURE_YEAR}-03-01T09:00:00Z` }),
      alice.token,
    );
    const called = await fetch(`${t.url}/mcp`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
        authorization: `Bearer ${alice.token}`,
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 1,
        method: 'tools/call',
        params: { name: 'complete_task', arguments: { task_id: task.id } },
      }),
    });
    expect(called.status).toBe(200);
    expect(JSON.stringify(await called.json())).not.toContain('"isError":true');
    const history = await historyOf(task.id);
    expect(history.map(({ event_type, via }) => ({ event_type, via }))).toEqual([
      { event_type: 'created', via: { channel: 'api' } },
      { event_type: 'completed', via: { channel: 'mcp' } },
    ]);
    // Made by the recurring consumer, not by the request that woke the outbox relay: no origin, as in distributed mode.
    const { body: open } = await t.api.get('/api/v1/tasks?status=pending&search=venue', alice.token);
    const next = open.items.find((item) => item.title === 'Book the venue' && item.id !== task.id);
    if (!next) throw new Error('no next occurrence');
    expect((await historyOf(next.id)).map(({ event_type, via }) => ({ event_type, via }))).toEqual([
      { event_type: 'created', via: undefined },
    ]);
  });
});

import { aTask, FUTURE_YEAR, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('tasks API on %s', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    ({ token } = await signUp(t.api));
  });
  afterAll(() => t.stop());

  it('creates a task with the documented defaults', async () => {
    const res = await t.api.post('/api/v1/tasks', { title: '  Buy groceries ' }, token);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Buy groceries',
      description: '',
      completed: false,
      completed_at: null,
      priority: 'medium',
      tags: [],
      due_date: null,
      recurring: null,
      recurrence_basis: 'due',
      recurring_parent_id: null,
      reminder_at: null,
      remind_before: null,
    });
    expect(Number.isInteger(res.body.id)).toBe(true);
  });

  it('creates a task with every field and normalises tags', async () => {
    const res = await t.api.post(
      '/api/v1/tasks',
      aTask({
        priority: 'high',
        tags: ['Home', ' URGENT ', 'home', 'Ärger'],
        due_date: `${FUTURE_YEAR}-01-20T18:00:00+01:00`,
        remind_before: '1h',
        description: 'milk, eggs',
      }),
      token,
    );
    expect(res.status).toBe(201);
    expect(res.body.tags).toEqual(['home', 'urgent', 'ärger']);
    expect(res.body.due_date).toBe(`${FUTURE_YEAR}-01-20T17:00:00.000Z`);
    expect(res.body.reminder_at).toBe(`${FUTURE_YEAR}-01-20T16:00:00.000Z`);
    expect(res.body.remind_before).toBe('1h');
  });

  it('answers validation errors as problem details naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(501) }, 'title'],
      [{ title: 'ok', priority: 'urgent' }, 'priority'],
      [{ title: 'ok', tags: ['a,b'] }, 'tags.0'],
      [{ title: 'ok', tags: ['x'.repeat(41)] }, 'tags.0'],
      [{ title: 'ok', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
      [{ title: 'ok', due_date: 'next tuesday' }, 'due_date'],
      [{ title: 'ok', remind_before: 'soon' }, 'remind_before'],
      [{ title: 'ok', recurring: 'FREQ=SECONDLY' }, 'recurring'],
      [{ title: 'ok', unknown_field: 1 }, '(body)'],
    ];
    for (const [body, field] of cases) {
      const res = await t.api.post('/api/v1/tasks', body, token);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.type).toBe('about:blank');
      expect(res.body.status).toBe(400);
      expect(
        res.body.errors?.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
      expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('refuses every route without a token (401 problem details)', async () => {
    const created = await t.api.post('/api/v1/tasks', aTask(), token);
    const id = created.body.id;
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/v1/tasks'],
      ['POST', '/api/v1/tasks', aTask()],
      ['POST', '/api/v1/tasks/recurring', { title: 'x', pattern: 'daily' }],
      ['GET', `/api/v1/tasks/${id}`],
      ['PATCH', `/api/v1/tasks/${id}`, { title: 'y' }],
      ['DELETE', `/api/v1/tasks/${id}`],
      ['PATCH', `/api/v1/tasks/${id}/complete`, {}],
      ['PATCH', `/api/v1/tasks/${id}/priority`, { priority: 'low' }],
      ['PATCH', `/api/v1/tasks/${id}/tags`, { tags: [] }],
      ['PATCH', `/api/v1/tasks/${id}/due-date`, { due_date: null }],
      ['GET', `/api/v1/tasks/${id}/history`],
      ['GET', '/api/v1/tags'],
      ['GET', '/api/v1/me'],
      ['PATCH', '/api/v1/me', { time_zone: 'UTC' }],
    ];
    for (const [method, path, body] of routes) {
      const anonymous = await t.api.call(method, path, body);
      expect(anonymous.status, `${method} ${path}`).toBe(401);
      expect(anonymous.body.code).toBe('unauthorized');
      const forged = await t.api.call(method, path, body, 'not-a-real-token');
      expect(forged.status, `${method} ${path} with a forged token`).toBe(401);
    }
    expect((await t.api.get(`/api/v1/tasks/${id}`, token)).status).toBe(200);
  });

  it('accepts a long-lived API key as x-api-key or as the bearer token, for many calls', async () => {
    const created = await t.api.post('/api/auth/api-key/create', { name: 'mcp client' }, token);
    expect(created.status).toBe(200);
    const key: string = created.body.key;
    expect(key.startsWith('doable_')).toBe(true);
    for (let i = 0; i < 15; i++) {
      const viaHeader = await t.api.call('GET', '/api/v1/tags', undefined, undefined, { 'x-api-key': key });
      expect(viaHeader.status, `call ${i} with x-api-key`).toBe(200);
      const viaBearer = await t.api.get('/api/v1/me', key);
      expect(viaBearer.status, `call ${i} as bearer`).toBe(200);
    }
    expect((await t.api.call('GET', '/api/v1/tags', undefined, undefined, { 'x-api-key': 'doable_forged' })).status).toBe(401);
  });

  it('refuses an absolute and a relative reminder together, on every create route', async () => {
    const both = { reminder_at: `${FUTURE_YEAR}-01-01T00:00:00Z`, remind_before: '0m' };
    expect((await t.api.post('/api/v1/tasks', { title: 'x', ...both }, token)).status).toBe(400);
    expect((await t.api.post('/api/v1/tasks/recurring', { title: 'x', pattern: 'daily', ...both }, token)).status).toBe(400);
  });

  it('reads, updates and deletes a task', async () => {
    const { body: task } = await t.api.post('/api/v1/tasks', aTask({ title: 'Draft' }), token);
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, token)).body.title).toBe('Draft');

    const sentAt = Date.now();
    const updated = await t.api.patch(`/api/v1/tasks/${task.id}`, { title: 'Final', description: 'done soon', priority: 'low' }, token);
    const answeredAt = Date.now();
    expect(updated.status).toBe(200);
    expect(updated.body).toEqual({
      ...task,
      title: 'Final',
      description: 'done soon',
      priority: 'low',
      updated_at: updated.body.updated_at,
    });
    // Stamped by this change, not carried over from the create.
    expect(Date.parse(updated.body.updated_at)).toBeGreaterThanOrEqual(sentAt);
    expect(Date.parse(updated.body.updated_at)).toBeLessThanOrEqual(answeredAt);
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, token)).body).toEqual(updated.body);

    expect((await t.api.delete(`/api/v1/tasks/${task.id}`, token)).status).toBe(204);
    const gone = await t.api.get(`/api/v1/tasks/${task.id}`, token);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('not_found');
    expect((await t.api.delete(`/api/v1/tasks/${task.id}`, token)).status).toBe(404);
  });

  it('completes and reopens a task', async () => {
    const { body: task } = await t.api.post('/api/v1/tasks', aTask(), token);
    const sentAt = Date.now();
    const done = await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    const answeredAt = Date.now();
    expect(done.body.completed).toBe(true);
    // Completing stamps completed_at with the time of the change itself.
    expect(done.body.completed_at).toBe(done.body.updated_at);
    expect(Date.parse(done.body.completed_at!)).toBeGreaterThanOrEqual(sentAt);
    expect(Date.parse(done.body.completed_at!)).toBeLessThanOrEqual(answeredAt);
    const reopened = await t.api.patch(`/api/v1/tasks/${task.id}/complete`, { completed: false }, token);
    expect(reopened.body).toMatchObject({ completed: false, completed_at: null });
  });

  it('sets priority, tags and due date through their own endpoints', async () => {
    const { body: task } = await t.api.post('/api/v1/tasks', aTask({ tags: ['work'] }), token);
    expect((await t.api.patch(`/api/v1/tasks/${task.id}/priority`, { priority: 'high' }, token)).body.priority).toBe('high');
    expect((await t.api.patch(`/api/v1/tasks/${task.id}/priority`, { priority: 'top' }, token)).status).toBe(400);

    expect((await t.api.patch(`/api/v1/tasks/${task.id}/tags`, { tags: ['Home', 'errands'] }, token)).body.tags).toEqual([
      'home',
      'errands',
    ]);
    expect((await t.api.patch(`/api/v1/tasks/${task.id}/tags`, { add: ['urgent', 'home'], remove: ['errands'] }, token)).body.tags).toEqual(
      ['home', 'urgent'],
    );
    expect((await t.api.patch(`/api/v1/tasks/${task.id}/tags`, {}, token)).status).toBe(400);

    const due = await t.api.patch(`/api/v1/tasks/${task.id}/due-date`, { due_date: '2032-03-01T09:00:00Z', remind_before: '1d' }, token);
    expect(due.body).toMatchObject({ due_date: '2032-03-01T09:00:00.000Z', reminder_at: '2032-02-29T09:00:00.000Z', remind_before: '1d' });
    // A relative reminder follows the due date.
    const moved = await t.api.patch(`/api/v1/tasks/${task.id}/due-date`, { due_date: '2032-03-05T09:00:00Z' }, token);
    expect(moved.body.reminder_at).toBe('2032-03-04T09:00:00.000Z');
    const cleared = await t.api.patch(`/api/v1/tasks/${task.id}/due-date`, { due_date: null }, token);
    expect(cleared.body).toMatchObject({ due_date: null, reminder_at: null });
  });

  it('creates a recurring task and rejects a bad pattern', async () => {
    const res = await t.api.post(
      '/api/v1/tasks/recurring',
      { title: 'Pay rent', pattern: 'monthly', due_date: `${FUTURE_YEAR}-01-31T09:00:00Z`, priority: 'high' },
      token,
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ title: 'Pay rent', recurring: 'monthly', priority: 'high' });
    const custom = await t.api.post('/api/v1/tasks/recurring', { title: 'Standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,WE' }, token);
    expect(custom.status).toBe(201);
    const bad = await t.api.post('/api/v1/tasks/recurring', { title: 'x', pattern: 'every blue moon' }, token);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('recurring');
  });

  it('lists tags with counts', async () => {
    const { token: other } = await signUp(t.api);
    await t.api.post('/api/v1/tasks', aTask({ tags: ['work', 'urgent'] }), other);
    await t.api.post('/api/v1/tasks', aTask({ tags: ['work'] }), other);
    const res = await t.api.get('/api/v1/tags', other);
    expect(res.body.items).toEqual([
      { tag: 'work', count: 2 },
      { tag: 'urgent', count: 1 },
    ]);
  });

  it('reads and changes the user settings', async () => {
    const me = await t.api.get('/api/v1/me', token);
    expect(me.body).toMatchObject({ time_zone: 'UTC', default_remind_before: null });
    const changed = await t.api.patch('/api/v1/me', { time_zone: 'Europe/Paris', default_remind_before: '30m' }, token);
    expect(changed.body).toMatchObject({ time_zone: 'Europe/Paris', default_remind_before: '30m' });
    const bad = await t.api.patch('/api/v1/me', { time_zone: 'Mars/Olympus' }, token);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('time_zone');
    // The default offset applies to new tasks with a due date.
    const task = await t.api.post('/api/v1/tasks', aTask({ due_date: `${FUTURE_YEAR}-05-01T10:00:00Z` }), token);
    expect(task.body.reminder_at).toBe(`${FUTURE_YEAR}-05-01T09:30:00.000Z`);
  });

  it('returns a task history written by the audit consumer', async () => {
    const { body: task } = await t.api.post('/api/v1/tasks', aTask({ title: 'Tracked' }), token);
    await t.api.patch(`/api/v1/tasks/${task.id}/priority`, { priority: 'high' }, token);
    await t.api.patch(`/api/v1/tasks/${task.id}/complete`, {}, token);
    await t.settle();
    const history = await t.api.get(`/api/v1/tasks/${task.id}/history`, token);
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { event_type: string }) => e.event_type)).toEqual(['created', 'updated', 'completed']);
    expect(history.body.items[1].changed_fields).toEqual(['priority']);
  });

  it('serves health, readiness, metrics and the OpenAPI document', async () => {
    expect((await t.api.get('/healthz')).status).toBe(200);
    expect((await t.api.get('/readyz')).body.status).toBe('ready');
    const metrics = await t.api.get('/metrics');
    expect(metrics.body).toContain('http_request_duration_seconds_bucket');
    const openapi = await t.api.get('/openapi.json');
    expect(openapi.body.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/tasks',
        '/api/v1/tasks/{id}',
        '/api/v1/tasks/{id}/priority',
        '/api/v1/tasks/{id}/tags',
        '/api/v1/tasks/{id}/due-date',
        '/api/v1/tasks/recurring',
      ]),
    );
    expect((await t.api.get('/docs')).status).toBe(200);
    const unknown = await t.api.get('/api/v1/nope', token);
    expect(unknown.status).toBe(404);
  });
});

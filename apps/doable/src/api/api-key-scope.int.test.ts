import { type ApiClient, signUp } from '@doable/test-kit';
import { backendTables } from '@doable/todo-backend';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

type Send = 'x-api-key' | 'bearer';
const headersFor = (key: string, send: Send): Record<string, string> =>
  send === 'x-api-key' ? { 'x-api-key': key } : { authorization: `Bearer ${key}` };

function withKey(api: ApiClient, key: string, send: Send) {
  return (method: string, path: string, body?: unknown) => api.call(method, path, body, undefined, headersFor(key, send));
}

describe.each(STORAGE_KINDS)('API keys on %s', (kind) => {
  let t: TestApp;
  let alice: { token: string; userId: string };

  const createKey = async (body: Record<string, unknown>) => {
    const res = await t.api.post('/api/auth/api-key/create', body, alice.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as { id: string; key: string; permissions: Record<string, string[]> | null };
  };
  const apiKeys = () => backendTables(t.app.database.db).updateTable('apikey');

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = await signUp(t.api, 'Alice');
  });
  afterAll(() => t.stop());

  it.each<Send>(['x-api-key', 'bearer'])('refuses every account route to an API key sent as %s (403 problem details)', async (send) => {
    const { key } = await createKey({ name: 'mcp' });
    const as = withKey(t.api, key, send);
    const attempts: [string, string, unknown?][] = [
      ['GET', '/api/auth/get-session'],
      ['GET', '/api/auth/list-sessions'],
      ['POST', '/api/auth/api-key/create', { name: 'minted by a key' }],
      ['GET', '/api/auth/api-key/list'],
      ['POST', '/api/auth/api-key/delete', { keyId: 'x' }],
      ['POST', '/api/auth/update-user', { name: 'Mallory' }],
      ['POST', '/api/auth/change-password', { currentPassword: 'correct horse battery staple', newPassword: 'another long password' }],
      ['POST', '/api/auth/change-email', { newEmail: 'mallory@example.test' }],
      ['POST', '/api/auth/delete-user', {}],
      ['POST', '/api/auth/revoke-sessions', {}],
      ['POST', '/api/auth/sign-out', {}],
    ];
    for (const [method, path, body] of attempts) {
      const res = await as(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 403, code: 'api_key_not_allowed' });
      expect(res.body.detail).toContain('API keys cannot manage the account');
    }
    const keys = await t.api.get('/api/auth/api-key/list', alice.token);
    expect(keys.body.apiKeys.map((k: { name: string }) => k.name)).not.toContain('minted by a key');
    expect((await t.api.get('/api/auth/get-session', alice.token)).body.user.name).toBe('Alice');
  });

  it('never treats an API key as a session inside better-auth either', async () => {
    const { key } = await createKey({ name: 'direct' });
    const listSessions = await t.app.backend.auth.handler(
      new Request('http://127.0.0.1/api/auth/list-sessions', { headers: { 'x-api-key': key } }),
    );
    expect(listSessions.status).toBe(401);
    const mint = await t.app.backend.auth.handler(
      new Request('http://127.0.0.1/api/auth/api-key/create', {
        method: 'POST',
        headers: { 'x-api-key': key, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'minted' }),
      }),
    );
    expect(mint.status).toBe(401);
  });

  it('lets a read key read tasks, tags, history and settings, and refuses every change with 403 naming the scope', async () => {
    const task = (await t.api.post('/api/v1/tasks', { title: 'Read me', tags: ['home'] }, alice.token)).body;
    const created = await createKey({ name: 'reader', scope: 'read' });
    expect(created.permissions).toEqual({ tasks: ['read'] });
    for (const send of ['x-api-key', 'bearer'] as const) {
      const as = withKey(t.api, created.key, send);
      for (const path of ['/api/v1/tasks', `/api/v1/tasks/${task.id}`, '/api/v1/tags', `/api/v1/tasks/${task.id}/history`, '/api/v1/me']) {
        expect((await as('GET', path)).status, `${send} GET ${path}`).toBe(200);
      }
      expect((await as('GET', '/api/v1/tasks?search=read')).body.items.map((x: { id: number }) => x.id)).toEqual([task.id]);
      // Reading a quick-add line is a POST that changes nothing.
      const parsed = await as('POST', '/api/v1/tasks/quick/parse', { text: 'water plants p1' });
      expect(parsed.status, `${send} POST /api/v1/tasks/quick/parse`).toBe(200);
      expect(parsed.body.fields).toMatchObject({ title: 'water plants', priority: 'high' });
      const writes: [string, string, unknown?][] = [
        ['POST', '/api/v1/tasks', { title: 'Written by a read key' }],
        ['POST', '/api/v1/tasks/recurring', { title: 'x', pattern: 'daily' }],
        ['PATCH', `/api/v1/tasks/${task.id}`, { title: 'changed' }],
        ['PATCH', `/api/v1/tasks/${task.id}/complete`, {}],
        ['PATCH', `/api/v1/tasks/${task.id}/priority`, { priority: 'high' }],
        ['PATCH', `/api/v1/tasks/${task.id}/tags`, { add: ['x'] }],
        ['PATCH', `/api/v1/tasks/${task.id}/due-date`, { due_date: null }],
        ['DELETE', `/api/v1/tasks/${task.id}`],
        ['POST', '/api/v1/tasks/quick', { text: 'buy milk p1' }],
        ['POST', '/api/v1/chat', { message: 'add buy milk' }],
        ['PATCH', '/api/v1/me', { time_zone: 'Europe/Paris' }],
        // Refused before the body is read: a read key learns nothing from validation.
        ['POST', '/api/v1/tasks', {}],
      ];
      for (const [method, path, body] of writes) {
        const res = await as(method, path, body);
        expect(res.status, `${send} ${method} ${path}`).toBe(403);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
        expect(res.body).toMatchObject({ status: 403, code: 'insufficient_scope' });
        expect(res.body.detail).toContain('"read" scope');
      }
    }
    expect((await t.api.get(`/api/v1/tasks/${task.id}`, alice.token)).body).toMatchObject({
      title: 'Read me',
      completed: false,
      priority: 'medium',
    });
    expect((await t.api.get('/api/v1/tasks?search=written', alice.token)).body.items).toEqual([]);
    expect((await t.api.get('/api/v1/me', alice.token)).body.time_zone).not.toBe('Europe/Paris');
  });

  it('gives a key made without a scope, or with scope write, and a key made before scopes existed, full access to tasks', async () => {
    const unnamed = await createKey({ name: 'default' });
    expect(unnamed.permissions).toEqual({ tasks: ['read', 'write'] });
    const writer = await createKey({ name: 'writer', scope: 'write' });
    expect(writer.permissions).toEqual({ tasks: ['read', 'write'] });
    const legacy = await createKey({ name: 'legacy' });
    await apiKeys().set({ permissions: null }).where('id', '=', legacy.id).execute();
    for (const { key } of [unnamed, writer, legacy]) {
      const res = await t.api.call('POST', '/api/v1/tasks', { title: 'Written with a key' }, undefined, { 'x-api-key': key });
      expect(res.status).toBe(201);
    }
  });

  it('refuses an unknown scope at creation, and any change of scope afterwards', async () => {
    const bad = await t.api.post('/api/auth/api-key/create', { name: 'admin', scope: 'admin' }, alice.token);
    expect(bad.status).toBe(400);
    expect(bad.body.detail).toBe('scope must be "read" or "write".');
    const reader = await createKey({ name: 'fixed', scope: 'read' });
    const widen = await t.api.post('/api/auth/api-key/update', { keyId: reader.id, scope: 'write' }, alice.token);
    expect(widen.status).toBe(400);
    const perms = await t.api.post(
      '/api/auth/api-key/update',
      { keyId: reader.id, permissions: { tasks: ['read', 'write'] } },
      alice.token,
    );
    expect(perms.status).toBe(400);
    const res = await t.api.call('POST', '/api/v1/tasks', { title: 'still read only' }, undefined, { 'x-api-key': reader.key });
    expect(res.status).toBe(403);
  });

  it('answers 401 for a revoked, disabled or expired key', async () => {
    const revoked = await createKey({ name: 'revoked' });
    expect((await t.api.post('/api/auth/api-key/delete', { keyId: revoked.id }, alice.token)).status).toBe(200);
    const disabled = await createKey({ name: 'disabled' });
    await apiKeys().set({ enabled: false }).where('id', '=', disabled.id).execute();
    const expired = await createKey({ name: 'expired' });
    await apiKeys()
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where('id', '=', expired.id)
      .execute();
    for (const { key } of [revoked, disabled, expired]) {
      const res = await t.api.call('GET', '/api/v1/tasks', undefined, undefined, { 'x-api-key': key });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthorized');
    }
  });
});

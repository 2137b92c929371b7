import { aTask, FUTURE_YEAR, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

describe.each(STORAGE_KINDS)('isolation between users on %s', (kind) => {
  let t: TestApp;
  let alice: string;
  let bob: string;
  let alicesTask: { id: number; title: string };

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    alice = (await signUp(t.api, 'Alice')).token;
    bob = (await signUp(t.api, 'Bob')).token;
    alicesTask = (await t.api.post('/api/v1/tasks', aTask({ title: 'Alice secret plan', tags: ['alice-only'] }), alice)).body;
    await t.settle();
  });
  afterAll(() => t.stop());

  it("answers 404 on every route for another user's task, and changes nothing", async () => {
    const id = alicesTask.id;
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/v1/tasks/${id}`],
      ['PATCH', `/api/v1/tasks/${id}`, { title: 'hijacked' }],
      ['PATCH', `/api/v1/tasks/${id}/complete`, {}],
      ['PATCH', `/api/v1/tasks/${id}/priority`, { priority: 'low' }],
      ['PATCH', `/api/v1/tasks/${id}/tags`, { add: ['bob'] }],
      ['PATCH', `/api/v1/tasks/${id}/due-date`, { due_date: `${FUTURE_YEAR}-01-01T00:00:00Z` }],
      ['GET', `/api/v1/tasks/${id}/history`],
      ['DELETE', `/api/v1/tasks/${id}`],
    ];
    for (const [method, path, body] of routes) {
      const res = await t.api.call(method, path, body, bob);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Alice secret plan');
    }
    const untouched = await t.api.get(`/api/v1/tasks/${id}`, alice);
    expect(untouched.body).toMatchObject({
      title: 'Alice secret plan',
      completed: false,
      priority: 'medium',
      tags: ['alice-only'],
      due_date: null,
    });
  });

  it("never lists, searches or counts another user's tasks", async () => {
    const list = await t.api.get('/api/v1/tasks?status=all&limit=200', bob);
    expect(list.body.items).toEqual([]);
    const search = await t.api.get('/api/v1/tasks?search=secret', bob);
    expect(search.body.items).toEqual([]);
    const tagged = await t.api.get('/api/v1/tasks?tags=alice-only', bob);
    expect(tagged.body.items).toEqual([]);
    expect((await t.api.get('/api/v1/tags', bob)).body.items).toEqual([]);
    expect((await t.api.get('/api/v1/tasks?search=secret', alice)).body.items).toHaveLength(1);
  });

  it("cannot read the history of another user's deleted task, which its owner still can", async () => {
    const doomed = (await t.api.post('/api/v1/tasks', aTask({ title: 'Alice shredded letter' }), alice)).body;
    await t.api.patch(`/api/v1/tasks/${doomed.id}/priority`, { priority: 'high' }, alice);
    expect((await t.api.delete(`/api/v1/tasks/${doomed.id}`, alice)).status).toBe(204);
    await t.settle();
    const byBob = await t.api.get(`/api/v1/tasks/${doomed.id}/history`, bob);
    expect(byBob.status).toBe(404);
    expect(JSON.stringify(byBob.body)).not.toContain('shredded');
    const byAlice = await t.api.get(`/api/v1/tasks/${doomed.id}/history`, alice);
    expect(byAlice.status).toBe(200);
    expect(byAlice.body.items.map((entry: { event_type: string }) => entry.event_type)).toEqual(['created', 'updated', 'deleted']);
  });

  it("cannot complete another user's recurring task into a new occurrence", async () => {
    const recurring = (
      await t.api.post(
        '/api/v1/tasks/recurring',
        { title: 'Alice weekly', pattern: 'weekly', due_date: `${FUTURE_YEAR}-01-06T09:00:00Z` },
        alice,
      )
    ).body;
    expect((await t.api.patch(`/api/v1/tasks/${recurring.id}/complete`, {}, bob)).status).toBe(404);
    await t.settle();
    const aliceTasks = await t.api.get('/api/v1/tasks?search=Alice%20weekly', alice);
    expect(aliceTasks.body.items).toHaveLength(1);
  });
});

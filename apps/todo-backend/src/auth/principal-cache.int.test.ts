import { type Database, openDatabase } from '@doable/db';
import { type ApiClient, createApiClient, createTestDatabase, signUp } from '@doable/test-kit';
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Backend, createBackend, migrateBackend } from '../backend.ts';
import { testBackendOptions } from '../testing/test-backend.ts';

const LIFETIME_MS = 10_000;

/** Counts the statements a backend runs (each executed query passes `transformResult` once). */
function statementCounter() {
  let count = 0;
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      count++;
      return args.result;
    },
  };
  return { plugin, count: () => count, reset: () => (count = 0) };
}

/** Two replicas of the backend on one database, each with its own process-local cache and clock. */
describe('verified sessions and API keys remembered per replica', () => {
  let database: Database;
  const replicas: { backend: Backend; api: ApiClient; advance: (ms: number) => void }[] = [];
  const statements = statementCounter();

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    for (const db of [database.db.withPlugin(statements.plugin), database.db]) {
      let now = Date.now();
      const backend = await createBackend(
        testBackendOptions(db, {
          principalCache: { ttlMs: LIFETIME_MS, maxEntries: 1_000, now: () => now },
          // The caller's remembered projects (list hints) expire on the same clock, never on the wall clock.
          clock: () => new Date(now),
        }),
      );
      const url = await backend.app.listen({ port: 0, host: '127.0.0.1' });
      replicas.push({ backend, api: createApiClient(url), advance: (ms) => (now += ms) });
    }
  });
  afterAll(async () => {
    for (const { backend } of replicas) await backend.stop();
    await database?.close();
  });

  const here = () => replicas[0] as (typeof replicas)[number];
  const there = () => replicas[1] as (typeof replicas)[number];
  const listWith = (api: ApiClient, headers: Record<string, string>) =>
    api.call('GET', '/api/v1/tasks?limit=50', undefined, undefined, headers);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('refuses a signed-out session at once where it signed out, and on another replica once the lifetime is over', async () => {
    const alice = await signUp(here().api, 'Alice');
    expect((await listWith(here().api, bearer(alice.token))).status).toBe(200);
    expect((await listWith(there().api, bearer(alice.token))).status).toBe(200);

    const signOut = await here().api.call('POST', '/api/auth/sign-out', {}, alice.token);
    expect(signOut.status, JSON.stringify(signOut.body)).toBe(200);
    expect((await listWith(here().api, bearer(alice.token))).status).toBe(401);
    // The other replica heard nothing: it honours what it verified until the bound, and not a moment longer.
    there().advance(LIFETIME_MS - 1);
    expect((await listWith(there().api, bearer(alice.token))).status).toBe(200);
    there().advance(1);
    expect((await listWith(there().api, bearer(alice.token))).status).toBe(401);
  });

  it('refuses a deleted API key at once where it was deleted, and on another replica once the lifetime is over', async () => {
    const bob = await signUp(here().api, 'Bob');
    const created = await here().api.post('/api/auth/api-key/create', { name: 'mcp' }, bob.token);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const key = { 'x-api-key': created.body.key as string };
    expect((await listWith(here().api, key)).status).toBe(200);
    expect((await listWith(there().api, key)).status).toBe(200);

    const deleted = await here().api.post('/api/auth/api-key/delete', { keyId: created.body.id }, bob.token);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect((await listWith(here().api, key)).status).toBe(401);
    // The session that deleted the key is still good.
    expect((await listWith(here().api, bearer(bob.token))).status).toBe(200);
    there().advance(LIFETIME_MS - 1);
    expect((await listWith(there().api, key)).status).toBe(200);
    there().advance(1);
    expect((await listWith(there().api, key)).status).toBe(401);
  });

  it('never remembers a refusal: a credential refused once is still checked the next time', async () => {
    const carol = await signUp(here().api, 'Carol');
    const wrong = `${carol.token}x`;
    expect((await listWith(here().api, bearer(wrong))).status).toBe(401);
    expect((await listWith(here().api, bearer(carol.token))).status).toBe(200);
    expect((await listWith(here().api, bearer(wrong))).status).toBe(401);
  });

  it('answers an authenticated list, subtask counts included, with one statement', async () => {
    const dave = await signUp(here().api, 'Dave');
    const parent = (await here().api.post('/api/v1/tasks', { title: 'Parent' }, dave.token)).body;
    await here().api.post('/api/v1/tasks', { title: 'Child', parent_id: parent.id }, dave.token);
    const done = (await here().api.post('/api/v1/tasks', { title: 'Done child', parent_id: parent.id }, dave.token)).body;
    await here().api.call('PATCH', `/api/v1/tasks/${done.id}/complete`, { completed: true }, dave.token);
    const key = (await here().api.post('/api/auth/api-key/create', { name: 'reader', scope: 'read' }, dave.token)).body.key as string;

    for (const headers of [bearer(dave.token), { 'x-api-key': key }]) {
      // The first request verifies the credential and reads the caller's projects; the next ones are the list alone.
      expect((await listWith(here().api, headers)).status).toBe(200);
      statements.reset();
      const res = await listWith(here().api, headers);
      expect(res.status).toBe(200);
      expect(statements.count()).toBe(1);
      const listed = res.body.items.find((task: { id: number }) => task.id === parent.id);
      expect(listed).toMatchObject({ subtask_count: 2, completed_subtask_count: 1 });
    }
  });
});

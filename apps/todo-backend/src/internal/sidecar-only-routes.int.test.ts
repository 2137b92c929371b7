import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase, servedRoutes } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Backend, createBackend, migrateBackend } from '../backend.ts';
import { testBackendOptions } from '../testing/test-backend.ts';

const APP_TOKEN = 'the-sidecars-app-token';

/**
 * Routes left out of the OpenAPI document that anyone may still call, each guarded its own way. Every other
 * undocumented route is for the sidecar only; the test below finds them itself, so a new one cannot go unchecked.
 */
const PUBLIC_UNDOCUMENTED = [
  '/metrics',
  '/healthz',
  '/readyz',
  '/openapi.json',
  '/docs',
  '/docs/',
  '/docs/js/scalar.js',
  '/mcp', // OAuth token, API key or session, tested in the MCP suites
  // OAuth discovery for MCP clients: public metadata, tested in mcp-oauth.int.test.ts
  '/.well-known/oauth-protected-resource',
  '/.well-known/oauth-protected-resource/mcp',
  '/.well-known/oauth-authorization-server',
  '/.well-known/oauth-authorization-server/api/auth',
  // CalDAV: HTTP Basic with an app password, tested in apps/doable/src/api/caldav-*.int.test.ts
  '/.well-known/caldav',
  '/dav',
  '/dav*', // `/dav/*`, as Fastify's route tree prints it
  // Calendar feeds: the secret in the URL is the credential, tested in calendar-feeds.int.test.ts
  '/feeds/:file|:token', // `/feeds/:file` and the `/feeds/:token/…` branch, as the route tree prints them
  '/feeds/:file|:token/projects/:file',
  '*', // better-auth under /api/auth/*, and the problem-details 404
];

describe('sidecar-only routes of the backend in distributed mode', () => {
  let database: Database;
  let backend: Backend;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    backend = await createBackend(testBackendOptions(database.db, { dapr: { appToken: { token: APP_TOKEN } } }));
    await backend.app.ready();
  });
  afterAll(async () => {
    await backend?.stop();
    await database?.close();
  });

  it('answer 401 to every caller without the app token, whatever user the path names', async () => {
    const documented = Object.keys((await backend.app.inject({ method: 'GET', url: '/openapi.json' })).json().paths).map((path) =>
      path.replace(/\{(\w+)\}/g, ':$1'),
    );
    const sidecarOnly = servedRoutes(backend.app).filter(
      (route) => route.method !== 'HEAD' && !documented.includes(route.path) && !PUBLIC_UNDOCUMENTED.includes(route.path),
    );
    // What this finds today; a new sidecar route joins the probes below without an edit here.
    expect(sidecarOnly.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      expect.arrayContaining([
        'POST /internal/whoami',
        'POST /internal/users/:userId/tasks/:taskId/next-occurrence',
        'POST /reminder-cron',
        'OPTIONS /reminder-cron',
      ]),
    );
    for (const route of sidecarOnly) {
      const url = route.path.replace(/:userId/g, 'someone-else').replace(/:\w+/g, '1');
      for (const headers of [{}, { 'dapr-api-token': 'a-guess' }, { authorization: `Bearer ${APP_TOKEN}` }]) {
        const res = await backend.app.inject({ method: route.method as 'POST', url, headers, payload: {} });
        expect(res.statusCode, `${route.method} ${route.path} with ${JSON.stringify(headers)}`).toBe(401);
        expect(res.json()).toMatchObject({ status: 401, code: 'unauthorized' });
      }
    }
  });
});

import { createHash, randomBytes } from 'node:crypto';
import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Backend, createBackend, migrateBackend } from '../backend.ts';
import { testBackendOptions } from '../testing/test-backend.ts';

const CLIENT_ID = 'https://assistant.example.com/client.json';
const REDIRECT_URI = 'http://127.0.0.1:9/callback';
const RESOURCE = 'http://127.0.0.1/mcp';

/** The client's metadata document, answered in process: what the app's fetch transport would bring back. */
const fetchClientMetadata = async (input: Request | string | URL) =>
  String(input instanceof Request ? input.url : input) === CLIENT_ID
    ? Response.json({
        client_id: CLIENT_ID,
        client_name: 'Replica Test Assistant',
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      })
    : new Response('not found', { status: 404 });

/**
 * Two backend replicas on one database, as in distributed mode behind the sidecars: whatever one issues (codes,
 * tokens) and revokes, the other honours, since all of it lives in the database.
 */
describe('OAuth across two backend replicas', () => {
  let database: Database;
  let replicas: [Backend, Backend];

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    const start = () => createBackend(testBackendOptions(database.db, { oauth: { fetchClientMetadata } }));
    replicas = [await start(), await start()];
  });
  afterAll(async () => {
    for (const replica of replicas ?? []) await replica.stop();
    await database?.close();
  });

  const mcpCall = (replica: Backend, token: string) =>
    replica.app.inject({
      method: 'POST',
      url: '/mcp',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
      },
      payload: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_tasks', arguments: {} } },
    });

  it('accepts on one replica the token issued by the other, and stops it on both when revoked on either', async () => {
    const [a, b] = replicas;
    const signUp = await a.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      headers: { 'x-forwarded-for': '198.51.100.21' },
      payload: { name: 'Replica user', email: `replica.${Date.now()}@example.test`, password: 'correct horse battery staple' },
    });
    expect(signUp.statusCode).toBe(200);
    const session = { authorization: `Bearer ${signUp.json().token}` };

    const verifier = randomBytes(32).toString('base64url');
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      scope: 'tasks:read tasks:write offline_access',
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      resource: RESOURCE,
    });
    // Authorization on replica A, consent on replica B, the code redeemed on A.
    const toConsent = await a.app.inject({ method: 'GET', url: `/api/auth/oauth2/authorize?${query}`, headers: session });
    const consentPage = new URL(toConsent.headers.location as string, 'http://127.0.0.1');
    const consent = await b.app.inject({
      method: 'POST',
      url: '/api/auth/oauth2/consent',
      headers: { ...session, accept: 'application/json' },
      payload: { accept: true, oauth_query: consentPage.search.slice(1) },
    });
    expect(consent.statusCode).toBe(200);
    const code = new URL(consent.json().url).searchParams.get('code') ?? '';
    const issued = await a.app.inject({
      method: 'POST',
      url: '/api/auth/oauth2/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        client_id: CLIENT_ID,
        code_verifier: verifier,
        resource: RESOURCE,
      }).toString(),
    });
    expect(issued.statusCode).toBe(200);
    const { access_token } = issued.json() as { access_token: string };

    expect((await mcpCall(a, access_token)).statusCode).toBe(200);
    expect((await mcpCall(b, access_token)).statusCode).toBe(200);

    const apps = await b.app.inject({ method: 'GET', url: '/api/v1/connected-apps', headers: session });
    const [connected] = apps.json().items as { id: string; name: string }[];
    expect(connected?.name).toBe('Replica Test Assistant');
    expect((await b.app.inject({ method: 'DELETE', url: `/api/v1/connected-apps/${connected?.id}`, headers: session })).statusCode).toBe(
      204,
    );
    expect((await mcpCall(a, access_token)).statusCode).toBe(401);
    expect((await mcpCall(b, access_token)).statusCode).toBe(401);
  });
});

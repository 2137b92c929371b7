import { allowApp } from '@doable/test-kit';
import { describe, expect, it } from 'vitest';
import { stackInfo } from '../test-stack.ts';
import { aUser, backend, serviceUrl } from './distributed-stack.ts';

const REDIRECT_URI = 'http://127.0.0.1:9/callback';

const publicUrl = () => {
  const url = stackInfo().publicUrl;
  if (!url) throw new Error('the stack has no public URL: it started no proxy');
  return url;
};
const replica = (n: 0 | 1) => serviceUrl(`todo-backend-${n}`);

/** One JSON-RPC message to `/mcp` at `base` (a replica, or the public URL through the frontend and its sidecar). */
async function mcpCall(base: string, token: string, name: string, args: Record<string, unknown> = {}) {
  const response = await fetch(`${base}/mcp`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      'mcp-protocol-version': '2025-06-18',
    },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }),
  });
  const text = await response.text();
  return { status: response.status, challenge: response.headers.get('www-authenticate') ?? '', body: text ? JSON.parse(text) : null };
}

async function tokenRequest(base: string, params: Record<string, string>) {
  const response = await fetch(`${base}/api/auth/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  return { status: response.status, body: (await response.json()) as { access_token: string; refresh_token: string; error?: string } };
}

/**
 * OAuth for assistants on the stack as production runs it: two backend replicas behind their sidecars, one
 * database. Nothing of a grant (codes, consents, tokens, revocations) lives in a replica's memory, so every step may
 * land on either replica.
 */
describe('OAuth for assistants across the backend replicas', () => {
  it('discovers through the public URL, and a token issued by one replica works, refreshes and is revoked on the other', async () => {
    const base = publicUrl();
    const resource = `${base}/mcp`;

    // Discovery through the proxy, the frontend and the backend's sidecar, as a hosted connector does.
    const protectedResource = await fetch(`${base}/.well-known/oauth-protected-resource/mcp`);
    expect(protectedResource.status).toBe(200);
    expect(await protectedResource.json()).toMatchObject({ resource, authorization_servers: [`${base}/api/auth`] });
    const server = await fetch(`${base}/.well-known/oauth-authorization-server/api/auth`);
    expect(await server.json()).toMatchObject({
      issuer: `${base}/api/auth`,
      token_endpoint: `${base}/api/auth/oauth2/token`,
      code_challenge_methods_supported: ['S256'],
    });
    const anonymous = await fetch(resource, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toContain(`resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`);

    // A client metadata document needs a public https host, which this stack has not: the app is registered ahead
    // (the specification's pre-registration), as a native app, the kind that takes its code back on loopback.
    const user = await aUser('Assistant user');
    const registered = await backend(0).post(
      '/api/auth/oauth2/create-client',
      {
        client_name: 'Stack Assistant',
        application_type: 'native',
        redirect_uris: [REDIRECT_URI],
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
      user.token,
    );
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const document = { client_id: registered.body.client_id as string, redirect_uris: [REDIRECT_URI] };

    // Authorization on replica 0, consent on replica 1, the code redeemed on replica 1.
    const { code, verifier } = await allowApp({
      appUrl: replica(0),
      consentUrl: replica(1),
      sessionToken: user.token,
      document,
      resource,
    });
    const issued = await tokenRequest(replica(1), {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      client_id: document.client_id,
      code_verifier: verifier,
      resource,
    });
    expect(issued.status).toBe(200);

    const added = await mcpCall(replica(1), issued.body.access_token, 'add_task', { title: 'Booked on replica 1' });
    expect(added.status).toBe(200);
    expect(added.body.result.isError).toBeFalsy();
    for (const where of [replica(0), base]) {
      const listed = await mcpCall(where, issued.body.access_token, 'list_tasks');
      expect(listed.status, where).toBe(200);
      expect(listed.body.result.structuredContent.items.map((task: { title: string }) => task.title)).toEqual(['Booked on replica 1']);
    }

    // Refreshed on replica 0 (the refresh token rotates there); the used refresh token is then refused on replica 1.
    const refreshed = await tokenRequest(replica(0), {
      grant_type: 'refresh_token',
      refresh_token: issued.body.refresh_token,
      client_id: document.client_id,
      resource,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(issued.body.refresh_token);
    expect((await mcpCall(replica(1), refreshed.body.access_token, 'list_tasks')).status).toBe(200);

    // Revoked on replica 1: replica 0 and the public URL answer 401 with the challenge that sends the client back.
    const revoked = await fetch(`${replica(1)}/api/auth/oauth2/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: refreshed.body.access_token, token_type_hint: 'access_token', client_id: document.client_id }),
    });
    expect(revoked.status).toBe(200);
    for (const where of [replica(0), base]) {
      const refused = await mcpCall(where, refreshed.body.access_token, 'list_tasks');
      expect(refused.status, where).toBe(401);
      expect(refused.challenge, where).toMatch(
        /^Bearer error="invalid_token", resource_metadata="[^"]+\/\.well-known\/oauth-protected-resource\/mcp"/,
      );
    }
    const replayed = await tokenRequest(replica(1), {
      grant_type: 'refresh_token',
      refresh_token: issued.body.refresh_token,
      client_id: document.client_id,
      resource,
    });
    expect(replayed.status).toBe(400);
  });
});

import { freePort, signUp } from '@doable/test-kit';
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { callTool as callMcpTool } from '../testing/mcp-tool-call.ts';
import { type OAuthClientPeer, startOAuthClientPeer } from '../testing/oauth-client-peer.ts';
import { InMemoryOAuthClientProvider, pkcePair } from '../testing/oauth-test-client.ts';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

const HOUR = 3_600_000;
const READ_ONLY_TOOLS = ['list_tasks', 'search_tasks', 'filter_tasks', 'sort_tasks', 'list_tags', 'list_projects'];

describe.each(STORAGE_KINDS)('MCP with OAuth 2.1 sign-in on %s', (kind) => {
  let t: TestApp;
  let peer: OAuthClientPeer;
  let base: string;
  let resource: string;

  beforeAll(async () => {
    peer = await startOAuthClientPeer();
    // The resource (`<PUBLIC_URL>/mcp`) must be the address clients reach, so the app listens where its URL says.
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    resource = `${base}/mcp`;
    t = await startTestApp({
      kind,
      postgresUrl: inject('postgresUrl'),
      port,
      baseUrl: base,
      oauth: { fetchClientMetadata: peer.fetchClientMetadata },
    });
  });
  afterAll(async () => {
    await t?.stop();
    await peer?.stop();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /**
   * Access tokens expire by better-auth's clock, which is the system's: the test moves the system time forward
   * (Date only, so timers keep running) instead of waiting for a token to expire.
   */
  const passTime = (ms: number) => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(Date.now() + ms);
  };

  const mcpPost = (token: string | undefined, message: unknown) =>
    fetch(resource, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-protocol-version': '2025-06-18',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(message),
    });
  const callTool = (token: string, name: string, args: Record<string, unknown> = {}) =>
    mcpPost(token, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } });

  /** The authorization endpoint's answer for a signed-in user: where it sends the browser. */
  async function authorize(sessionToken: string, params: Record<string, string>) {
    const response = await fetch(`${base}/api/auth/oauth2/authorize?${new URLSearchParams(params)}`, {
      redirect: 'manual',
      headers: { authorization: `Bearer ${sessionToken}` },
    });
    return { status: response.status, location: new URL(response.headers.get('location') ?? '/', base), body: await response.text() };
  }

  /** The user's answer on the consent page; resolves to where the browser is sent back to the client. */
  async function consent(sessionToken: string, consentPage: URL, accept = true): Promise<URL> {
    const response = await fetch(`${base}/api/auth/oauth2/consent`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${sessionToken}` },
      body: JSON.stringify({ accept, oauth_query: consentPage.search.slice(1) }),
    });
    expect(response.status).toBe(200);
    return new URL(((await response.json()) as { url: string }).url);
  }

  const token = (params: Record<string, string>) =>
    fetch(`${base}/api/auth/oauth2/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });

  /** A user, an app's client metadata document, and the authorization request parameters that app would send. */
  async function anAssistant(path: string, scope = 'tasks:read tasks:write offline_access') {
    const user = await signUp(t.api, 'Assistant user');
    const document = peer.publish(path);
    const pkce = pkcePair();
    const params = {
      response_type: 'code',
      client_id: document.client_id,
      redirect_uri: peer.redirectUri,
      scope,
      state: 'state-1',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      resource,
    };
    return { user, document, pkce, params };
  }

  /** Authorization code + PKCE through consent, by HTTP: the code and what redeems it. */
  async function aCode(path: string, scope?: string) {
    const assistant = await anAssistant(path, scope);
    const toConsent = await authorize(assistant.user.token, assistant.params);
    expect(toConsent.location.pathname).toBe('/oauth/consent');
    const back = await consent(assistant.user.token, toConsent.location);
    const code = back.searchParams.get('code');
    expect(code).toBeTruthy();
    const redeem = {
      grant_type: 'authorization_code',
      code: code as string,
      redirect_uri: peer.redirectUri,
      client_id: assistant.document.client_id,
      code_verifier: assistant.pkce.verifier,
      resource,
    };
    return { ...assistant, code: code as string, redeem };
  }

  async function tokensFor(path: string, scope?: string) {
    const granted = await aCode(path, scope);
    const response = await token(granted.redeem);
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as { access_token: string; refresh_token?: string; scope: string };
    return { ...granted, tokens };
  }

  it('serves protected resource metadata for /mcp and the authorization server metadata it points to', async () => {
    for (const path of ['/.well-known/oauth-protected-resource', '/.well-known/oauth-protected-resource/mcp']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.json()).toMatchObject({
        resource,
        authorization_servers: [`${base}/api/auth`],
        scopes_supported: expect.arrayContaining(['tasks:read', 'tasks:write']),
      });
    }
    for (const path of ['/.well-known/oauth-authorization-server/api/auth', '/.well-known/oauth-authorization-server']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(200);
      const metadata = (await response.json()) as Record<string, unknown>;
      expect(metadata).toMatchObject({
        issuer: `${base}/api/auth`,
        authorization_endpoint: `${base}/api/auth/oauth2/authorize`,
        token_endpoint: `${base}/api/auth/oauth2/token`,
        code_challenge_methods_supported: ['S256'],
        client_id_metadata_document_supported: true,
        grant_types_supported: ['authorization_code', 'refresh_token'],
      });
      // Clients identify themselves by their metadata document; nobody registers clients dynamically.
      expect(metadata.registration_endpoint).toBeUndefined();
    }
  });

  it('answers /mcp without credentials with HTTP 401 and a challenge naming the resource metadata', async () => {
    const response = await mcpPost(undefined, { jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(response.status).toBe(401);
    const challenge = response.headers.get('www-authenticate') ?? '';
    expect(challenge).toMatch(/^Bearer /);
    expect(challenge).toContain(`resource_metadata="${base}/.well-known/oauth-protected-resource/mcp"`);
    expect(challenge).toContain('scope="tasks:read tasks:write offline_access"');
    expect(challenge).not.toContain('error=');
  });

  it('lets the MCP SDK client connect with no pre-shared credentials: discovery, client metadata document, consent, tools, refresh, revoke', async () => {
    const alice = await signUp(t.api, 'Alice');
    const document = peer.publish('/assistants/sdk.json', { client_name: 'SDK Assistant' });
    const provider = new InMemoryOAuthClientProvider(document);
    const connect = async () => {
      const client = new Client({ name: 'sdk-assistant', version: '1.0.0' });
      await client.connect(new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider }));
      return client;
    };

    // 401, then discovery: the client sends the user to the authorization endpoint with its metadata URL as its id.
    await expect(connect()).rejects.toBeInstanceOf(UnauthorizedError);
    const authorizationUrl = provider.authorizationUrl;
    expect(authorizationUrl?.href.startsWith(`${base}/api/auth/oauth2/authorize?`)).toBe(true);
    expect(Object.fromEntries(authorizationUrl?.searchParams ?? [])).toMatchObject({
      client_id: document.client_id,
      code_challenge_method: 'S256',
      resource,
      scope: 'tasks:read tasks:write offline_access',
    });

    // The browser: not signed in, so the login page first; signing in there continues to the consent page.
    const toLogin = await fetch(authorizationUrl as URL, { redirect: 'manual' });
    expect(toLogin.status).toBe(302);
    const loginPage = new URL(toLogin.headers.get('location') ?? '', base);
    expect(loginPage.pathname).toBe('/');
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ email: alice.email, password: 'correct horse battery staple', oauth_query: loginPage.search.slice(1) }),
    });
    expect(signIn.status).toBe(200);
    const session = signIn.headers.get('set-auth-token') ?? '';
    const consentPage = new URL(((await signIn.json()) as { url: string }).url, base);
    expect(consentPage.pathname).toBe('/oauth/consent');
    expect(peer.fetched).toContain('/assistants/sdk.json');

    // What the consent page shows comes from the client's document.
    const shown = await fetch(`${base}/api/auth/oauth2/public-client?client_id=${encodeURIComponent(document.client_id)}`, {
      headers: { authorization: `Bearer ${session}` },
    });
    expect(shown.status).toBe(200);
    expect(await shown.json()).toMatchObject({ client_id: document.client_id, client_name: 'SDK Assistant' });

    const back = await consent(session, consentPage);
    expect(`${back.origin}${back.pathname}`).toBe(peer.redirectUri);
    await new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider }).finishAuth(back.searchParams.get('code') ?? '');

    // Tools, as Alice.
    const client = await connect();
    expect((await client.listTools()).tools.map((tool) => tool.name)).toContain('add_task');
    const added = await callMcpTool(client, 'add_task', { title: 'Booked by the assistant' });
    expect(added.isError).toBeFalsy();
    expect((await t.api.get('/api/v1/tasks', alice.token)).body.items.map((task: { title: string }) => task.title)).toEqual([
      'Booked by the assistant',
    ]);

    // The access token expires: the next call is a 401, the client refreshes (the refresh token rotates) and goes on.
    const first = provider.tokens();
    passTime(2 * HOUR);
    expect((await callTool(first?.access_token ?? '', 'list_tasks')).status).toBe(401);
    const listed = await callMcpTool(client, 'list_tasks');
    expect(listed.structuredContent.items).toHaveLength(1);
    const second = provider.tokens();
    expect(second?.access_token).not.toBe(first?.access_token);
    expect(second?.refresh_token).not.toBe(first?.refresh_token);

    // Alice sees the app among her connected apps and revokes it: the very next call is a 401, and no refresh helps.
    const apps = await t.api.get('/api/v1/connected-apps', alice.token);
    expect(apps.status).toBe(200);
    expect(apps.body.items).toEqual([
      expect.objectContaining({ client_id: document.client_id, name: 'SDK Assistant', scopes: expect.arrayContaining(['tasks:write']) }),
    ]);
    expect((await t.api.delete(`/api/v1/connected-apps/${apps.body.items[0].id}`, alice.token)).status).toBe(204);
    const afterRevoke = await callTool(second?.access_token ?? '', 'list_tasks');
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.headers.get('www-authenticate')).toContain('error="invalid_token"');
    await expect(client.callTool({ name: 'list_tasks', arguments: {} })).rejects.toBeInstanceOf(UnauthorizedError);
    const refreshed = await token({
      grant_type: 'refresh_token',
      refresh_token: second?.refresh_token ?? '',
      client_id: document.client_id,
      resource,
    });
    expect(refreshed.status).toBe(400);
    expect((await t.api.get('/api/v1/connected-apps', alice.token)).body.items).toEqual([]);
    await client.close();
  });

  it('refuses an expired access token with HTTP 401 invalid_token, never a tool error', async () => {
    const { tokens } = await tokensFor('/negative/expired.json');
    expect((await callTool(tokens.access_token, 'list_tasks')).status).toBe(200);
    passTime(HOUR + 1000);
    const response = await callTool(tokens.access_token, 'list_tasks');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", resource_metadata="/);
  });

  it('refuses a token revoked at the revocation endpoint', async () => {
    const { tokens, document } = await tokensFor('/negative/revoked.json');
    const revoked = await fetch(`${base}/api/auth/oauth2/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.access_token, token_type_hint: 'access_token', client_id: document.client_id }),
    });
    expect(revoked.status).toBe(200);
    expect((await callTool(tokens.access_token, 'list_tasks')).status).toBe(401);
  });

  it('binds tokens to /mcp: another resource is refused, and the token opens neither the REST API nor anything else', async () => {
    const assistant = await anAssistant('/negative/other-resource.json');
    const elsewhere = await authorize(assistant.user.token, { ...assistant.params, resource: 'https://api.example.net/' });
    expect(elsewhere.location.searchParams.get('error')).toBe('invalid_target');

    const { tokens } = await tokensFor('/negative/rest.json');
    expect((await t.api.get('/api/v1/tasks', tokens.access_token)).status).toBe(401);

    // A grant that never named a resource (neither when authorizing nor when redeeming) is not bound to /mcp either.
    const unbound = await anAssistant('/negative/unbound.json');
    const { resource: _resource, ...paramsWithoutResource } = unbound.params;
    const back = await consent(unbound.user.token, (await authorize(unbound.user.token, paramsWithoutResource)).location);
    const answer = await token({
      grant_type: 'authorization_code',
      code: back.searchParams.get('code') ?? '',
      redirect_uri: peer.redirectUri,
      client_id: unbound.document.client_id,
      code_verifier: unbound.pkce.verifier,
    });
    expect(answer.status).toBe(200);
    const response = await callTool(((await answer.json()) as { access_token: string }).access_token, 'list_tasks');
    expect(response.status).toBe(401);
  });

  it('gives a read-scoped token the read-only tools and answers a write tool with HTTP 403 insufficient_scope', async () => {
    const { tokens, user } = await tokensFor('/negative/reader.json', 'tasks:read offline_access');
    expect(tokens.scope.split(' ')).not.toContain('tasks:write');
    const list = await mcpPost(tokens.access_token, { jsonrpc: '2.0', id: 1, method: 'tools/list' });
    expect(((await list.json()) as { result: { tools: { name: string }[] } }).result.tools.map((tool) => tool.name).sort()).toEqual(
      [...READ_ONLY_TOOLS].sort(),
    );
    expect((await callTool(tokens.access_token, 'list_tasks')).status).toBe(200);
    // Resources and prompts only read: the read scope is enough for them.
    const today = await mcpPost(tokens.access_token, {
      jsonrpc: '2.0',
      id: 2,
      method: 'resources/read',
      params: { uri: 'doable://tasks/today' },
    });
    expect(today.status).toBe(200);
    expect(((await today.json()) as { result: { contents: { uri: string }[] } }).result.contents[0]?.uri).toBe('doable://tasks/today');
    const plan = await mcpPost(tokens.access_token, { jsonrpc: '2.0', id: 3, method: 'prompts/get', params: { name: 'plan_my_day' } });
    expect(((await plan.json()) as { result: { messages: unknown[] } }).result.messages).toHaveLength(1);
    expect((await callTool(tokens.access_token, 'add_tasks', { tasks: [{ title: 'Not allowed' }] })).status).toBe(403);
    const write = await callTool(tokens.access_token, 'add_task', { title: 'Not allowed' });
    expect(write.status).toBe(403);
    expect(write.headers.get('www-authenticate')).toMatch(
      /^Bearer error="insufficient_scope", resource_metadata="[^"]+", scope="tasks:read tasks:write offline_access"$/,
    );
    expect((await t.api.get('/api/v1/tasks', user.token)).body.items).toEqual([]);
  });

  it('names in the insufficient_scope challenge what a client should hold after stepping up, its refresh token included', async () => {
    const { tokens, document } = await tokensFor('/negative/step-up.json', 'tasks:read');
    expect(tokens.refresh_token).toBeUndefined();
    const provider = new InMemoryOAuthClientProvider(document);
    provider.saveTokens({ access_token: tokens.access_token, token_type: 'Bearer' });
    const client = new Client({ name: 'step-up-assistant', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(resource), { authProvider: provider }));
    // The SDK answers the 403 by authorizing again with exactly the challenge's scopes, in place of what it held.
    await expect(client.callTool({ name: 'add_task', arguments: { title: 'Needs write' } })).rejects.toBeInstanceOf(UnauthorizedError);
    expect(provider.authorizationUrl?.searchParams.get('scope')).toBe('tasks:read tasks:write offline_access');
    await client.close();
  });

  it('refuses a redirect URI the client metadata document does not list', async () => {
    const assistant = await anAssistant('/negative/redirect.json');
    const response = await authorize(assistant.user.token, { ...assistant.params, redirect_uri: 'http://127.0.0.1:9/steal' });
    // Never to the unlisted address: to Doable's own error page instead.
    expect(response.status).toBe(302);
    expect(`${response.location.origin}${response.location.pathname}`).toBe(`${base}/api/auth/error`);
    expect(response.location.searchParams.get('error')).toBe('invalid_redirect');
  });

  it('requires PKCE with S256: a request without a challenge or with a plain one gets no code', async () => {
    const assistant = await anAssistant('/negative/pkce.json');
    const { code_challenge: _c, code_challenge_method: _m, ...withoutPkce } = assistant.params;
    for (const params of [withoutPkce, { ...assistant.params, code_challenge_method: 'plain', code_challenge: assistant.pkce.verifier }]) {
      const response = await authorize(assistant.user.token, params);
      expect(response.location.searchParams.get('error')).toBe('invalid_request');
      expect(response.location.searchParams.get('code')).toBeNull();
      expect(response.location.pathname).not.toBe('/oauth/consent');
    }
  });

  it('redeems an authorization code once: a replay is refused and revokes what the code gave', async () => {
    const { redeem } = await aCode('/negative/replay.json');
    const first = await token(redeem);
    expect(first.status).toBe(200);
    const { access_token } = (await first.json()) as { access_token: string };
    const replay = await token(redeem);
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { error: string }).error).toBe('invalid_grant');
    expect((await callTool(access_token, 'list_tasks')).status).toBe(401);
  });

  it('rotates refresh tokens: each works once, and replaying a used one ends the whole grant', async () => {
    const { tokens, document } = await tokensFor('/negative/refresh-replay.json');
    const refresh = (refreshToken: string) =>
      token({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: document.client_id, resource });
    const rotated = await refresh(tokens.refresh_token ?? '');
    expect(rotated.status).toBe(200);
    const next = (await rotated.json()) as { access_token: string; refresh_token: string };
    expect(next.refresh_token).not.toBe(tokens.refresh_token);
    expect((await callTool(next.access_token, 'list_tasks')).status).toBe(200);

    const replay = await refresh(tokens.refresh_token ?? '');
    expect(replay.status).toBe(400);
    expect(((await replay.json()) as { error: string }).error).toBe('invalid_grant');
    expect((await refresh(next.refresh_token)).status).toBe(400);
    expect((await callTool(next.access_token, 'list_tasks')).status).toBe(401);
  });

  it('refuses a code redeemed with the wrong PKCE verifier', async () => {
    const { redeem } = await aCode('/negative/verifier.json');
    const response = await token({ ...redeem, code_verifier: pkcePair().verifier });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'invalid_request', error_description: 'code verification failed' });
  });
});

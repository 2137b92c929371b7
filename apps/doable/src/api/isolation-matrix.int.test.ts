import { randomBytes } from 'node:crypto';
import { TOOL_NAMES } from '@doable/contracts';
import { aTask, FUTURE_YEAR, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import webpush from 'web-push';
import { type OAuthClientPeer, startOAuthClientPeer } from '../testing/oauth-client-peer.ts';
import { allowApp } from '../testing/oauth-test-client.ts';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';
import { aSharedProject, connectMcp, ROLES, type RoleUsers, type Shared, signUpRoles } from './isolation-matrix-fixture.ts';

/**
 * Every operation the app documents (`/openapi.json`) and every MCP tool it lists, called by Bob against what Alice
 * owns. The tables below must name each one: a new route or tool without a case fails the coverage checks, so
 * nothing reaches users unchecked for isolation.
 */

/** What Alice owns, made before Bob probes. */
interface Alice {
  token: string;
  userId: string;
  email: string;
  taskId: number;
  conversationId: string;
  pushEndpoint: string;
  /** The consent Alice gave an assistant (a connected app). */
  connectedAppId: string;
  /** A project of Alice's (not her Inbox), with a pending invitation and an invite link. */
  projectId: number;
  invitationId: number;
  inviteLinkId: number;
}

/** Bob's request for one operation, and the status that shows it did not reach Alice's data. */
type Probe = { path: string; body?: unknown; status: number };

const foreignTask =
  (suffix: string, body?: unknown) =>
  (alice: Alice): Probe => ({
    path: `/api/v1/tasks/${alice.taskId}${suffix}`,
    body,
    status: 404,
  });

const foreignProject =
  (suffix: string, body?: unknown) =>
  (alice: Alice): Probe => ({
    path: `/api/v1/projects/${alice.projectId}${suffix}`,
    body,
    status: 404,
  });

const restProbes: Record<string, (alice: Alice) => Probe> = {
  'GET /api/v1/tasks': () => ({ path: '/api/v1/tasks?status=all&limit=200', status: 200 }),
  'POST /api/v1/tasks': () => ({ path: '/api/v1/tasks', body: aTask({ title: 'Bob plan' }), status: 201 }),
  'POST /api/v1/tasks/quick': (alice) => ({
    path: '/api/v1/tasks/quick',
    body: { text: 'Bob quick plan tomorrow #bob', project_id: alice.projectId },
    status: 404,
  }),
  'POST /api/v1/tasks/quick/parse': (alice) => ({
    path: '/api/v1/tasks/quick/parse',
    body: { text: 'Bob plan p1', project_id: alice.projectId },
    status: 404,
  }),
  'POST /api/v1/tasks/recurring': () => ({
    path: '/api/v1/tasks/recurring',
    body: { title: 'Bob weekly', pattern: 'weekly', due_date: `${FUTURE_YEAR}-01-06T09:00:00Z` },
    status: 201,
  }),
  'GET /api/v1/tasks/{id}': foreignTask(''),
  'PATCH /api/v1/tasks/{id}': foreignTask('', { title: 'hijacked' }),
  'DELETE /api/v1/tasks/{id}': foreignTask(''),
  'PATCH /api/v1/tasks/{id}/complete': foreignTask('/complete', {}),
  'PATCH /api/v1/tasks/{id}/priority': foreignTask('/priority', { priority: 'low' }),
  'PATCH /api/v1/tasks/{id}/tags': foreignTask('/tags', { add: ['bob'] }),
  'PATCH /api/v1/tasks/{id}/due-date': foreignTask('/due-date', { due_date: `${FUTURE_YEAR}-01-01T00:00:00Z` }),
  'GET /api/v1/tasks/{id}/history': foreignTask('/history'),
  'PATCH /api/v1/tasks/{id}/move': foreignTask('/move', { project_id: 1 }),
  'GET /api/v1/projects': () => ({ path: '/api/v1/projects?archived=all', status: 200 }),
  'POST /api/v1/projects': () => ({ path: '/api/v1/projects', body: { name: 'Bob project' }, status: 201 }),
  'PUT /api/v1/projects/order': (alice) => ({ path: '/api/v1/projects/order', body: { project_ids: [alice.projectId] }, status: 422 }),
  'GET /api/v1/projects/{id}': foreignProject(''),
  'PATCH /api/v1/projects/{id}': foreignProject('', { name: 'hijacked' }),
  'DELETE /api/v1/projects/{id}': foreignProject(''),
  'GET /api/v1/projects/{id}/members': foreignProject('/members'),
  'PATCH /api/v1/projects/{id}/members/{user_id}': (alice) => foreignProject(`/members/${alice.userId}`, { role: 'viewer' })(alice),
  'DELETE /api/v1/projects/{id}/members/{user_id}': (alice) => foreignProject(`/members/${alice.userId}`)(alice),
  'POST /api/v1/projects/{id}/transfer': (alice) => foreignProject('/transfer', { user_id: alice.userId })(alice),
  'GET /api/v1/projects/{id}/invitations': foreignProject('/invitations'),
  'POST /api/v1/projects/{id}/invitations': foreignProject('/invitations', { email: 'bob.friend@example.com' }),
  'DELETE /api/v1/projects/{id}/invitations/{invitation_id}': (alice) => foreignProject(`/invitations/${alice.invitationId}`)(alice),
  'GET /api/v1/projects/{id}/invite-links': foreignProject('/invite-links'),
  'POST /api/v1/projects/{id}/invite-links': foreignProject('/invite-links', {}),
  'DELETE /api/v1/projects/{id}/invite-links/{link_id}': (alice) => foreignProject(`/invite-links/${alice.inviteLinkId}`)(alice),
  'GET /api/v1/invitations': () => ({ path: '/api/v1/invitations', status: 200 }),
  'POST /api/v1/invitations/{id}/accept': (alice) => ({ path: `/api/v1/invitations/${alice.invitationId}/accept`, body: {}, status: 404 }),
  'POST /api/v1/invitations/{id}/decline': (alice) => ({
    path: `/api/v1/invitations/${alice.invitationId}/decline`,
    body: {},
    status: 404,
  }),
  // Holding a link's token is what lets someone join; without it, a guessed token finds nothing.
  'GET /api/v1/invites/{token}': () => ({ path: `/api/v1/invites/${randomBytes(32).toString('base64url')}`, status: 404 }),
  'POST /api/v1/invites/{token}/accept': () => ({
    path: `/api/v1/invites/${randomBytes(32).toString('base64url')}/accept`,
    body: {},
    status: 404,
  }),
  'GET /api/v1/tags': () => ({ path: '/api/v1/tags', status: 200 }),
  'GET /api/v1/me': () => ({ path: '/api/v1/me', status: 200 }),
  'PATCH /api/v1/me': () => ({ path: '/api/v1/me', body: { time_zone: 'Asia/Tokyo' }, status: 200 }),
  'POST /api/v1/chat': (alice) => ({ path: '/api/v1/chat', body: { message: `complete task ${alice.taskId}` }, status: 200 }),
  'GET /api/v1/conversations': () => ({ path: '/api/v1/conversations', status: 200 }),
  'GET /api/v1/conversations/{id}': (alice) => ({ path: `/api/v1/conversations/${alice.conversationId}`, status: 404 }),
  'GET /api/v1/push/public-key': () => ({ path: '/api/v1/push/public-key', status: 200 }),
  // Alice's browser endpoint with keys that are not that browser's: refused, her subscription stays hers.
  'POST /api/v1/push/subscribe': (alice) => ({
    path: '/api/v1/push/subscribe',
    body: { endpoint: alice.pushEndpoint, keys: aBrowserKeys() },
    status: 409,
  }),
  'POST /api/v1/push/unsubscribe': (alice) => ({ path: '/api/v1/push/unsubscribe', body: { endpoint: alice.pushEndpoint }, status: 204 }),
  'GET /api/v1/push/subscriptions': () => ({ path: '/api/v1/push/subscriptions', status: 200 }),
  'GET /api/v1/connected-apps': () => ({ path: '/api/v1/connected-apps', status: 200 }),
  'DELETE /api/v1/connected-apps/{id}': (alice) => ({ path: `/api/v1/connected-apps/${alice.connectedAppId}`, status: 404 }),
  'GET /api/v1/calendar-feeds': () => ({ path: '/api/v1/calendar-feeds', status: 200 }),
  'POST /api/v1/calendar-feeds/rotate': () => ({ path: '/api/v1/calendar-feeds/rotate', status: 200 }),
  // The feeds take a secret, not the session: a guessed one. Bob's own secret with Alice's project is in
  // apps/todo-backend/src/caldav/feeds/calendar-feeds.int.test.ts (the rotate probe above changes Bob's secret).
  'GET /feeds/{file}': () => ({ path: `/feeds/${randomBytes(32).toString('base64url')}.ics`, status: 404 }),
  'GET /feeds/{token}/projects/{file}': (alice) => ({
    path: `/feeds/${randomBytes(32).toString('base64url')}/projects/${alice.projectId}.ics`,
    status: 404,
  }),
};

/** The secret in a user's feed URLs. */
const feedToken = (feeds: { items: { url: string }[] }) => /\/feeds\/([\w-]+)\.ics$/.exec(feeds.items[0]?.url ?? '')?.[1] ?? '';

/** Bob's arguments for each tool: Alice's task or project where the tool takes one. */
const toolProbes: Record<(typeof TOOL_NAMES)[number], (alice: Alice) => Record<string, unknown>> = {
  add_task: (alice) => ({ title: 'Bob tool task', project: alice.projectId }),
  add_tasks: () => ({ tasks: [{ title: 'Bob batch task' }] }),
  list_tasks: () => ({ status: 'all' }),
  update_task: (alice) => ({ task_id: alice.taskId, title: 'hijacked' }),
  complete_task: (alice) => ({ task_id: alice.taskId }),
  delete_task: (alice) => ({ task_id: alice.taskId }),
  search_tasks: () => ({ query: 'secret plan', status: 'all' }),
  set_priority: (alice) => ({ task_id: alice.taskId, priority: 'low' }),
  add_tag: (alice) => ({ task_id: alice.taskId, tag: 'bob' }),
  remove_tag: (alice) => ({ task_id: alice.taskId, tag: 'alice-only' }),
  set_due_date: (alice) => ({ task_id: alice.taskId, date: `${FUTURE_YEAR}-02-01T10:00:00Z` }),
  postpone_task: (alice) => ({ task_id: alice.taskId, by: 'P1D' }),
  create_recurring: () => ({ title: 'Bob standup', pattern: 'daily' }),
  create_recurring_task: () => ({ title: 'Bob review', pattern: 'weekly' }),
  filter_tasks: () => ({ status: 'all', tags: ['alice-only'] }),
  sort_tasks: () => ({ field: 'title', status: 'all' }),
  set_reminder: (alice) => ({ task_id: alice.taskId, before: '1d' }),
  list_tags: () => ({}),
  quick_add: (alice) => ({ text: 'Bob quick errand @bob', project: alice.projectId }),
  list_projects: () => ({ archived: 'all' }),
  create_project: () => ({ name: 'Bob project' }),
  share_project: (alice) => ({ project: alice.projectId, link: true }),
  assign_task: (alice) => ({ task_id: alice.taskId, assignee: 'me' }),
  move_task: (alice) => ({ task_id: alice.taskId, project: 'Inbox' }),
  add_subtask: (alice) => ({ parent: alice.taskId, title: 'Bob subtask' }),
};

function aBrowserKeys() {
  return { p256dh: webpush.generateVAPIDKeys().publicKey, auth: randomBytes(16).toString('base64url') };
}

describe.each(STORAGE_KINDS)('isolation matrix on %s', (kind) => {
  let t: TestApp;
  let peer: OAuthClientPeer;
  let alice: Alice;
  let bob: { token: string };
  let operations: string[];
  /** Markers of Alice's data: none may appear in anything Bob receives. */
  let secrets: string[];

  /** Everything Alice can see of her own account, to compare before and after Bob's probes. */
  async function aliceState() {
    const read = async (path: string) => (await t.api.get(path, alice.token)).body;
    return {
      tasks: await read('/api/v1/tasks?status=all&limit=200'),
      task: await read(`/api/v1/tasks/${alice.taskId}`),
      tags: await read('/api/v1/tags'),
      me: await read('/api/v1/me'),
      conversations: await read('/api/v1/conversations'),
      conversation: await read(`/api/v1/conversations/${alice.conversationId}`),
      subscriptions: await read('/api/v1/push/subscriptions'),
      connectedApps: await read('/api/v1/connected-apps'),
      calendarFeeds: await read('/api/v1/calendar-feeds'),
      projects: await read('/api/v1/projects?archived=all'),
      members: await read(`/api/v1/projects/${alice.projectId}/members`),
      invitations: await read(`/api/v1/projects/${alice.projectId}/invitations`),
      inviteLinks: await read(`/api/v1/projects/${alice.projectId}/invite-links`),
    };
  }

  const expectNoSecret = (received: unknown, what: string) => {
    const text = JSON.stringify(received);
    for (const secret of secrets) expect(text, `${what} shows Bob ${secret}`).not.toContain(secret);
  };

  beforeAll(async () => {
    peer = await startOAuthClientPeer('alice-secret-assistant.example.com');
    t = await startTestApp({
      kind,
      postgresUrl: inject('postgresUrl'),
      allowLoopbackPush: true,
      oauth: { fetchClientMetadata: peer.fetchClientMetadata },
    });
    const signedUp = await signUp(t.api, 'Alice');
    const task = (await t.api.post('/api/v1/tasks', aTask({ title: 'Alice secret plan', tags: ['alice-only'] }), signedUp.token)).body;
    const chat = (await t.api.post('/api/v1/chat', { message: 'add Alice secret errand' }, signedUp.token)).body;
    const pushEndpoint = `http://127.0.0.1:9/alice-secret-endpoint/${randomBytes(4).toString('hex')}`;
    const subscribed = await t.api.post('/api/v1/push/subscribe', { endpoint: pushEndpoint, keys: aBrowserKeys() }, signedUp.token);
    expect(subscribed.status).toBe(201);
    const assistant = peer.publish('/client.json', { client_name: 'Alice secret assistant' });
    await allowApp({ appUrl: t.url, sessionToken: signedUp.token, document: assistant, resource: 'http://127.0.0.1/mcp' });
    const connectedAppId = (await t.api.get('/api/v1/connected-apps', signedUp.token)).body.items[0].id;
    const project = (await t.api.post('/api/v1/projects', { name: 'Alice secret project' }, signedUp.token)).body;
    await t.api.post('/api/v1/tasks', aTask({ title: 'Alice secret shared plan', project_id: project.id }), signedUp.token);
    const invitation = (
      await t.api.post(`/api/v1/projects/${project.id}/invitations`, { email: 'carol-secret@example.com' }, signedUp.token)
    ).body;
    const link = (await t.api.post(`/api/v1/projects/${project.id}/invite-links`, {}, signedUp.token)).body;
    alice = {
      token: signedUp.token,
      userId: signedUp.userId,
      projectId: project.id,
      invitationId: invitation.id,
      inviteLinkId: link.id,
      email: signedUp.email,
      taskId: task.id,
      conversationId: chat.conversation_id,
      pushEndpoint,
      connectedAppId,
    };
    secrets = [
      feedToken((await t.api.get('/api/v1/calendar-feeds', signedUp.token)).body),
      'Alice secret plan',
      'Alice secret errand',
      'alice-only',
      'alice-secret-endpoint',
      'alice-secret-assistant',
      'Alice secret assistant',
      'Alice secret project',
      'Alice secret shared plan',
      'carol-secret',
      link.token,
      signedUp.email,
    ];
    bob = await signUp(t.api, 'Bob');
    const document = (await t.api.get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`));
    await t.settle();
  });
  afterAll(async () => {
    await t?.stop();
    await peer?.stop();
  });

  it('has a case for every documented operation and every tool, and no case for one that is gone', async () => {
    expect(Object.keys(restProbes).sort()).toEqual([...operations].sort());
    const client = await connectMcp(t.url, bob.token);
    try {
      const { tools } = await client.listTools();
      expect(Object.keys(toolProbes).sort()).toEqual(tools.map((tool) => tool.name).sort());
    } finally {
      await client.close();
    }
  });

  it("no operation shows Bob Alice's data or changes it", async () => {
    const before = await aliceState();
    for (const operation of operations) {
      const probe = restProbes[operation]?.(alice);
      if (!probe) throw new Error(`no isolation case for ${operation}`);
      const method = operation.split(' ')[0] as string;
      const res = await t.api.call(method, probe.path, probe.body, bob.token);
      expect(res.status, operation).toBe(probe.status);
      expectNoSecret(res.body, operation);
    }
    await t.settle();
    expect(await aliceState()).toEqual(before);
  });

  it("no tool shows Bob Alice's data or changes it", async () => {
    const before = await aliceState();
    const client = await connectMcp(t.url, bob.token);
    try {
      for (const name of TOOL_NAMES) {
        const args = toolProbes[name](alice);
        const result = (await client.callTool({ name, arguments: args })) as { isError?: boolean };
        if ('task_id' in args || 'parent' in args) expect(result.isError, `${name} on Alice's task`).toBe(true);
        if (typeof args.project === 'number') expect(result.isError, `${name} in Alice's project`).toBe(true);
        expectNoSecret(result, name);
      }
    } finally {
      await client.close();
    }
    await t.settle();
    expect(await aliceState()).toEqual(before);
  });

  it("no resource, prompt or tag completion shows Bob Alice's data", async () => {
    const client = await connectMcp(t.url, bob.token);
    try {
      const { resources } = await client.listResources();
      const { resourceTemplates } = await client.listResourceTemplates();
      const { prompts } = await client.listPrompts();
      // Every resource, template and prompt has a case here: one added later must be added to this list too.
      // Each of Bob's own projects is listed as its open tasks (`doable://projects/{id}/tasks`), none of Alice's.
      const fixed = resources.map((r) => r.uri).filter((uri) => !/^doable:\/\/projects\/\d+\/tasks$/.test(uri));
      expect(fixed.sort()).toEqual(['doable://projects', 'doable://tasks/overdue', 'doable://tasks/today']);
      expect(resources.map((r) => r.uri)).not.toContain(`doable://projects/${alice.projectId}/tasks`);
      expect(resourceTemplates.map((r) => r.uriTemplate).sort()).toEqual(['doable://projects/{id}/tasks', 'doable://tasks/{id}']);
      expect(prompts.map((p) => p.name).sort()).toEqual(['plan_my_day', 'weekly_review']);
      for (const { uri } of resources) expectNoSecret(await client.readResource({ uri }), uri);
      for (const uri of [`doable://tasks/${alice.taskId}`, `doable://projects/${alice.projectId}/tasks`]) {
        const foreign = await client.readResource({ uri }).then(
          (result) => result,
          (error: Error) => ({ refused: error.message }),
        );
        expect(foreign, `Alice's ${uri} as a resource`).toHaveProperty('refused');
        expectNoSecret(foreign, `Alice's ${uri} as a resource`);
      }
      const projectIds = await client.complete({
        ref: { type: 'ref/resource', uri: 'doable://projects/{id}/tasks' },
        argument: { name: 'id', value: '' },
      });
      expect(projectIds.completion.values).not.toContain(String(alice.projectId));
      expectNoSecret(projectIds, 'project id completion');
      for (const [name, argument] of [
        ['plan_my_day', 'focus'],
        ['weekly_review', 'tag'],
      ] as const) {
        expectNoSecret(await client.getPrompt({ name, arguments: {} }), name);
        // The prompt names the tag Bob asked for; what matters is that none of Alice's tasks come with it.
        const forAliceTag = JSON.stringify(await client.getPrompt({ name, arguments: { [argument]: 'alice-only' } }));
        expectNoSecret(forAliceTag.replaceAll('tagged \\"alice-only\\"', 'tagged <tag>'), `${name} for Alice's tag`);
        const completion = await client.complete({ ref: { type: 'ref/prompt', name }, argument: { name: argument, value: 'a' } });
        expectNoSecret(completion, `${name} ${argument} completion`);
      }
    } finally {
      await client.close();
    }
  });
});

/** What each role gets: [owner, editor, viewer, non-member, removed member]. */
type Row = {
  call: (s: Shared) => { path: string; body?: unknown };
  expect: [number, number, number, number, number];
  /** The call changes membership or removes what later calls use: each role gets a project of its own. */
  fresh?: true;
};

const READ: Row['expect'] = [200, 200, 200, 404, 404];
const WRITE: Row['expect'] = [200, 200, 403, 404, 404];
const MANAGE: Row['expect'] = [200, 403, 403, 404, 404];
const withStatus = (row: Row['expect'], ok: number): Row['expect'] => row.map((status) => (status === 200 ? ok : status)) as Row['expect'];
const onTask = (suffix: string, body?: unknown) => (s: Shared) => ({ path: `/api/v1/tasks/${s.taskId}${suffix}`, body });
const onProject = (suffix: string, body?: unknown) => (s: Shared) => ({ path: `/api/v1/projects/${s.projectId}${suffix}`, body });

/** Every task and project route, for each role. A new route under these paths without a row fails the coverage check. */
const roleRows: Record<string, Row> = {
  'GET /api/v1/tasks': { call: (s) => ({ path: `/api/v1/tasks?project=${s.projectId}` }), expect: READ },
  'POST /api/v1/tasks': {
    call: (s) => ({ path: '/api/v1/tasks', body: aTask({ project_id: s.projectId }) }),
    expect: withStatus(WRITE, 201),
  },
  'POST /api/v1/tasks/recurring': {
    call: (s) => ({ path: '/api/v1/tasks/recurring', body: { title: 'Weekly', pattern: 'weekly', project_id: s.projectId } }),
    expect: withStatus(WRITE, 201),
  },
  // Quick add into the project follows POST /tasks; the parse answers what the create would, changing nothing.
  'POST /api/v1/tasks/quick': {
    call: (s) => ({ path: '/api/v1/tasks/quick', body: { text: 'quick errand', project_id: s.projectId } }),
    expect: withStatus(WRITE, 201),
  },
  'POST /api/v1/tasks/quick/parse': {
    call: (s) => ({ path: '/api/v1/tasks/quick/parse', body: { text: 'plan p1', project_id: s.projectId } }),
    expect: WRITE,
  },
  // Tags are of the caller's own projects: the same for everyone.
  'GET /api/v1/tags': { call: () => ({ path: '/api/v1/tags' }), expect: [200, 200, 200, 200, 200] },
  'GET /api/v1/tasks/{id}': { call: onTask(''), expect: READ },
  'PATCH /api/v1/tasks/{id}': { call: onTask('', { title: 'changed' }), expect: WRITE },
  'DELETE /api/v1/tasks/{id}': { call: onTask(''), fresh: true, expect: withStatus(WRITE, 204) },
  'PATCH /api/v1/tasks/{id}/complete': { call: onTask('/complete', {}), expect: WRITE },
  'PATCH /api/v1/tasks/{id}/priority': { call: onTask('/priority', { priority: 'low' }), expect: WRITE },
  'PATCH /api/v1/tasks/{id}/tags': { call: onTask('/tags', { add: ['x'] }), expect: WRITE },
  'PATCH /api/v1/tasks/{id}/due-date': { call: onTask('/due-date', { due_date: null }), expect: WRITE },
  'PATCH /api/v1/tasks/{id}/move': { call: (s) => onTask('/move', { project_id: s.projectId })(s), expect: WRITE },
  'GET /api/v1/tasks/{id}/history': { call: onTask('/history'), expect: READ },
  'GET /api/v1/projects': { call: () => ({ path: '/api/v1/projects' }), expect: [200, 200, 200, 200, 200] },
  'POST /api/v1/projects': { call: () => ({ path: '/api/v1/projects', body: { name: 'Mine' } }), expect: [201, 201, 201, 201, 201] },
  'PUT /api/v1/projects/order': {
    call: (s) => ({ path: '/api/v1/projects/order', body: { project_ids: [s.projectId] } }),
    expect: [204, 204, 204, 422, 422],
  },
  'GET /api/v1/projects/{id}': { call: onProject(''), expect: READ },
  'PATCH /api/v1/projects/{id}': { call: onProject('', { name: 'Renamed' }), expect: MANAGE },
  'DELETE /api/v1/projects/{id}': { call: onProject(''), fresh: true, expect: withStatus(MANAGE, 204) },
  'GET /api/v1/projects/{id}/members': { call: onProject('/members'), expect: READ },
  'PATCH /api/v1/projects/{id}/members/{user_id}': {
    call: (s) => onProject(`/members/${s.users.viewer.userId}`, { role: 'editor' })(s),
    fresh: true,
    expect: MANAGE,
  },
  // The viewer removing themself is leaving, which every member may do.
  'DELETE /api/v1/projects/{id}/members/{user_id}': {
    call: (s) => onProject(`/members/${s.users.viewer.userId}`)(s),
    fresh: true,
    expect: [204, 403, 204, 404, 404],
  },
  'POST /api/v1/projects/{id}/transfer': {
    call: (s) => onProject('/transfer', { user_id: s.users.editor.userId })(s),
    fresh: true,
    expect: MANAGE,
  },
  'GET /api/v1/projects/{id}/invitations': { call: onProject('/invitations'), expect: MANAGE },
  'POST /api/v1/projects/{id}/invitations': {
    call: onProject('/invitations', { email: 'someone@example.com' }),
    expect: withStatus(MANAGE, 201),
  },
  'DELETE /api/v1/projects/{id}/invitations/{invitation_id}': {
    call: (s) => onProject(`/invitations/${s.invitationId}`)(s),
    fresh: true,
    expect: withStatus(MANAGE, 204),
  },
  'GET /api/v1/projects/{id}/invite-links': { call: onProject('/invite-links'), expect: MANAGE },
  'POST /api/v1/projects/{id}/invite-links': { call: onProject('/invite-links', {}), expect: withStatus(MANAGE, 201) },
  'DELETE /api/v1/projects/{id}/invite-links/{link_id}': {
    call: (s) => onProject(`/invite-links/${s.linkId}`)(s),
    fresh: true,
    expect: withStatus(MANAGE, 204),
  },
  'GET /api/v1/invitations': { call: () => ({ path: '/api/v1/invitations' }), expect: [200, 200, 200, 200, 200] },
  // The invitation is to an address none of them has: nobody else can take it.
  'POST /api/v1/invitations/{id}/accept': {
    call: (s) => ({ path: `/api/v1/invitations/${s.invitationId}/accept`, body: {} }),
    expect: [404, 404, 404, 404, 404],
  },
  'POST /api/v1/invitations/{id}/decline': {
    call: (s) => ({ path: `/api/v1/invitations/${s.invitationId}/decline`, body: {} }),
    expect: [404, 404, 404, 404, 404],
  },
  // Whoever holds a link may see and use it (a removed member too: the owner revokes a link to stop that).
  'GET /api/v1/invites/{token}': { call: (s) => ({ path: `/api/v1/invites/${s.linkToken}` }), expect: [200, 200, 200, 200, 200] },
  'POST /api/v1/invites/{token}/accept': {
    call: (s) => ({ path: `/api/v1/invites/${s.linkToken}/accept`, body: {} }),
    fresh: true,
    expect: [200, 200, 200, 200, 200],
  },
};

const isProjectScoped = (operation: string) => /^\w+ \/api\/v1\/(tasks|projects|invitations|invites|tags)(\/|$)/.test(operation);

describe.each(STORAGE_KINDS)('role matrix on %s', (kind) => {
  let t: TestApp;
  let users: RoleUsers;

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    users = await signUpRoles(t);
  });
  afterAll(() => t?.stop());

  const aShared = () => aSharedProject(t, users);

  it('has a row for every task and project route, and none for a route that is gone', async () => {
    const document = (await t.api.get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(Object.keys(roleRows).sort()).toEqual(operations.filter(isProjectScoped).sort());
  });

  it('gives each role exactly what the permission table allows', async () => {
    const failures: string[] = [];
    const common = await aShared();
    for (const [operation, row] of Object.entries(roleRows)) {
      const method = operation.split(' ')[0] as string;
      for (const [index, role] of ROLES.entries()) {
        const shared = row.fresh ? await aShared() : common;
        const { path, body } = row.call(shared);
        const res = await t.api.call(method, path, body, users[role].token);
        if (res.status !== row.expect[index]) failures.push(`${operation} as ${role}: ${res.status}, expected ${row.expect[index]}`);
        if (res.status === 403 && !/owner/.test(res.body.detail)) failures.push(`${operation} as ${role}: 403 without the role needed`);
      }
    }
    expect(failures).toEqual([]);
  });
});

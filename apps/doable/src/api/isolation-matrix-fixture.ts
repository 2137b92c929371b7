import { aTask, signUp } from '@doable/test-kit';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { expect } from 'vitest';
import type { TestApp } from '../testing/test-app.ts';

/** The roles a caller can have towards a shared project. */
export const ROLES = ['owner', 'editor', 'viewer', 'nonMember', 'removed'] as const;
export type Role = (typeof ROLES)[number];
export type RoleUsers = Record<Role, { token: string; userId: string; email: string; name: string }>;

/** A fresh shared project for one call: its task, a pending invitation, an invite link, and the members by role. */
export interface Shared {
  projectId: number;
  projectName: string;
  taskId: number;
  taskTitle: string;
  invitationId: number;
  linkId: number;
  linkToken: string;
  users: RoleUsers;
}

/** One account per role (the same accounts take their role in every shared project made for them). */
export async function signUpRoles(t: TestApp): Promise<RoleUsers> {
  const entries = await Promise.all(ROLES.map(async (role) => [role, { ...(await signUp(t.api, role)), name: role }] as const));
  return Object.fromEntries(entries) as unknown as RoleUsers;
}

let sharedCount = 0;

/**
 * A new project of the owner's, shared with the editor and viewer, and with the removed member joined then removed;
 * its task, named uniquely so a listing shows whether it reached the caller.
 */
export async function aSharedProject(
  t: TestApp,
  users: RoleUsers,
  options: {
    /** Fields of the project's task. */
    task?: Record<string, unknown>;
    /** What the removed member does while still a member (an editor). */
    beforeRemoval?: (projectId: number) => Promise<void>;
  } = {},
): Promise<Shared> {
  const owner = users.owner.token;
  const n = ++sharedCount;
  const projectName = `Shared ${n}`;
  const projectId = (await t.api.post('/api/v1/projects', { name: projectName }, owner)).body.id;
  for (const role of ['editor', 'viewer', 'removed'] as const) {
    const link = (await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role: role === 'viewer' ? 'viewer' : 'editor' }, owner))
      .body;
    expect((await t.api.post(`/api/v1/invites/${link.token}/accept`, {}, users[role].token)).status).toBe(200);
  }
  await options.beforeRemoval?.(projectId);
  expect((await t.api.delete(`/api/v1/projects/${projectId}/members/${users.removed.userId}`, owner)).status).toBe(204);
  const taskTitle = `Shared plan ${projectName}`;
  const task = await t.api.post('/api/v1/tasks', aTask({ title: taskTitle, project_id: projectId, ...options.task }), owner);
  expect(task.status).toBe(201);
  const taskId = task.body.id as number;
  const invitationId = (await t.api.post(`/api/v1/projects/${projectId}/invitations`, { email: 'not-an-account@example.com' }, owner)).body
    .id;
  const link = (await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role: 'viewer' }, owner)).body;
  return { projectId, projectName, taskId, taskTitle, invitationId, linkId: link.id, linkToken: link.token, users };
}

export async function connectMcp(url: string, token: string): Promise<Client> {
  const client = new Client({ name: 'isolation-matrix', version: '1.0.0' });
  const headers = { authorization: `Bearer ${token}` };
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers } }));
  return client;
}

/** A message as `/ws` sends it, loosely typed: the tests read the fields they check. */
export interface LiveFrame {
  type: string;
  user_id?: string;
  project_id?: number;
  reason?: string;
  event?: { task_id?: number; project_id?: number; user_id?: string; task_data?: { title?: string } };
  notification?: { kind: string; project_id?: number | null; task_id?: number };
}

/** A browser-like WebSocket (Node's own) that keeps every message it receives, in order. */
export async function openLive(appUrl: string, token: string) {
  const socket = new WebSocket(`${appUrl.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(token)}`);
  const received: LiveFrame[] = [];
  socket.addEventListener('message', (event) => received.push(JSON.parse(String(event.data)) as LiveFrame));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('handshake refused')), { once: true });
  });
  return { received, close: () => socket.close() };
}
export type LiveTab = Awaited<ReturnType<typeof openLive>>;

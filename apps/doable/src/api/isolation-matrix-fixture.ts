import { aTask, signUp } from '@doable/test-kit';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { expect } from 'vitest';
import type { TestApp } from '../testing/test-app.ts';

/** The roles a caller can have towards a shared project. */
export const ROLES = ['owner', 'editor', 'viewer', 'nonMember', 'removed'] as const;
export type Role = (typeof ROLES)[number];
export type RoleUsers = Record<Role, { token: string; userId: string; name: string }>;

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
export async function aSharedProject(t: TestApp, users: RoleUsers, task: Record<string, unknown> = {}): Promise<Shared> {
  const owner = users.owner.token;
  const n = ++sharedCount;
  const projectName = `Shared ${n}`;
  const projectId = (await t.api.post('/api/v1/projects', { name: projectName }, owner)).body.id;
  for (const role of ['editor', 'viewer', 'removed'] as const) {
    const link = (
      await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role: role === 'viewer' ? 'viewer' : 'editor' }, owner)
    ).body;
    expect((await t.api.post(`/api/v1/invites/${link.token}/accept`, {}, users[role].token)).status).toBe(200);
  }
  expect((await t.api.delete(`/api/v1/projects/${projectId}/members/${users.removed.userId}`, owner)).status).toBe(204);
  const taskTitle = `Shared plan ${projectName}`;
  const taskId = (await t.api.post('/api/v1/tasks', aTask({ title: taskTitle, project_id: projectId, ...task }), owner)).body.id;
  const invitationId = (await t.api.post(`/api/v1/projects/${projectId}/invitations`, { email: 'not-an-account@example.com' }, owner))
    .body.id;
  const link = (await t.api.post(`/api/v1/projects/${projectId}/invite-links`, { role: 'viewer' }, owner)).body;
  return { projectId, projectName, taskId, taskTitle, invitationId, linkId: link.id, linkToken: link.token, users };
}

export async function connectMcp(url: string, token: string): Promise<Client> {
  const client = new Client({ name: 'isolation-matrix', version: '1.0.0' });
  const headers = { authorization: `Bearer ${token}` };
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers } }));
  return client;
}

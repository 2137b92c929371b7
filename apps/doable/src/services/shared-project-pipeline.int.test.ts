import { signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

interface LiveMessage {
  type: string;
  project_id?: number;
  reason?: string;
  notification?: { kind: string; actor: { user_id: string }; task_id?: number };
  event?: { event_type?: string; task_id?: number; project_id?: number; task_data?: { title?: string } };
}

/** A WebSocket client that keeps every message, and waits for one that matches. */
async function openLive(url: string) {
  const socket = new WebSocket(url);
  const received: LiveMessage[] = [];
  socket.addEventListener('message', (event) => received.push(JSON.parse(String(event.data)) as LiveMessage));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('handshake refused')), { once: true });
  });
  const waitFor = (match: (m: LiveMessage) => boolean): Promise<LiveMessage> =>
    vi.waitFor(
      () => {
        const found = received.find(match);
        if (!found) throw new Error(`no matching message; got ${JSON.stringify(received)}`);
        return found;
      },
      { timeout: 10_000, interval: 20 },
    );
  await waitFor((m) => m.type === 'hello');
  return { received, waitFor, close: () => socket.close() };
}

/** The services of a shared project in one process: live delivery to members, assignment news, the next occurrence. */
describe.each(STORAGE_KINDS)('a shared project through the event pipeline on %s', (kind) => {
  let app: TestApp;
  const wsUrl = (token: string) => `${app.url.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(token)}`;

  beforeAll(async () => {
    app = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
  });
  afterAll(() => app?.stop());

  it('reaches every member live, tells the assignee, keeps project and assignee in the next occurrence, and drops a removed member', async () => {
    const ada = await signUp(app.api, 'Ada');
    const sam = await signUp(app.api, 'Sam');
    const project = (await app.api.post('/api/v1/projects', { name: 'Groceries' }, ada.token)).body as { id: number };
    const link = (await app.api.post(`/api/v1/projects/${project.id}/invite-links`, { role: 'editor' }, ada.token)).body as {
      token: string;
    };
    expect((await app.api.post(`/api/v1/invites/${link.token}/accept`, {}, sam.token)).status).toBe(200);
    const samTab = await openLive(wsUrl(sam.token));

    const created = await app.api.post(
      '/api/v1/tasks/recurring',
      { title: 'Buy milk', pattern: 'weekly', project_id: project.id, due_date: '2030-01-07T09:00:00.000Z' },
      ada.token,
    );
    expect(created.status).toBe(201);
    const taskId = (created.body as { id: number }).id;
    await samTab.waitFor((m) => m.type === 'task.updated' && m.event?.task_id === taskId && m.event.event_type === 'created');

    expect((await app.api.patch(`/api/v1/tasks/${taskId}`, { assignee_id: sam.userId }, ada.token)).status).toBe(200);
    const news = await samTab.waitFor((m) => m.type === 'notification');
    expect(news.notification).toMatchObject({ kind: 'task_assigned', actor: { user_id: ada.userId }, task_id: taskId });

    expect((await app.api.patch(`/api/v1/tasks/${taskId}/complete`, { completed: true }, sam.token)).status).toBe(200);
    const next = await vi.waitFor(
      async () => {
        const page = (await app.api.get(`/api/v1/tasks?project=${project.id}&status=pending`, ada.token)).body as {
          items: { id: number; project_id: number; assignee_id: string | null; title: string }[];
        };
        const found = page.items.find((task) => task.title === 'Buy milk' && task.id !== taskId);
        if (!found) throw new Error('no next occurrence yet');
        return found;
      },
      { timeout: 10_000, interval: 50 },
    );
    expect(next).toMatchObject({ project_id: project.id, assignee_id: sam.userId });

    expect((await app.api.delete(`/api/v1/projects/${project.id}/members/${sam.userId}`, ada.token)).status).toBe(204);
    await samTab.waitFor((m) => m.type === 'project_removed' && m.project_id === project.id);
    await app.api.patch(`/api/v1/tasks/${next.id}`, { title: 'Buy oat milk' }, ada.token);
    // Sam's own change comes after Ada's: Sam's socket keeps the order, so Ada's would be there first.
    const own = (await app.api.post('/api/v1/tasks', { title: 'Sam’s own' }, sam.token)).body as { id: number };
    await samTab.waitFor((m) => m.type === 'task.updated' && m.event?.task_id === own.id);
    expect(samTab.received.filter((m) => m.event?.task_data?.title === 'Buy oat milk')).toEqual([]);
    samTab.close();
  });
});

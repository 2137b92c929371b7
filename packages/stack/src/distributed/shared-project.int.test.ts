import { afterEach, describe, expect, it, vi } from 'vitest';
import { aUser, backend } from './distributed-stack.ts';
import { type LiveMessage, type LiveSocket, openLiveSocket } from './live-socket.ts';

/** The fields of `/ws` messages about projects (apps/websocket-service/README.md). */
type ProjectMessage = LiveMessage & {
  project_id?: number;
  notification?: { kind: string; actor: { user_id: string }; task_id?: number };
  event?: { project_id?: number; task_data?: { title?: string } };
};
const PATIENTLY = { timeout: 30_000, interval: 250 };

describe('a shared project through Kafka and the WebSocket service replicas', () => {
  const sockets: LiveSocket[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  it('reaches members on both replicas, tells the assignee, keeps project and assignee, and drops a removed member', async () => {
    const ada = await aUser('Ada');
    const sam = await aUser('Sam');
    const api = backend(0);
    const project = (await api.post('/api/v1/projects', { name: 'Groceries' }, ada.token)).body as { id: number };
    const link = (await api.post(`/api/v1/projects/${project.id}/invite-links`, { role: 'editor' }, ada.token)).body as { token: string };
    expect((await api.post(`/api/v1/invites/${link.token}/accept`, {}, sam.token)).status).toBe(200);
    const [adaSocket, samSocket] = await Promise.all([
      openLiveSocket('websocket-service-0', ada.token),
      openLiveSocket('websocket-service-1', sam.token),
    ]);
    sockets.push(adaSocket, samSocket);
    const inProject = (m: ProjectMessage) => m.type === 'task.updated' && m.event?.project_id === project.id;

    // The membership events travel on their own topic: the first task may outrun Sam's member_added.
    await vi.waitFor(async () => {
      await api.post('/api/v1/tasks', { title: 'Probe', project_id: project.id }, ada.token);
      await samSocket.waitFor(inProject, 1_000);
    }, PATIENTLY);

    const created = await api.post(
      '/api/v1/tasks/recurring',
      { title: 'Buy milk', pattern: 'weekly', project_id: project.id, due_date: '2035-01-07T09:00:00.000Z' },
      ada.token,
    );
    expect(created.status).toBe(201);
    const taskId = (created.body as { id: number }).id;
    expect((await api.patch(`/api/v1/tasks/${taskId}`, { assignee_id: sam.userId }, ada.token)).status).toBe(200);
    const isTask = (m: ProjectMessage) => inProject(m) && m.event?.task_id === taskId;
    await Promise.all([adaSocket.waitFor(isTask), samSocket.waitFor(isTask)]);
    const news = (await samSocket.waitFor((m) => m.type === 'notification')) as ProjectMessage;
    expect(news.notification).toMatchObject({ kind: 'task_assigned', actor: { user_id: ada.userId }, task_id: taskId });

    expect((await api.patch(`/api/v1/tasks/${taskId}/complete`, { completed: true }, sam.token)).status).toBe(200);
    const next = await vi.waitFor(async () => {
      const page = (await api.get(`/api/v1/tasks?project=${project.id}&status=pending`, ada.token)).body as {
        items: { id: number; project_id: number; assignee_id: string | null; title: string }[];
      };
      const found = page.items.find((task) => task.title === 'Buy milk' && task.id !== taskId);
      if (!found) throw new Error('no next occurrence yet');
      return found;
    }, PATIENTLY);
    expect(next).toMatchObject({ project_id: project.id, assignee_id: sam.userId });

    const history = await vi.waitFor(async () => {
      const items = ((await api.get(`/api/v1/tasks/${taskId}/history`, ada.token)).body as { items: { actor?: { user_id: string } }[] })
        .items;
      if (items.length < 2) throw new Error('history not recorded yet');
      return items;
    }, PATIENTLY);
    expect(history[0]?.actor).toMatchObject({ user_id: ada.userId });

    expect((await api.delete(`/api/v1/projects/${project.id}/members/${sam.userId}`, ada.token)).status).toBe(204);
    await samSocket.waitFor((m: ProjectMessage) => m.type === 'project_removed' && m.project_id === project.id);
    expect((await api.patch(`/api/v1/tasks/${next.id}`, { title: 'Buy oat milk' }, ada.token)).status).toBe(200);
    await adaSocket.waitFor((m: ProjectMessage) => m.event?.task_data?.title === 'Buy oat milk');
    // Sam's own change comes down Sam's socket after anything sent to it before.
    const own = (await api.post('/api/v1/tasks', { title: 'Sam’s own' }, sam.token)).body as { id: number };
    await samSocket.waitFor((m) => m.type === 'task.updated' && m.event?.task_id === own.id);
    expect(samSocket.messages.filter((m: ProjectMessage) => m.event?.task_data?.title === 'Buy oat milk')).toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { aUser, backend } from './distributed-stack.ts';
import { handshakeStatus, type LiveSocket, liveUrl, openLiveSocket } from './live-socket.ts';

describe('live updates through the WebSocket service replicas', () => {
  const sockets: LiveSocket[] = [];
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  it('pushes a created task to every socket of its user, on either replica, and to nobody else', async () => {
    const a = await aUser('Alice');
    const b = await aUser('Bob');
    const [a0, a1, b0] = await Promise.all([
      openLiveSocket('websocket-service-0', a.token),
      openLiveSocket('websocket-service-1', a.token),
      openLiveSocket('websocket-service-0', b.token),
    ]);
    sockets.push(a0, a1, b0);

    const created = await backend(0).post('/api/v1/tasks', { title: 'Call the plumber' }, a.token);
    expect(created.status).toBe(201);

    const isCreated = (m: { type: string; event?: { event_type?: string; task_id?: number } }) =>
      m.type === 'task.updated' && m.event?.event_type === 'created' && m.event.task_id === created.body.id;
    const [on0, on1] = await Promise.all([a0.waitFor(isCreated), a1.waitFor(isCreated)]);
    expect(on0.event).toMatchObject({ user_id: a.userId, task_id: created.body.id });
    expect(on1.event).toMatchObject({ user_id: a.userId, task_id: created.body.id });

    // B's own change, made after A's reached both replicas, comes down B's socket after anything sent to it before.
    const bs = await backend(0).post('/api/v1/tasks', { title: 'Fix the fence' }, b.token);
    expect(bs.status).toBe(201);
    await b0.waitFor((m) => m.type === 'task.updated' && m.event?.task_id === bs.body.id);
    expect(b0.messages.map((m) => m.event?.task_id)).toEqual([bs.body.id]);
  });

  it('refuses a handshake without a token with 401', async () => {
    expect(await handshakeStatus(liveUrl('websocket-service-0'))).toBe(401);
    expect(await handshakeStatus(liveUrl('websocket-service-1', 'not-a-token'))).toBe(401);
  });
});

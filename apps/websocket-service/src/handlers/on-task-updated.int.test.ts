import { PoisonMessageError } from '@doable/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aTaskEvent, type LiveServer, openClient, startLiveServer } from '../testing/live-test-kit.ts';

describe('task-updates consumer', () => {
  let server: LiveServer;
  beforeAll(async () => {
    server = await startLiveServer();
  });
  afterAll(() => server.stop());

  const deliver = (payload: ReturnType<typeof aTaskEvent> | Record<string, unknown>) => {
    const subscription = server.live.subscriptions.find((candidate) => candidate.topic === 'task-updates');
    if (!subscription) throw new Error('no task-updates subscription');
    return subscription.handle({ topic: 'task-updates', key: String(payload.user_id), eventId: String(payload.event_id), payload });
  };

  it('is a broadcast consumer of task-updates, reminders and project-events, and a shared one of project-events', () => {
    expect(server.live.subscriptions.map(({ consumer, topic, broadcast }) => ({ consumer, topic, broadcast }))).toEqual([
      { consumer: 'websocket-service', topic: 'task-updates', broadcast: true },
      { consumer: 'websocket-service', topic: 'reminders', broadcast: true },
      { consumer: 'websocket-service', topic: 'project-events', broadcast: true },
      { consumer: 'websocket-service-membership', topic: 'project-events', broadcast: undefined },
    ]);
  });

  it("sends a user's update to that user's sockets only", async () => {
    const a = await openClient(server.url('token=token-a'));
    const b = await openClient(server.url('token=token-b'));
    const forB = aTaskEvent({ user_id: 'user-b', task_id: 8, event_type: 'completed' });
    const forA = aTaskEvent({ user_id: 'user-a' });
    await deliver(forB);
    await deliver(forA);
    // One socket keeps the order of sends, so B's event would have reached A before A's own.
    expect(await a.next()).toEqual({ type: 'task.updated', event: forA });
    expect(await b.next()).toEqual({ type: 'task.updated', event: forB });
    const laterForB = aTaskEvent({ user_id: 'user-b', event_type: 'deleted' });
    await deliver(laterForB);
    expect(await b.next()).toEqual({ type: 'task.updated', event: laterForB });
    a.socket.close();
    b.socket.close();
  });

  it('reaches every open tab of the user', async () => {
    const tabs = [await openClient(server.url('token=token-a')), await openClient(server.url('token=token-a'))];
    const event = aTaskEvent({ event_type: 'created' });
    await deliver(event);
    for (const tab of tabs) expect(await tab.next()).toEqual({ type: 'task.updated', event });
    for (const tab of tabs) tab.socket.close();
  });

  it('pushes the same event delivered twice once', async () => {
    const tab = await openClient(server.url('token=token-a'));
    const event = aTaskEvent();
    const next = aTaskEvent({ event_type: 'completed' });
    await deliver(event);
    await deliver(event);
    await deliver(next);
    expect(await tab.next()).toMatchObject({ event: { event_id: event.event_id } });
    expect(await tab.next()).toMatchObject({ event: { event_id: next.event_id } });
    tab.socket.close();
  });

  it('succeeds when the user has no open socket', async () => {
    await expect(deliver(aTaskEvent({ user_id: 'user-nobody' }))).resolves.toBeUndefined();
  });

  it('still reaches the other tabs when one socket has died', async () => {
    const dead = await openClient(server.url('token=token-a'));
    const alive = await openClient(server.url('token=token-a'));
    dead.socket.terminate();
    const event = aTaskEvent();
    await expect(deliver(event)).resolves.toBeUndefined();
    expect(await alive.next()).toEqual({ type: 'task.updated', event });
    alive.socket.close();
  });

  it('rejects a malformed event as poison', async () => {
    await expect(deliver({ event_type: 'exploded', user_id: 'user-a' })).rejects.toBeInstanceOf(PoisonMessageError);
    await expect(deliver(aTaskEvent({ event_id: 'not-a-uuid' }))).rejects.toThrow(/not a task event/);
  });
});

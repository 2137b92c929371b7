import { manualClock, signUp, startWebPushPeer, type WebPushPeer } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

interface LiveMessage {
  type: string;
  user_id?: string;
  event?: { event_type?: string; task_id?: number; user_id?: string; title?: string };
}

/** A browser-like WebSocket client (Node's own) that keeps every message and waits for one that matches. */
async function openLive(url: string) {
  const socket = new WebSocket(url);
  const received: LiveMessage[] = [];
  socket.addEventListener('message', (event) => received.push(JSON.parse(String(event.data)) as LiveMessage));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('handshake refused')), { once: true });
  });
  return {
    received,
    waitFor: (match: (m: LiveMessage) => boolean, timeoutMs = 10_000): Promise<LiveMessage> =>
      vi.waitFor(
        () => {
          const found = received.find(match);
          if (!found) throw new Error(`no matching message; got ${JSON.stringify(received)}`);
          return found;
        },
        { timeout: timeoutMs, interval: 20 },
      ),
    close: () => socket.close(),
  };
}

describe.each(STORAGE_KINDS)('live updates and Web Push in embedded mode on %s', (kind) => {
  let app: TestApp;
  let peer: WebPushPeer;
  const clock = manualClock();
  const wsUrl = (token: string) => `${app.url.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(token)}`;

  beforeAll(async () => {
    app = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), clock, allowLoopbackPush: true });
    peer = await startWebPushPeer();
  });
  afterAll(async () => {
    await peer?.stop();
    await app?.stop();
  });

  it('sends a user’s task changes to that user’s open tabs only', async () => {
    const alice = await signUp(app.api, 'Alice');
    const bob = await signUp(app.api, 'Bob');
    const [aliceTab1, aliceTab2, bobTab] = await Promise.all([
      openLive(wsUrl(alice.token)),
      openLive(wsUrl(alice.token)),
      openLive(wsUrl(bob.token)),
    ]);
    for (const tab of [aliceTab1, aliceTab2]) await tab.waitFor((m) => m.type === 'hello' && m.user_id === alice.userId);

    const task = await app.api.post('/api/v1/tasks', { title: 'Call the plumber' }, alice.token);
    for (const tab of [aliceTab1, aliceTab2]) {
      const update = await tab.waitFor((m) => m.type === 'task.updated' && m.event?.task_id === task.body.id);
      expect(update.event).toMatchObject({ event_type: 'created', user_id: alice.userId });
    }
    // Bob's own change, made after Alice's reached her tabs, comes down his socket after anything sent to it before.
    const bobs = await app.api.post('/api/v1/tasks', { title: 'Fix the fence' }, bob.token);
    await bobTab.waitFor((m) => m.type === 'task.updated' && m.event?.task_id === bobs.body.id);
    expect(bobTab.received.filter((m) => m.type !== 'hello').map((m) => m.event?.task_id)).toEqual([bobs.body.id]);
    for (const tab of [aliceTab1, aliceTab2, bobTab]) tab.close();
  });

  it('refuses a WebSocket without valid credentials', async () => {
    await expect(openLive(`${app.url.replace(/^http/, 'ws')}/ws`)).rejects.toThrow('handshake refused');
    await expect(openLive(wsUrl('not-a-token'))).rejects.toThrow('handshake refused');
  });

  it('delivers a reminder by Web Push to the user’s browser and to the open tab, once', async () => {
    const carol = await signUp(app.api, 'Carol');
    const { body: key } = await app.api.get('/api/v1/push/public-key');
    const browser = await peer.subscribe(key.public_key);
    const subscribed = await app.api.post('/api/v1/push/subscribe', { endpoint: browser.endpoint, keys: browser.keys }, carol.token);
    expect(subscribed.status).toBe(201);
    const tab = await openLive(wsUrl(carol.token));

    /** A task whose reminder is a minute ahead, and that minute passed. */
    const remindedTask = async (title: string) => {
      const remindAt = new Date(clock.now().getTime() + 60_000);
      const task = await app.api.post('/api/v1/tasks', { title, reminder_at: remindAt.toISOString() }, carol.token);
      await app.passTime(60_000);
      return { id: task.body.id as number, remindAt };
    };
    const pushes = async () => (await peer.notifications(browser.clientHash)).map((text) => JSON.parse(text) as { task_id: number });

    const cake = await remindedTask('Take the cake out');
    const reminder = await tab.waitFor((m) => m.type === 'reminder' && m.event?.task_id === cake.id);
    expect(reminder.event).toMatchObject({ title: 'Take the cake out', user_id: carol.userId, remind_at: cake.remindAt.toISOString() });
    await expect
      .poll(pushes, { timeout: 10_000 })
      .toEqual([expect.objectContaining({ type: 'reminder', task_id: cake.id, title: 'Take the cake out' })]);

    // Once: a later reminder of Carol's arrives on both ways after anything more for the first would have.
    const kettle = await remindedTask('Put the kettle on');
    await tab.waitFor((m) => m.type === 'reminder' && m.event?.task_id === kettle.id);
    await expect.poll(async () => (await pushes()).length, { timeout: 10_000 }).toBe(2);
    expect((await pushes()).map((push) => push.task_id)).toEqual([cake.id, kettle.id]);
    expect(tab.received.filter((m) => m.type === 'reminder').map((m) => m.event?.task_id)).toEqual([cake.id, kettle.id]);
    tab.close();
  });
});

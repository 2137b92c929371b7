import { signUp, startWebPushPeer, type WebPushPeer } from '@doable/test-kit';
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
  const wsUrl = (token: string) => `${app.url.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(token)}`;

  beforeAll(async () => {
    app = await startTestApp({ kind, postgresUrl: inject('postgresUrl'), reminderMaxSleepMs: 1_000, allowLoopbackPush: true });
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
    await app.settle();
    expect(bobTab.received.filter((m) => m.type !== 'hello')).toEqual([]);
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

    const remindAt = new Date(Date.now() + 2_000);
    const task = await app.api.post('/api/v1/tasks', { title: 'Take the cake out', reminder_at: remindAt.toISOString() }, carol.token);
    const reminder = await tab.waitFor((m) => m.type === 'reminder' && m.event?.task_id === task.body.id);
    expect(reminder.event).toMatchObject({ title: 'Take the cake out', user_id: carol.userId });
    expect(Date.now()).toBeGreaterThanOrEqual(remindAt.getTime());

    await app.settle();
    const pushed = await vi.waitFor(
      async () => {
        const received = await peer.notifications(browser.clientHash);
        if (received.length === 0) throw new Error('nothing pushed to the browser');
        return received;
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(pushed.map((text) => JSON.parse(text))).toEqual([
      expect.objectContaining({ type: 'reminder', task_id: task.body.id, title: 'Take the cake out' }),
    ]);
    tab.close();
  });
});

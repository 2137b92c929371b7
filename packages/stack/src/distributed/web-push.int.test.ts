import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../test-stack.ts';
import { aUser, backend } from './distributed-stack.ts';
import { openLiveSocket } from './live-socket.ts';
import { startWebPushPeer, subscribeBrowser, type WebPushPeer } from './web-push-peer.ts';

interface PushedReminder {
  type: string;
  task_id: number;
  title: string;
  remind_at: string;
}

describe('a due reminder, from the backend’s scheduler to the browser', () => {
  let peer: WebPushPeer;
  beforeAll(async () => {
    peer = await startWebPushPeer();
  });
  afterAll(() => peer?.stop());

  it('is pushed once by Web Push, at its time, and reaches the user’s open tab', async () => {
    const { token, userId } = await aUser('Reminded');
    const browser = await subscribeBrowser(peer, token);

    const tab = await openLiveSocket('websocket-service-1', token);
    try {
      const remindAt = new Date(Date.now() + 3_000);
      const task = await backend(0).post('/api/v1/tasks', { title: 'Take the bins out', reminder_at: remindAt.toISOString() }, token);
      expect(task.status).toBe(201);

      const received = await eventually(
        () => peer.notifications(browser.clientHash),
        (messages) => messages.length > 0,
        20_000,
        100,
      );
      const arrivedAt = Date.now();
      expect(received).toHaveLength(1);
      const pushed = JSON.parse(received[0] ?? '') as PushedReminder;
      expect(pushed).toMatchObject({ type: 'reminder', task_id: task.body.id, title: 'Take the bins out' });
      expect(new Date(pushed.remind_at).getTime()).toBe(remindAt.getTime());
      // A correctness bound (not early, not lost in a retry loop), not a latency target.
      expect(arrivedAt).toBeGreaterThanOrEqual(remindAt.getTime());
      expect(arrivedAt - remindAt.getTime()).toBeLessThan(5_000);

      const live = await tab.waitFor((m) => m.type === 'reminder' && m.event?.task_id === task.body.id, 10_000);
      expect(live.event).toMatchObject({ user_id: userId, title: 'Take the bins out' });

      // Two backend replicas sweep every second: still one push once both have had several chances.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(await peer.notifications(browser.clientHash)).toHaveLength(1);
      expect(tab.messages.filter((m) => m.type === 'reminder')).toHaveLength(1);
    } finally {
      tab.close();
    }
  });
});

import { PoisonMessageError } from '@doable/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aReminderEvent, type LiveServer, openClient, startLiveServer } from '../testing/live-test-kit.ts';

describe('reminders consumer', () => {
  let server: LiveServer;
  beforeAll(async () => {
    server = await startLiveServer();
  });
  afterAll(() => server.stop());

  const deliver = (payload: ReturnType<typeof aReminderEvent> | Record<string, unknown>) => {
    const subscription = server.live.subscriptions.find((candidate) => candidate.topic === 'reminders');
    if (!subscription) throw new Error('no reminders subscription');
    return subscription.handle({ topic: 'reminders', key: String(payload.user_id), eventId: String(payload.event_id), payload });
  };

  it("pushes a reminder to its user's tabs only, once however often it is delivered", async () => {
    const a = await openClient(server.url('token=token-a'));
    const b = await openClient(server.url('token=token-b'));
    const forB = aReminderEvent({ user_id: 'user-b' });
    const forA = aReminderEvent();
    await deliver(forB);
    await deliver(forA);
    await deliver(forA);
    const sentinel = aReminderEvent({ title: 'Call mum' });
    await deliver(sentinel);
    expect(await a.next()).toEqual({ type: 'reminder', event: forA });
    expect(await a.next()).toEqual({ type: 'reminder', event: sentinel });
    expect(await b.next()).toEqual({ type: 'reminder', event: forB });
    a.socket.close();
    b.socket.close();
  });

  it('succeeds when the user has no open socket', async () => {
    await expect(deliver(aReminderEvent({ user_id: 'user-nobody' }))).resolves.toBeUndefined();
  });

  it('rejects a malformed reminder as poison', async () => {
    await expect(deliver({ user_id: 'user-a', title: 42 })).rejects.toBeInstanceOf(PoisonMessageError);
  });
});

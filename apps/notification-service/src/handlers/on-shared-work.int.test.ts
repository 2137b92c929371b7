import { randomUUID } from 'node:crypto';
import { type Database, openDatabase } from '@doable/db';
import { createLogger, PoisonMessageError } from '@doable/platform';
import { createTestDatabase, type PeerSubscription, startWebPushPeer, type WebPushPeer } from '@doable/test-kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createNotificationModule, type NotificationModule } from '../notification-module.ts';
import { as, createPushTestApp } from '../testing/push-test-app.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

function aTaskEvent(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_type: 'updated',
    event_id: randomUUID(),
    timestamp: '2030-01-01T08:00:00.000Z',
    user_id: 'sam',
    actor_id: 'sam',
    actor_name: 'Sam',
    project_id: 3,
    task_id: 42,
    task_data: { title: 'Write the report', completed: false, priority: 'high', tags: [], due_date: null, assignee_id: 'ada' },
    changed_fields: ['assignee_id'],
    ...overrides,
  };
}

function anInvitation(overrides: Record<string, unknown> = {}) {
  return {
    schema_version: 1,
    event_type: 'invitation_created',
    event_id: randomUUID(),
    timestamp: '2030-01-01T08:00:00.000Z',
    actor_id: 'sam',
    actor_name: 'Sam',
    project_id: 3,
    project: { name: 'Groceries', color: '#00aa00', emoji: null, archived: false },
    member: { user_id: 'ada', role: 'editor' },
    ...overrides,
  };
}

describe('Web Push for shared work', () => {
  let database: Database;
  let peer: WebPushPeer;
  let notifications: NotificationModule;
  let app: FastifyInstance;

  beforeAll(async () => {
    peer = await startWebPushPeer();
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    notifications = await createNotificationModule({
      db: database.db,
      logger,
      retry: { attempts: 3, baseDelayMs: 10 },
      allowLoopbackEndpoints: true,
    });
    app = await createPushTestApp(notifications);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await peer?.stop();
  });

  const deliver = (topic: 'task-events' | 'project-events', payload: Record<string, unknown>) => {
    const subscription = notifications.subscriptions.find((candidate) => candidate.topic === topic);
    if (!subscription) throw new Error(`no ${topic} subscription`);
    return subscription.handle({ topic, key: `project:${payload.project_id}`, eventId: String(payload.event_id), payload });
  };

  async function aBrowserOf(userId: string): Promise<PeerSubscription> {
    const browser = await peer.subscribe(notifications.publicKey);
    const response = await app.inject({ method: 'POST', url: '/api/v1/push/subscribe', headers: as(userId), payload: browser });
    expect(response.statusCode).toBe(201);
    return browser;
  }
  const received = async (browser: PeerSubscription) => (await peer.notifications(browser.clientHash)).map((text) => JSON.parse(text));

  it('tells an assignee who assigned them the task, once per event, and nobody else', async () => {
    const ada = await aBrowserOf('ada');
    const sam = await aBrowserOf('sam');
    const assigned = aTaskEvent();
    await deliver('task-events', assigned);
    await deliver('task-events', assigned);
    expect(await received(ada)).toEqual([
      {
        type: 'notification',
        kind: 'task_assigned',
        title: 'Sam assigned you a task',
        body: 'Write the report',
        tag: 'task-42-assigned',
        url: '/?task=42',
        task_id: 42,
        project_id: 3,
      },
    ]);
    expect(await received(sam)).toEqual([]);
  });

  it('pushes nothing for an edit that is no assignment, a self-assignment, a task created unassigned, or a next occurrence', async () => {
    const ada = await aBrowserOf('ada');
    await deliver('task-events', aTaskEvent({ changed_fields: ['priority'] }));
    // Someone completed a recurring task assigned to Ada: its next occurrence keeps her as assignee, which is no news.
    await deliver('task-events', aTaskEvent({ event_type: 'created', changed_fields: undefined, cause: 'next_occurrence' }));
    await deliver('task-events', aTaskEvent({ actor_id: 'ada', user_id: 'ada', actor_name: 'Ada' }));
    await deliver(
      'task-events',
      aTaskEvent({ event_type: 'created', changed_fields: undefined, task_data: { ...aTaskEvent().task_data, assignee_id: null } }),
    );
    // An old event (no actor, no assignee) is no news either.
    await deliver(
      'task-events',
      aTaskEvent({
        actor_id: undefined,
        actor_name: undefined,
        project_id: undefined,
        task_data: { ...aTaskEvent().task_data, assignee_id: undefined },
      }),
    );
    expect(await received(ada)).toEqual([]);
  });

  it('tells a person created with an assignee, naming "Someone" when the event carries no name', async () => {
    const ada = await aBrowserOf('ada');
    await deliver('task-events', aTaskEvent({ event_type: 'created', changed_fields: undefined, actor_name: undefined }));
    expect(await received(ada)).toEqual([expect.objectContaining({ kind: 'task_assigned', title: 'Someone assigned you a task' })]);
  });

  it('tells an invited person who invited them to which project, once per event', async () => {
    const ada = await aBrowserOf('ada');
    const invitation = anInvitation();
    await deliver('project-events', invitation);
    await deliver('project-events', invitation);
    await deliver('project-events', anInvitation({ event_type: 'member_added' }));
    expect(await received(ada)).toEqual([
      {
        type: 'notification',
        kind: 'project_invitation',
        title: 'Sam invited you to Groceries',
        body: 'Open Doable to accept or decline.',
        tag: 'project-3-invitation',
        url: '/',
        project_id: 3,
      },
    ]);
  });

  it('succeeds without pushing when the person allowed no push', async () => {
    await expect(
      deliver('task-events', aTaskEvent({ task_data: { ...aTaskEvent().task_data, assignee_id: 'nobody-subscribed' } })),
    ).resolves.toBeUndefined();
    await expect(
      deliver('project-events', anInvitation({ member: { user_id: 'nobody-subscribed', role: 'viewer' } })),
    ).resolves.toBeUndefined();
  });

  it('rejects malformed events as poison', async () => {
    await expect(deliver('task-events', { event_type: 'updated', project_id: 1 })).rejects.toBeInstanceOf(PoisonMessageError);
    await expect(deliver('project-events', anInvitation({ project: undefined }))).rejects.toBeInstanceOf(PoisonMessageError);
  });
});

import type { Database } from '@doable/db';
import type { BusMessage } from '@doable/platform';
import { PoisonMessageError } from '@doable/platform';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aProjectEvent,
  aTaskEvent,
  type LiveClient,
  type LiveServer,
  openClient,
  openLiveDatabase,
  startLiveServer,
} from '../testing/live-test-kit.ts';

let nextProject = 1_000;

describe('live updates of a shared project, on two replicas of one service', () => {
  let database: Database;
  let one: LiveServer;
  let two: LiveServer;
  beforeAll(async () => {
    database = await openLiveDatabase();
    one = await startLiveServer({ db: database.db });
    two = await startLiveServer({ db: database.db });
  });
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    await database?.close();
  });

  const handler = (server: LiveServer, topic: string, consumer = 'websocket-service') => {
    const subscription = server.live.subscriptions.find((s) => s.topic === topic && s.consumer === consumer);
    if (!subscription) throw new Error(`no ${consumer} subscription to ${topic}`);
    return (payload: Record<string, unknown>) =>
      subscription.handle({ topic, key: `project:${payload.project_id}`, eventId: String(payload.event_id), payload } satisfies BusMessage);
  };
  /** As the bus delivers one task update: to every replica (broadcast). */
  const taskUpdate = async (payload: Record<string, unknown>) => {
    for (const server of [one, two]) await handler(server, 'task-updates')(payload);
  };
  /** As the bus delivers one project event: to one replica's shared consumer, and to every replica's broadcast one. */
  const projectEvent = async (payload: Record<string, unknown>) => {
    await handler(one, 'project-events', 'websocket-service-membership')(payload);
    for (const server of [one, two]) await handler(server, 'project-events')(payload);
  };
  /**
   * 'nothing' when the marker (an update the client must receive, sent after what it must not) is the next message:
   * one socket keeps the order of sends, so no waiting on a clock.
   */
  const nextOrNothing = async (client: LiveClient, marker: () => Promise<void>) => {
    await marker();
    const message = (await client.next()) as { type: string; event?: { task_data?: { title?: string } } };
    return message.event?.task_data?.title === 'marker' ? 'nothing' : message;
  };

  async function sharedProject(members: Record<string, 'owner' | 'editor' | 'viewer'>) {
    const projectId = nextProject++;
    for (const [userId, role] of Object.entries(members)) {
      await projectEvent(aProjectEvent({ project_id: projectId, member: { user_id: userId, role }, timestamp: new Date().toISOString() }));
    }
    return projectId;
  }

  it('delivers a task update to every connected member of the project, on whichever replica they are', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner', 'user-b': 'editor' });
    const a = await openClient(one.url('token=token-a'));
    const b = await openClient(two.url('token=token-b'));
    const c = await openClient(two.url('token=token-c'));
    const event = aTaskEvent({ project_id: projectId, actor_id: 'user-a', user_id: 'user-a', event_type: 'created' });
    await taskUpdate(event);
    expect(await a.next()).toEqual({ type: 'task.updated', event });
    expect(await b.next()).toEqual({ type: 'task.updated', event });
    // user-c is not a member: the next thing they see is an update of their own.
    const own = aTaskEvent({ user_id: 'user-c', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(c, () => taskUpdate(own))).toBe('nothing');
    for (const client of [a, b, c]) client.socket.close();
  });

  it('delivers once per socket when the bus redelivers an update, and a redelivered membership event changes nothing', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner' });
    const added = aProjectEvent({
      project_id: projectId,
      member: { user_id: 'user-b', role: 'viewer' },
      timestamp: '2030-01-02T00:00:00.000Z',
    });
    const removed = aProjectEvent({
      event_type: 'member_removed',
      project_id: projectId,
      member: { user_id: 'user-b', role: 'viewer' },
      timestamp: '2030-01-03T00:00:00.000Z',
    });
    await projectEvent(added);
    await projectEvent(removed);
    // The older event again (a redelivery after the newer one): user-b stays removed.
    await projectEvent(added);
    const b = await openClient(one.url('token=token-b'));
    const a = await openClient(two.url('token=token-a'));
    const event = aTaskEvent({ project_id: projectId, actor_id: 'user-a' });
    await taskUpdate(event);
    await taskUpdate(event);
    const marker = aTaskEvent({ project_id: projectId, actor_id: 'user-a', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await a.next()).toEqual({ type: 'task.updated', event });
    expect(await nextOrNothing(a, () => taskUpdate(marker))).toBe('nothing');
    const own = aTaskEvent({ user_id: 'user-b', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(b, () => taskUpdate(own))).toBe('nothing');
    a.socket.close();
    b.socket.close();
  });

  it('pushes an update whose membership lookup failed once the bus redelivers it', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner', 'user-b': 'editor' });
    const b = await openClient(one.url('token=token-b'));
    const event = aTaskEvent({ project_id: projectId, actor_id: 'user-a', event_type: 'completed' });
    // The view's table away, as when the service's database is down: the delivery fails and the bus retries it.
    await sql`ALTER TABLE live.project_members RENAME TO project_members_away`.execute(database.db);
    try {
      await expect(handler(one, 'task-updates')(event)).rejects.toThrow();
    } finally {
      await sql`ALTER TABLE live.project_members_away RENAME TO project_members`.execute(database.db);
    }
    await handler(one, 'task-updates')(event);
    expect(await b.next()).toEqual({ type: 'task.updated', event });
    b.socket.close();
  });

  it('starts delivering to a member added while their socket is open', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner' });
    const b = await openClient(two.url('token=token-b'));
    await projectEvent(
      aProjectEvent({ project_id: projectId, member: { user_id: 'user-b', role: 'viewer' }, timestamp: new Date().toISOString() }),
    );
    const event = aTaskEvent({ project_id: projectId, actor_id: 'user-a' });
    await taskUpdate(event);
    expect(await b.next()).toEqual({ type: 'task.updated', event });
    b.socket.close();
  });

  it('tells a member removed while connected, at once, and stops delivering that project to them', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner', 'user-b': 'editor' });
    const b = await openClient(two.url('token=token-b'));
    const bOtherTab = await openClient(one.url('token=token-b'));
    await projectEvent(
      aProjectEvent({
        event_type: 'member_removed',
        project_id: projectId,
        member: { user_id: 'user-b', role: 'editor' },
        timestamp: new Date().toISOString(),
      }),
    );
    for (const tab of [b, bOtherTab])
      expect(await tab.next()).toEqual({ type: 'project_removed', project_id: projectId, reason: 'removed' });
    await taskUpdate(aTaskEvent({ project_id: projectId, actor_id: 'user-a' }));
    const own = aTaskEvent({ user_id: 'user-b', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(b, () => taskUpdate(own))).toBe('nothing');
    expect(await bOtherTab.next()).toMatchObject({ event: { task_data: { title: 'marker' } } });
    b.socket.close();
    bOtherTab.socket.close();
  });

  it('stops delivering to a removed member even when only the shared consumer has applied the removal', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner', 'user-b': 'editor' });
    const b = await openClient(two.url('token=token-b'));
    await handler(
      one,
      'project-events',
      'websocket-service-membership',
    )(
      aProjectEvent({
        event_type: 'member_removed',
        project_id: projectId,
        member: { user_id: 'user-b', role: 'editor' },
        timestamp: new Date().toISOString(),
      }),
    );
    await taskUpdate(aTaskEvent({ project_id: projectId, actor_id: 'user-a' }));
    const own = aTaskEvent({ user_id: 'user-b', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(b, () => taskUpdate(own))).toBe('nothing');
    b.socket.close();
  });

  it('tells every member when the project is deleted, and delivers its later task events to the actor only', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner', 'user-b': 'viewer' });
    const a = await openClient(one.url('token=token-a'));
    const b = await openClient(two.url('token=token-b'));
    await projectEvent(
      aProjectEvent({ event_type: 'project_deleted', project_id: projectId, member: undefined, timestamp: new Date().toISOString() }),
    );
    for (const client of [a, b]) expect(await client.next()).toEqual({ type: 'project_removed', project_id: projectId, reason: 'deleted' });
    const deleted = aTaskEvent({ project_id: projectId, actor_id: 'user-a', event_type: 'deleted' });
    await taskUpdate(deleted);
    expect(await a.next()).toEqual({ type: 'task.updated', event: deleted });
    const own = aTaskEvent({ user_id: 'user-b', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(b, () => taskUpdate(own))).toBe('nothing');
    a.socket.close();
    b.socket.close();
  });

  it('tells the members of the project a task left, and of the one it joined', async () => {
    const from = await sharedProject({ 'user-a': 'owner', 'user-b': 'viewer' });
    const to = await sharedProject({ 'user-a': 'owner', 'user-c': 'editor' });
    const b = await openClient(one.url('token=token-b'));
    const c = await openClient(two.url('token=token-c'));
    const moved = aTaskEvent({ project_id: to, previous_project_id: from, actor_id: 'user-a', changed_fields: ['project_id'] });
    await taskUpdate(moved);
    expect(await b.next()).toEqual({ type: 'task.updated', event: moved });
    expect(await c.next()).toEqual({ type: 'task.updated', event: moved });
    b.socket.close();
    c.socket.close();
  });

  it('sends an event written before projects (no project_id) to its user only', async () => {
    await sharedProject({ 'user-a': 'owner', 'user-b': 'editor' });
    const a = await openClient(one.url('token=token-a'));
    const b = await openClient(two.url('token=token-b'));
    const old = aTaskEvent({ user_id: 'user-a' });
    await taskUpdate(old);
    expect(await a.next()).toEqual({ type: 'task.updated', event: old });
    const own = aTaskEvent({ user_id: 'user-b', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(b, () => taskUpdate(own))).toBe('nothing');
    a.socket.close();
    b.socket.close();
  });

  it('reaches the actor’s own tabs before the membership event of a new project has arrived', async () => {
    const a = await openClient(two.url('token=token-a'));
    const event = aTaskEvent({ project_id: nextProject++, actor_id: 'user-a', event_type: 'created' });
    await taskUpdate(event);
    expect(await a.next()).toEqual({ type: 'task.updated', event });
    a.socket.close();
  });

  it('does not send a member who left the task updates their leaving caused, though they are the actor', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner', 'user-b': 'editor' });
    const a = await openClient(one.url('token=token-a'));
    const b = await openClient(two.url('token=token-b'));
    await projectEvent(
      aProjectEvent({
        event_type: 'member_removed',
        project_id: projectId,
        actor_id: 'user-b',
        member: { user_id: 'user-b', role: 'editor' },
        timestamp: new Date().toISOString(),
      }),
    );
    expect(await b.next()).toEqual({ type: 'project_removed', project_id: projectId, reason: 'removed' });
    // Leaving unassigned b's task: an update whose actor is b.
    const unassigned = aTaskEvent({ project_id: projectId, actor_id: 'user-b', user_id: 'user-b', changed_fields: ['assignee_id'] });
    await taskUpdate(unassigned);
    expect(await a.next()).toEqual({ type: 'task.updated', event: unassigned });
    const own = aTaskEvent({ user_id: 'user-b', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(b, () => taskUpdate(own))).toBe('nothing');
    a.socket.close();
    b.socket.close();
  });

  it('tells an assignee who did it when someone else assigns them a task, once, and not for their own assignment', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner', 'user-b': 'editor' });
    const b = await openClient(two.url('token=token-b'));
    const assigned = aTaskEvent({
      project_id: projectId,
      actor_id: 'user-a',
      actor_name: 'Sam',
      changed_fields: ['assignee_id'],
      task_data: { ...aTaskEvent().task_data, title: 'Write the report', assignee_id: 'user-b' },
    });
    await taskUpdate(assigned);
    await taskUpdate(assigned);
    expect(await b.next()).toEqual({ type: 'task.updated', event: assigned });
    expect(await b.next()).toEqual({
      type: 'notification',
      notification: {
        kind: 'task_assigned',
        event_id: assigned.event_id,
        actor: { user_id: 'user-a', name: 'Sam' },
        project_id: projectId,
        task_id: assigned.task_id,
        title: 'Write the report',
      },
    });
    // An edit of another field of the assigned task, and b assigning themselves: updates, no notification.
    const edited = aTaskEvent({
      project_id: projectId,
      actor_id: 'user-a',
      task_data: { ...aTaskEvent().task_data, assignee_id: 'user-b' },
    });
    const self = aTaskEvent({
      project_id: projectId,
      actor_id: 'user-b',
      user_id: 'user-b',
      changed_fields: ['assignee_id'],
      task_data: { ...aTaskEvent().task_data, assignee_id: 'user-b' },
    });
    await taskUpdate(edited);
    await taskUpdate(self);
    expect(await b.next()).toMatchObject({ type: 'task.updated', event: { event_id: edited.event_id } });
    expect(await b.next()).toMatchObject({ type: 'task.updated', event: { event_id: self.event_id } });
    const created = aTaskEvent({
      event_type: 'created',
      project_id: projectId,
      actor_id: 'user-a',
      changed_fields: undefined,
      task_data: { ...aTaskEvent().task_data, assignee_id: 'user-b' },
    });
    await taskUpdate(created);
    expect(await b.next()).toMatchObject({ type: 'task.updated' });
    expect(await b.next()).toMatchObject({
      type: 'notification',
      notification: { kind: 'task_assigned', actor: { user_id: 'user-a', name: null } },
    });
    b.socket.close();
  });

  it('tells an invited user with an account who invited them, on their open tabs', async () => {
    const projectId = await sharedProject({ 'user-a': 'owner' });
    const b = await openClient(one.url('token=token-b'));
    const invitation = aProjectEvent({
      event_type: 'invitation_created',
      project_id: projectId,
      actor_id: 'user-a',
      actor_name: 'Sam',
      member: { user_id: 'user-b', role: 'viewer' },
      timestamp: new Date().toISOString(),
    });
    await projectEvent(invitation);
    await projectEvent(invitation);
    expect(await b.next()).toEqual({
      type: 'notification',
      notification: {
        kind: 'project_invitation',
        event_id: invitation.event_id,
        actor: { user_id: 'user-a', name: 'Sam' },
        project_id: projectId,
        project_name: 'Groceries',
        role: 'viewer',
      },
    });
    // An invitation is not membership: the invited user receives nothing of the project yet.
    await taskUpdate(aTaskEvent({ project_id: projectId, actor_id: 'user-a' }));
    const own = aTaskEvent({ user_id: 'user-b', task_data: { ...aTaskEvent().task_data, title: 'marker' } });
    expect(await nextOrNothing(b, () => taskUpdate(own))).toBe('nothing');
    b.socket.close();
  });

  it('rejects a malformed project event as poison', async () => {
    await expect(handler(one, 'project-events')({ event_type: 'member_added', project_id: 1 })).rejects.toBeInstanceOf(PoisonMessageError);
    await expect(handler(one, 'project-events', 'websocket-service-membership')(aProjectEvent({ event_id: 'x' }))).rejects.toThrow(
      /not a project event/,
    );
  });
});

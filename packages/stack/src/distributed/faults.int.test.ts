import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ProjectList } from '@doable/contracts';
import { FUTURE_YEAR } from '@doable/test-kit';
import { afterEach, describe, expect, it } from 'vitest';
import { startKafka, stopKafka } from '../kafka.ts';
import { findPostgresBinDir } from '../postgres.ts';
import { eventually, findOnTopic, sidecar, stackInfo } from '../test-stack.ts';
import { aUser, backend, sidecarHeaders, startPod, stopPod } from './distributed-stack.ts';
import { readTopic } from './topic-reader.ts';
import { startWebPushPeer, subscribeBrowser } from './web-push-peer.ts';

function restartKafka() {
  const { runDir, logDir, kafka } = stackInfo();
  return startKafka({
    runDir,
    logDir,
    port: Number(kafka.bootstrap.split(':')[1]),
    controllerPort: kafka.controllerPort,
    internalPort: kafka.internalPort,
    credentials: kafka.credentials,
    log: () => {},
  });
}

const pods = ['todo-backend-0', 'todo-backend-1', 'recurring-task-service-0'];

/** Runs one statement on the stack's PostgreSQL, where the backend keeps its tables. */
function sql(query: string): string {
  const url = new URL(stackInfo().postgres.url);
  const database = url.pathname.slice(1) || 'postgres';
  const args = ['-h', url.hostname, '-p', url.port, '-U', decodeURIComponent(url.username) || 'postgres', '-d', database, '-Atc', query];
  return execFileSync(join(findPostgresBinDir(), 'psql'), args, { encoding: 'utf8' }).trim();
}

const historyTypes = async (taskId: number, token: string): Promise<string[]> => {
  const res = await backend(1).get(`/api/v1/tasks/${taskId}/history`, token);
  return res.status === 200 ? res.body.items.map((e: { event_type: string }) => e.event_type) : [];
};

const occurrencesOf = async (parentIds: number[], token: string) => {
  const items = (await backend(0).get('/api/v1/tasks?status=all&limit=100', token)).body.items as { recurring_parent_id: number | null }[];
  return parentIds.map((id) => items.filter((t) => t.recurring_parent_id === id).length);
};

describe('the distributed stack under faults', () => {
  // Whatever a test stopped runs again before the next one (each start is a no-op when it already runs).
  const restoreAll = async () => {
    await restartKafka();
    await Promise.all(pods.map(startPod));
  };
  afterEach(restoreAll, 180_000);

  it('loses no task event while Kafka is down: the outbox delivers each once when it is back', async () => {
    const { token } = await aUser();
    expect(await stopKafka(stackInfo().runDir)).toBe(true);
    const ids: number[] = [];
    for (let n = 1; n <= 5; n++) {
      const res = await backend(0).post('/api/v1/tasks', { title: `Written while Kafka is down ${n}` }, token);
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    await restartKafka();

    const histories = await eventually(
      () => Promise.all(ids.map((id) => historyTypes(id, token))),
      (all) => all.every((types) => types.length > 0),
      90_000,
      1_000,
    );
    expect(histories).toEqual(ids.map(() => ['created']));
  });

  /** Five daily tasks of a new user; completes the first two, then the rest while the recurring service is down. */
  async function completeAcrossRecurringRestart(whileDown: (userId: string) => Promise<unknown> = async () => {}) {
    const { token, userId } = await aUser();
    const ids: number[] = [];
    for (let n = 1; n <= 5; n++) {
      const res = await backend(0).post(
        '/api/v1/tasks',
        { title: `Stretch ${n}`, recurring: 'daily', due_date: `${FUTURE_YEAR}-03-01T09:00:00Z` },
        token,
      );
      ids.push(res.body.id);
    }
    const complete = async (id: number) => expect((await backend(0).patch(`/api/v1/tasks/${id}/complete`, {}, token)).status).toBe(200);
    await complete(ids[0] as number);
    await complete(ids[1] as number);
    expect(await stopPod('recurring-task-service-0')).toBe(true);
    for (const id of ids.slice(2)) await complete(id);
    await whileDown(userId);
    await startPod('recurring-task-service-0');
    return { token, userId, ids };
  }

  const deadLetteredCompletions = async (userId: string) =>
    (await readTopic('task-events-dlq'))
      .map((v) => (v as { data?: { user_id?: string; event_type?: string; task_id?: number } }).data)
      .filter((e) => e?.user_id === userId && e.event_type === 'completed')
      .map((e) => e?.task_id);

  async function expectOneOccurrenceEach(token: string, userId: string, ids: number[]) {
    // Settled: every occurrence is there, or a completion went to the dead-letter topic and never will be.
    await eventually(
      async () => ({ counts: await occurrencesOf(ids, token), lost: await deadLetteredCompletions(userId) }),
      ({ counts, lost }) => counts.every((n) => n >= 1) || lost.length > 0,
      60_000,
      1_000,
    );
    expect(await deadLetteredCompletions(userId)).toEqual([]);
    expect(await occurrencesOf(ids, token)).toEqual([1, 1, 1, 1, 1]);
    // A later completion of the same user's is handled after any redelivery of the earlier ones: the user's events
    // share a partition, which the recurring service consumes in order.
    const later = await backend(0).post(
      '/api/v1/tasks',
      { title: 'Stretch later', recurring: 'daily', due_date: `${FUTURE_YEAR}-03-01T09:00:00Z` },
      token,
    );
    expect((await backend(0).patch(`/api/v1/tasks/${later.body.id}/complete`, {}, token)).status).toBe(200);
    const [laterCount] = await eventually(
      () => occurrencesOf([later.body.id], token),
      ([n]) => (n ?? 0) >= 1,
      60_000,
      500,
    );
    expect(laterCount).toBe(1);
    expect(await occurrencesOf(ids, token)).toEqual([1, 1, 1, 1, 1]);
  }

  it('makes exactly one next occurrence per completion across a quick restart of the recurring service', async () => {
    const { token, userId, ids } = await completeAcrossRecurringRestart();
    await expectOneOccurrenceEach(token, userId, ids);
  });

  // The sidecar keeps redelivering for about 3 minutes (resiliency.yaml), longer than a pod restart takes.
  it('makes exactly one next occurrence per completion when the recurring service is down for seconds', async () => {
    // Down as long as a pod restart may take (20 s), or until a completion has been dead-lettered.
    const { token, userId, ids } = await completeAcrossRecurringRestart((owner) =>
      eventually(
        () => deadLetteredCompletions(owner),
        (lost) => lost.length > 0,
        20_000,
        1_000,
      ),
    );
    await expectOneOccurrenceEach(token, userId, ids);
  });

  it('dead-letters a poison message and keeps its partition flowing', async () => {
    const { token } = await aUser();
    const marker = randomUUID();
    // Same partition key as the events of the user's Inbox, so a stuck poison message would hold them back.
    const inbox = (await backend(0).get<ProjectList>('/api/v1/projects', token)).body.items.find((project) => project.is_inbox);
    const partitionKey = `project:${inbox?.id}`;
    const published = await fetch(
      `http://127.0.0.1:${sidecar('todo-backend-0').httpPort}/v1.0/publish/kafka-pubsub/task-events?metadata.partitionKey=${encodeURIComponent(partitionKey)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sidecarHeaders() },
        body: JSON.stringify({ marker, note: 'not a task event' }),
      },
    );
    expect(published.status).toBe(204);
    const task = await backend(0).post('/api/v1/tasks', { title: 'After the poison' }, token);
    expect(task.status).toBe(201);

    const dead = await findOnTopic('task-events-dlq', (v) => (v as { data?: { marker?: string } }).data?.marker === marker, 60_000);
    expect(dead.message.key?.toString()).toBe(partitionKey);
    const types = await eventually(
      () => historyTypes(task.body.id, token),
      (t) => t.length > 0,
      60_000,
      500,
    );
    expect(types).toEqual(['created']);
  });

  it('fires a reminder that came due while every backend was down once, after they are back', async () => {
    const peer = await startWebPushPeer();
    try {
      const { token } = await aUser();
      const browser = await subscribeBrowser(peer, token);

      // An hour ahead, so neither backend can fire it before both are stopped; its time comes while they are down:
      // the row's reminder is moved into the past, as the clock passing it would.
      const task = await backend(0).post(
        '/api/v1/tasks',
        { title: 'Due while down', reminder_at: new Date(Date.now() + 3_600_000).toISOString() },
        token,
      );
      expect(task.status).toBe(201);
      await Promise.all([stopPod('todo-backend-0'), stopPod('todo-backend-1')]);
      const moved = sql(
        `with moved as (update backend.tasks set reminder_at = now() - interval '1 second' where id = ${Number(task.body.id)} and reminder_sent_at is null returning id) select id from moved`,
      );
      expect(moved).toBe(String(task.body.id));
      await Promise.all([startPod('todo-backend-0'), startPod('todo-backend-1')]);

      const pushed = await eventually(
        () => peer.notifications(browser.clientHash),
        (messages) => messages.length > 0,
        30_000,
        250,
      );
      expect(pushed.map((m) => JSON.parse(m).task_id)).toEqual([task.body.id]);
      // Once: reminders of the same user's due at once, made through each replica after both swept (each sweeps after
      // its own commit), reach the browser after anything more for the first would have (one partition, in order).
      const later = await Promise.all(
        [0, 1].map(async (replica) => {
          const res = await backend(replica).post(
            '/api/v1/tasks',
            { title: `Due now ${replica}`, reminder_at: new Date().toISOString() },
            token,
          );
          expect(res.status).toBe(201);
          return res.body.id as number;
        }),
      );
      const all = await eventually(
        () => peer.notifications(browser.clientHash),
        (messages) => messages.length >= 3,
        30_000,
        250,
      );
      const ascending = (ids: number[]) => [...ids].sort((a, b) => a - b);
      expect(ascending(all.map((m) => JSON.parse(m).task_id))).toEqual(ascending([task.body.id, ...later]));
      const onTopic = (await readTopic('reminders')).filter((v) => (v as { data?: { task_id?: number } }).data?.task_id === task.body.id);
      expect(onTopic).toHaveLength(1);
    } finally {
      await peer.stop();
    }
  });
});

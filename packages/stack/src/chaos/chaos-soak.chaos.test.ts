import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApiClient, type PeerSubscription, seededRandom, signUp, startWebPushPeer, type WebPushPeer } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTopicRecords } from '../distributed/topic-reader.ts';
import { subscribeBrowser } from '../distributed/web-push-peer.ts';
import { repoRoot } from '../paths.ts';
import { chaosSettings } from './chaos-settings.ts';
import { type ChaosStack, startChaosStack } from './chaos-stack.ts';
import { deliveredSince, readDatabase } from './database-state.ts';
import { type Episode, overlappingFaults, randomEpisode, restartGroups, singleFaults } from './fault-plan.ts';
import { backlogDrainedAfterMs, type EpisodeRecord, figuresLine, type SoakFigures, writeFigures } from './figures.ts';
import {
  checkAcknowledgedWrites,
  checkAuditLog,
  checkRecurrences,
  checkReminders,
  checkTopic,
  type Findings,
  mergeFindings,
  stillSettling,
  viewDifferences,
} from './invariants.ts';
import { LiveClient } from './live-client.ts';
import { type ReadinessWatch, watchReadiness } from './readiness-watch.ts';
import { type ChaosUser, listAllTasks, startTraffic, type Traffic } from './traffic.ts';

const settings = chaosSettings();
const seed = settings.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31);
const random = seededRandom(seed);

/**
 * N: every service answers `/readyz` 200 within this long after the last part an episode killed is back. A service
 * turns ready on its next probe once its database answers (a pool replaces a lost connection on first use, within
 * the 5 s connection timeout) and its sidecar is healthy (a restarted sidecar is waited for until its components are
 * up). A few seconds, then, on a quiet machine; this one is a busy 2-core box where fourteen processes, a JVM
 * recovering its log and the soak's own traffic share the CPUs, so the bound is six times the connection timeout.
 */
const READY_BOUND_MS = 30_000;
// Six users, each with its own partition key: the relay publishes one key's events one after another, so more users
// drain a backlog faster. Each has a tab open, on the replicas in turn.
const USERS = 6;
const log = (line: string) => console.log(`[chaos] ${line}`);

describe('the distributed stack under a chaos soak', () => {
  let stack: ChaosStack;
  let readiness: ReadinessWatch;
  let peer: WebPushPeer;
  const started = Date.now();

  beforeAll(async () => {
    stack = await startChaosStack(log);
    log(`stack up in ${(stack.info.startedInMs / 1000).toFixed(1)} s`);
    readiness = watchReadiness(stack.pods, stack.url);
    peer = await startWebPushPeer();
  }, 300_000);
  afterAll(async () => {
    await readiness?.stop();
    await peer?.stop();
    await stack?.stop();
  }, 120_000);

  /** A ready replica of `app`, taking turns; any replica when none is ready (the request then fails, as it would). */
  let turn = 0;
  const replicaOf = (app: string, prefer?: number) => {
    const replicas = [0, 1].map((n) => `${app}-${n}`);
    const ready = replicas.filter((pod) => readiness.isReady(pod));
    const pool = ready.length > 0 ? ready : replicas;
    const preferred = prefer === undefined ? undefined : pool.find((pod) => pod.endsWith(`-${prefer}`));
    return preferred ?? (pool[turn++ % pool.length] as string);
  };
  const backendUrl = () => stack.url(replicaOf('todo-backend'));

  /** Polls `check` until it returns true or `boundMs` passed; resolves with the time it held, else undefined. */
  async function when(check: () => Promise<boolean>, boundMs: number): Promise<number | undefined> {
    const deadline = Date.now() + boundMs;
    while (Date.now() <= deadline) {
      if (await check().catch(() => false)) return Date.now();
      await sleep(250);
    }
    return undefined;
  }

  const readinessMisses: string[] = [];
  async function runEpisode(episode: Episode): Promise<EpisodeRecord> {
    log(`${new Date().toISOString()} fault: ${episode.name}: SIGKILL ${episode.kills.join(', ')}`);
    for (const [n, part] of episode.kills.entries()) {
      if (n > 0) await sleep(random.between(1_000, 2_000));
      await stack.kill(part);
    }
    await sleep(random.between(2_000, 4_000));
    for (const group of restartGroups(episode.kills)) await Promise.all(group.map((part) => stack.restart(part)));
    const back = Date.now();
    const readyAt = await readiness.allReadyWithin(READY_BOUND_MS);
    if (readyAt === undefined)
      readinessMisses.push(`${episode.name}: not every service ready ${READY_BOUND_MS / 1000} s after the restart`);
    // The backlog drains while the soak goes on; how long it took is read from the outbox at the end.
    const publishingAt = await when(() => deliveredSince(stack.info.postgres.url, new Date(back)), 60_000);
    const record = {
      name: episode.name,
      tests: episode.tests,
      kills: episode.kills,
      backAt: back,
      readyAfterMs: readyAt === undefined ? undefined : readyAt - back,
      publishingAfterMs: publishingAt === undefined ? undefined : publishingAt - back,
    };
    log(`  back: ready after ${record.readyAfterMs} ms, publishing after ${record.publishingAfterMs} ms`);
    return record;
  }

  it(
    'loses, duplicates and reorders nothing while its parts are killed and restarted, and every service recovers by itself',
    async () => {
      const api = createApiClient(stack.url('todo-backend-0'));
      const users: ChaosUser[] = [];
      const browsers = new Map<string, PeerSubscription>();
      for (let n = 1; n <= USERS; n++) {
        const { token, userId } = await signUp(api, `User ${n}`);
        users.push({ name: `u${n}`, token, userId });
        browsers.set(userId, await subscribeBrowser(peer, token, stack.url('notification-service-0')));
      }
      const clients = users.map(
        (user, n) =>
          new LiveClient({
            token: user.token,
            socketUrl: () =>
              `ws://127.0.0.1:${stack.sidecarOf(replicaOf('websocket-service', n % 2)).appPort}/ws?token=${encodeURIComponent(user.token)}`,
            fetchAll: () => listAllTasks(backendUrl, user.token),
          }),
      );
      const tabs = clients.map((client, n) => ({ client, userId: (users[n] as ChaosUser).userId }));
      for (const client of clients) client.start();
      expect(await when(async () => clients.every((c) => c.connected), 30_000)).toBeDefined();

      const soakStarted = Date.now();
      const traffic: Traffic = startTraffic({
        users,
        randomFor: (user) => seededRandom(seed + users.indexOf(user) + 1),
        backendUrl,
      });
      const episodes: EpisodeRecord[] = [];
      try {
        // Every fault once, alone and then overlapping; then random ones while the soak lasts.
        for (const episode of [...singleFaults, ...overlappingFaults]) {
          await sleep(random.between(1_000, 2_000));
          episodes.push(await runEpisode(episode));
        }
        while (Date.now() - soakStarted < settings.CHAOS_SOAK_SECONDS * 1000 - 30_000) {
          await sleep(random.between(1_000, 5_000));
          episodes.push(await runEpisode(randomEpisode(random)));
        }
        await sleep(Math.max(0, soakStarted + settings.CHAOS_SOAK_SECONDS * 1000 - Date.now()));
      } finally {
        await traffic.stop();
      }
      const trafficEnded = Date.now();
      log(`traffic stopped: ${JSON.stringify(traffic.figures())}`);

      // Every reminder created is due 5 s after the traffic stopped at the latest.
      const dueBy = new Date(trafficEnded + 5_000);
      const pushes = async () =>
        new Map(
          await Promise.all(
            users.map(
              async (u) =>
                [
                  u.userId,
                  (await peer.notifications(browsers.get(u.userId)?.clientHash ?? '')).map((m) => JSON.parse(m).task_id as number),
                ] as const,
            ),
          ),
        );
      let waiting: string[] = [];
      const settled = await when(async () => {
        waiting = stillSettling(await readDatabase(stack.info.postgres.url), await pushes(), tabs, dueBy);
        return waiting.length === 0;
      }, 180_000);
      log(settled ? `settled ${((settled - trafficEnded) / 1000).toFixed(1)} s after the traffic` : `not settled: ${waiting.join(', ')}`);
      // Anything redelivered late would have landed by now.
      await sleep(3_000);

      const db = await readDatabase(stack.info.postgres.url);
      for (const episode of episodes) episode.drainedAfterMs = backlogDrainedAfterMs(db, episode.backAt);
      // Crashes that can cut off a publish's answer: the broker's, a backend replica's (the relay), a backend's sidecar's.
      const crashes = stack.killed.filter((k) => k.part === 'kafka' || /^(daprd:)?todo-backend-/.test(k.part)).map((k) => k.at);
      const taskEventRecords = await readTopicRecords(stack.info, 'task-events', 60_000);
      const pushed = await pushes();
      const findings: Findings = mergeFindings(
        checkAcknowledgedWrites(traffic.tasks.values(), traffic.unacknowledgedCreates, db),
        checkTopic('task-events', db, taskEventRecords, crashes),
        checkAuditLog(db),
        checkRecurrences(db),
        checkTopic('reminders', db, await readTopicRecords(stack.info, 'reminders', 60_000), crashes),
        checkReminders(db, pushed, dueBy),
      );
      const diverged = tabs.flatMap(({ client, userId }, n) => {
        const differences = viewDifferences(
          client.view,
          db.tasks.filter((t) => t.user_id === userId),
        );
        return differences.length > 0 || !client.connected
          ? [`client ${n} (${client.connected ? 'connected' : 'not connected'}): ${differences.slice(0, 5).join('; ')}`]
          : [];
      });
      for (const client of clients) client.stop();

      const figures: SoakFigures = {
        seed,
        soakSeconds: Math.round((trafficEnded - soakStarted) / 1000),
        traffic: traffic.figures(),
        episodes,
        liveClients: clients.length,
        reconnections: clients.reduce((n, c) => n + c.connections - 1, 0),
        checked: {
          taskEvents: db.outbox.filter((row) => row.topic === 'task-events').length,
          taskEventRecords: taskEventRecords.length,
          auditEntries: db.auditEventIds.length,
          recurringCompletions: db.tasks.filter((t) => t.recurring && t.completed).length,
          remindersDue: db.tasks.filter((t) => t.reminder_at && t.reminder_at <= dueBy && !t.completed).length,
          pushes: [...pushed.values()].reduce((n, ids) => n + ids.length, 0),
        },
        lost: findings.lost.length,
        duplicated: findings.duplicated.length,
        resentAfterCrash: findings.resent.length,
        wallSeconds: (Date.now() - started) / 1000,
      };
      log(figuresLine(figures));
      writeFigures(join(repoRoot, 'reports', 'chaos.json'), figures);

      if (findings.resent.length > 0) log(`re-sent after a crash: ${findings.resent.join('; ')}`);
      // One comparison, so that a failure shows every broken invariant at once.
      expect({
        lost: findings.lost,
        duplicated: findings.duplicated,
        outOfOrderMisplacedOrUnasked: findings.wrong,
        clientsNotConverged: diverged,
        answersOtherThanSuccess503OrNone: traffic.unexpected,
        processesDiedUnkilled: stack.unexpectedExits(),
        [`notReadyWithin${READY_BOUND_MS / 1000}s`]: readinessMisses,
      }).toEqual({
        lost: [],
        duplicated: [],
        outOfOrderMisplacedOrUnasked: [],
        clientsNotConverged: [],
        answersOtherThanSuccess503OrNone: [],
        processesDiedUnkilled: [],
        [`notReadyWithin${READY_BOUND_MS / 1000}s`]: [],
      });
    },
    (settings.CHAOS_SOAK_SECONDS + 900) * 1000,
  );
});

import { randomUUID } from 'node:crypto';
import { type Database, openDatabase } from '@doable/db';
import { type BusMessage, createLogger, createMetrics } from '@doable/platform';
import { createTestDatabase } from '@doable/test-kit';
import { type KyselyPlugin, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables } from '../database/executor.ts';
import { enqueue, outboxRepository } from './outbox.ts';
import { OutboxRelay } from './outbox-relay.ts';

const logger = createLogger({ name: 'test', level: 'silent' });

describe('OutboxRelay', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
  });
  afterAll(() => database.close());

  it('counts each row it hands to the publisher by topic, and the outbox gauges read what is left', async () => {
    const db = backendTables(database.db);
    const metrics = createMetrics();
    metrics.watchOutbox({
      pending: () => outboxRepository.countPending(db),
      oldestPendingSeconds: () => outboxRepository.oldestPendingSeconds(db, new Date()),
    });
    await enqueue(db, [
      { topic: 'task-events', key: 'u1', payload: { n: 1 } },
      { topic: 'task-events', key: 'u1', payload: { n: 2 } },
      { topic: 'reminders', key: 'u2', payload: { n: 3 } },
    ]);
    expect(await metrics.registry.metrics()).toContain('doable_outbox_pending 3');
    expect(await outboxRepository.oldestPendingSeconds(db, new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(59);

    const published: BusMessage[] = [];
    const relay = new OutboxRelay({ db, publisher: { publish: async (m) => void published.push(m) }, logger, metrics });
    relay.start();
    await relay.idle();
    await relay.stop();

    expect(published).toHaveLength(3);
    const text = await metrics.registry.metrics();
    expect(text).toContain('doable_events_published_total{topic="task-events"} 2');
    expect(text).toContain('doable_events_published_total{topic="reminders"} 1');
    expect(text).toContain('doable_outbox_pending 0');
    expect(text).toContain('doable_outbox_oldest_pending_seconds 0');
  });

  it("publishes different users' events side by side, each user's in order, and holds back only the user whose publish failed", async () => {
    const db = backendTables(database.db);
    await enqueue(
      db,
      [1, 2, 3].flatMap((n) => [
        { topic: 'task-events', key: 'ann', payload: { n } },
        { topic: 'task-events', key: 'bob', payload: { n } },
      ]),
    );
    const published: { key: string; n: number }[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    let bobFailed = false;
    const relay = new OutboxRelay({
      db,
      logger,
      pollIntervalMs: 100,
      publisher: {
        publish: async (message) => {
          const n = (message.payload as { n: number }).n;
          inFlight++;
          mostInFlight = Math.max(mostInFlight, inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight--;
          if (message.key === 'bob' && n === 2 && !bobFailed) {
            bobFailed = true;
            throw new Error('broker unavailable');
          }
          published.push({ key: message.key, n });
        },
      },
    });
    relay.start();
    await expect.poll(() => published.length, { timeout: 10_000 }).toBe(6);
    await relay.stop();

    expect(mostInFlight).toBe(2);
    expect(published.filter((p) => p.key === 'ann').map((p) => p.n)).toEqual([1, 2, 3]);
    // Bob's 3 waited for his 2 to be retried; nothing was published twice.
    expect(published.filter((p) => p.key === 'bob').map((p) => p.n)).toEqual([1, 2, 3]);
    expect(await outboxRepository.countPending(db)).toBe(0);
  });

  it('publishes in bulk requests of one event per user where the publisher can, and retries only the refused events', async () => {
    const db = backendTables(database.db);
    await enqueue(
      db,
      [1, 2].flatMap((n) => ['ann', 'bob', 'cy'].map((key) => ({ topic: 'task-events', key, payload: { n } }))),
    );
    const requests: { key: string; n: number }[][] = [];
    let refusedOnce = false;
    const relay = new OutboxRelay({
      db,
      logger,
      pollIntervalMs: 100,
      publisher: {
        publish: async () => {
          throw new Error('one at a time is not used when bulk is there');
        },
        publishBulk: async (_topic, messages) => {
          requests.push(messages.map((message) => ({ key: message.key, n: (message.payload as { n: number }).n })));
          const bob1 = messages.find((message) => message.key === 'bob' && (message.payload as { n: number }).n === 1);
          if (bob1 && !refusedOnce) {
            refusedOnce = true;
            return [{ message: bob1, error: 'broker unavailable' }];
          }
          return [];
        },
      },
    });
    relay.start();
    await expect.poll(() => outboxRepository.countPending(db), { timeout: 10_000 }).toBe(0);
    await relay.stop();

    for (const request of requests) expect(new Set(request.map((m) => m.key)).size).toBe(request.length);
    const sent = requests.flat();
    // Ann and Cy went in two requests; Bob's 2 waited for his refused 1, which alone was sent again.
    expect(requests[0]).toHaveLength(3);
    expect(sent.filter((m) => m.key === 'ann').map((m) => m.n)).toEqual([1, 2]);
    expect(sent.filter((m) => m.key === 'cy').map((m) => m.n)).toEqual([1, 2]);
    expect(sent.filter((m) => m.key === 'bob').map((m) => m.n)).toEqual([1, 1, 2]);
  });

  it('renews its lease once a third of its lifetime has passed, not for every batch, and reads no second batch after a short one', async () => {
    const statements: string[] = [];
    const recorder: KyselyPlugin = {
      transformQuery: (args) => {
        statements.push(JSON.stringify(args.node));
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const db = backendTables(database.db);
    const published: number[] = [];
    let now = 0;
    const relay = new OutboxRelay({
      db: db.withPlugin(recorder),
      publisher: { publish: async (message) => void published.push((message.payload as { n: number }).n) },
      logger,
      now: () => now,
    });
    const renewals = () => statements.filter((statement) => statement.includes('backend.leases')).length;
    const reads = () => statements.filter((statement) => statement.includes('"kind":"SelectQueryNode"')).length;
    const writeAndWake = async (n: number) => {
      await enqueue(db, [{ topic: 'task-events', key: 'lease-user', payload: { n } }]);
      relay.wake();
      await relay.idle();
    };

    relay.start();
    await relay.idle();
    expect([renewals(), reads()]).toEqual([1, 1]);
    await writeAndWake(1);
    now = 4_999;
    await writeAndWake(2);
    // Each short batch was read once, under the lease renewed at the start.
    expect([renewals(), reads()]).toEqual([1, 3]);
    now = 5_000;
    await writeAndWake(3);
    expect([renewals(), reads()]).toEqual([2, 4]);
    await relay.stop();
    expect(published).toEqual([1, 2, 3]);
  });

  it('keeps delivered rows a week by the database clock and prunes the older ones once an hour by its own clock', async () => {
    const db = backendTables(database.db);
    const deliveredDaysAgo = async (days: number) => {
      const eventId = randomUUID();
      await enqueue(db, [{ topic: 'task-events', key: 'prune-user', eventId, payload: { days } }]);
      await sql`update backend.outbox set delivered_at = now() - make_interval(days => ${days}) where event_id = ${eventId}`.execute(
        database.db,
      );
      return eventId;
    };
    const left = async (eventIds: string[]) =>
      (await db.selectFrom('outbox').select('event_id').where('event_id', 'in', eventIds).execute()).map((row) => row.event_id).sort();
    const eightDays = await deliveredDaysAgo(8);
    const sixDays = await deliveredDaysAgo(6);
    let now = 0;
    const relay = new OutboxRelay({ db, publisher: { publish: async () => {} }, logger, now: () => now });
    relay.start();
    await relay.idle();
    expect(await left([eightDays, sixDays])).toEqual([sixDays]);

    const nineDays = await deliveredDaysAgo(9);
    now = 3_599_999;
    relay.wake();
    await relay.idle();
    expect(await left([nineDays, sixDays])).toEqual([sixDays, nineDays].sort());
    now = 3_600_000;
    relay.wake();
    await relay.idle();
    await relay.stop();
    expect(await left([nineDays, sixDays])).toEqual([sixDays]);
  });

  describe('with a poll longer than its lease', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('asks again for a lease another relay holds within a third of its lifetime, not at the next poll', async () => {
      const db = backendTables(database.db);
      const published: string[] = [];
      // A relay that died holding the lease (the process killed): its lease runs until it expires.
      await sql`insert into backend.leases (name, holder, expires_at) values ('outbox-relay', 'a-relay-that-died', now() + interval '1 hour')
        on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at`.execute(db);
      await enqueue(db, [{ topic: 'task-events', key: 'u-after-a-crash', payload: { n: 1 } }]);
      const relay = new OutboxRelay({
        db,
        publisher: { publish: async (message) => void published.push(message.key) },
        logger,
        pollIntervalMs: 60_000,
      });
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

      relay.start();
      await relay.idle();
      expect(published).toEqual([]);
      await sql`update backend.leases set expires_at = now() - interval '1 second' where name = 'outbox-relay'`.execute(db);
      await vi.advanceTimersByTimeAsync(4_999);
      await relay.idle();
      expect(published).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      await relay.idle();
      expect(published).toEqual(['u-after-a-crash']);

      await relay.stop();
    });
  });

  describe('after the database was unreachable', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('leaves its backoff after the first clean pass, also with nothing to deliver: a wake-up or the next poll delivers at once', async () => {
      // Every statement fails while `down`, as with a PostgreSQL server that is gone.
      let down = false;
      const outage: KyselyPlugin = {
        transformQuery: (args) => {
          if (down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      const db = backendTables(database.db);
      const published: BusMessage[] = [];
      const pollIntervalMs = 500;
      const relay = new OutboxRelay({
        db: db.withPlugin(outage),
        publisher: { publish: async (message) => void published.push(message) },
        logger,
        pollIntervalMs,
      });
      // The relay's sleeps run on these timers: the test decides when each one has passed.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const nextPass = async () => {
        await vi.advanceTimersByTimeAsync(30_000);
        await relay.idle();
      };

      down = true;
      relay.start();
      await relay.idle();
      // Enough failed passes for the backoff to reach its ceiling.
      for (let failed = 1; failed < 8; failed++) await nextPass();

      down = false;
      await nextPass();
      await enqueue(db, [{ topic: 'task-events', key: 'u-back', payload: { n: 1 } }]);
      // What the backend does after committing a change: ask for a pass now.
      relay.wake();
      await relay.idle();
      expect(published.map((message) => message.key)).toEqual(['u-back']);

      // And without a wake-up (a row written by another replica), the next ordinary poll finds it.
      await enqueue(db, [{ topic: 'task-events', key: 'u-other-replica', payload: { n: 2 } }]);
      await vi.advanceTimersByTimeAsync(pollIntervalMs);
      await relay.idle();
      expect(published.map((message) => message.key)).toEqual(['u-back', 'u-other-replica']);

      await relay.stop();
    });
  });
});

describe('OutboxRelay when the database goes away as it marks rows delivered', () => {
  let database: Database;
  beforeAll(async () => {
    // A database of its own: the trigger below must not reach the other suites'.
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    // The first statement that marks rows delivered fails, as it would with the connection lost mid-way.
    await sql`create sequence backend.mark_attempts`.execute(database.db);
    await sql`
      create function backend.fail_first_mark() returns trigger language plpgsql as $$
      begin
        if nextval('backend.mark_attempts') = 1 then raise exception 'terminating connection due to unexpected postmaster exit'; end if;
        return null;
      end $$`.execute(database.db);
    await sql`
      create trigger fail_first_mark before update of delivered_at on backend.outbox
      for each statement execute function backend.fail_first_mark()`.execute(database.db);
  });
  afterAll(() => database.close());

  it('does not publish again what the publisher already accepted', async () => {
    const db = backendTables(database.db);
    await enqueue(db, [
      { topic: 'task-events', key: 'ann', payload: { n: 1 } },
      { topic: 'task-events', key: 'ann', payload: { n: 2 } },
      { topic: 'task-events', key: 'bob', payload: { n: 3 } },
    ]);
    const published: number[] = [];
    const relay = new OutboxRelay({
      db,
      logger,
      pollIntervalMs: 50,
      publisher: { publish: async (message) => void published.push((message.payload as { n: number }).n) },
    });
    relay.start();
    await expect.poll(() => outboxRepository.countPending(db), { timeout: 10_000 }).toBe(0);
    await relay.stop();

    expect(published.sort()).toEqual([1, 2, 3]);
  });
});

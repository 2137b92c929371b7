import { randomUUID } from 'node:crypto';
import { TOPICS } from '@doable/contracts';
import { type Database, openDatabase } from '@doable/db';
import { createLogger } from '@doable/platform';
import { createTestDatabase, FUTURE_YEAR, type ManualClock, manualClock } from '@doable/test-kit';
import { type KyselyPlugin, sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { createTaskService } from '../tasks/task-service.ts';
import { ReminderScheduler } from './reminder-scheduler.ts';

const logger = createLogger({ name: 'test', level: 'silent' });
// Years away from the machine's time: a timer armed by the machine's clock instead of the scheduler's would show.
const START = `${FUTURE_YEAR}-03-03T09:00:00.000Z`;
const at = (ms: number) => new Date(Date.parse(START) + ms);

describe('ReminderScheduler', () => {
  let database: Database;
  let db: Executor;
  let clock: ManualClock;
  let scheduler: ReminderScheduler;
  let userId: string;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    db = backendTables(database.db);
  });
  afterAll(() => database?.close());

  beforeEach(async () => {
    userId = randomUUID();
    await sql`insert into backend."user" (id, name, email, "emailVerified") values (${userId}, 'Rem', ${`${userId}@example.test`}, false)`.execute(
      database.db,
    );
    clock = manualClock(START);
    // The scheduler's sleeps run on these timers: the test moves them together with its clock.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(async () => {
    await scheduler?.stop();
    vi.useRealTimers();
  });

  /** A task service on the scheduler's clock and database, calling `onReminderSet` after each change that sets one. */
  const tasksOn = (onReminderSet: () => void) => createTaskService({ db, clock: clock.now, onCommitted: () => {}, onReminderSet });

  function startScheduler(maxSleepMs?: number): void {
    scheduler = new ReminderScheduler({ db, logger, clock: clock.now, onEnqueued: () => {}, ...(maxSleepMs ? { maxSleepMs } : {}) });
    scheduler.start();
  }

  /**
   * Lets `ms` pass on the clock and on the timers, then waits for the pass that woke up to finish. The clock moves
   * first, so a timer due within `ms` sees the time at its end: each step here ends where a timer is expected.
   */
  async function passTime(ms: number): Promise<void> {
    clock.advance(ms);
    await vi.advanceTimersByTimeAsync(ms);
    await scheduler.idle();
  }

  /** The Reminder Events this user's reminders put in the outbox, oldest first. */
  async function fired(): Promise<{ task_id: number; timestamp: string; remind_at: string }[]> {
    const rows = await db
      .selectFrom('outbox')
      .select('payload')
      .where('topic', '=', TOPICS.reminders)
      .where('partition_key', '=', userId)
      .orderBy('id')
      .execute();
    return rows.map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload));
  }

  it('arms its timer by its own clock for the earliest reminder, fires it then and not before, and once', async () => {
    const task = await tasksOn(() => {}).createTask(userId, { title: 'Call mum', reminder_at: at(10_000) });
    startScheduler(60_000);
    await scheduler.idle();

    await passTime(9_999);
    expect(await fired()).toEqual([]);
    // Armed a few ms late rather than early (timers may round down).
    await passTime(1 + 5);
    expect(await fired()).toEqual([
      expect.objectContaining({ task_id: task.id, remind_at: at(10_000).toISOString(), timestamp: at(10_005).toISOString() }),
    ]);

    await passTime(120_000);
    expect(await fired()).toHaveLength(1);
  });

  it('fires a reminder set while it sleeps at its time, once woken by the change', async () => {
    startScheduler(30_000);
    await scheduler.idle();
    const task = await tasksOn(() => scheduler.wake()).createTask(userId, { title: 'Woken', reminder_at: at(2_000) });
    await scheduler.idle();

    await passTime(2_004);
    expect(await fired()).toEqual([]);
    await passTime(1);
    expect(await fired()).toEqual([expect.objectContaining({ task_id: task.id, timestamp: at(2_005).toISOString() })]);
  });

  it('finds a reminder another replica set after its longest sleep, then fires it at its time', async () => {
    startScheduler(30_000);
    await scheduler.idle();
    // Written without waking this scheduler, as by another backend replica.
    const task = await tasksOn(() => {}).createTask(userId, { title: 'Elsewhere', reminder_at: at(40_000) });

    await passTime(30_000);
    await passTime(10_004);
    expect(await fired()).toEqual([]);
    await passTime(1);
    expect(await fired()).toEqual([expect.objectContaining({ task_id: task.id, timestamp: at(40_005).toISOString() })]);
  });

  it('is woken by a change that leaves a reminder to fire, and by no other', async () => {
    let wakes = 0;
    const tasks = tasksOn(() => wakes++);
    const plain = await tasks.createTask(userId, { title: 'No reminder', due_date: at(60_000) });
    await tasks.updateTask(userId, plain.id, { title: 'Still none' });
    await tasks.updateTask(userId, plain.id, { completed: true });
    await tasks.deleteTask(userId, plain.id);
    expect(wakes).toBe(0);

    const reminded = await tasks.createTask(userId, { title: 'Reminded', reminder_at: at(5_000) });
    expect(wakes).toBe(1);
    await tasks.updateTask(userId, reminded.id, { completed: true });
    expect(wakes).toBe(1);
    // Reopened, its reminder can fire again.
    await tasks.updateTask(userId, reminded.id, { completed: false });
    expect(wakes).toBe(2);
    await tasks.updateTask(userId, reminded.id, { reminder_at: null });
    expect(wakes).toBe(2);

    // A series without a reminder makes its next occurrence without waking it; one with a reminder wakes it.
    const silent = await tasks.createTask(userId, { title: 'Daily', recurring: 'daily', due_date: at(60_000) });
    await tasks.updateTask(userId, silent.id, { completed: true });
    expect(await tasks.createNextOccurrence(userId, silent.id)).toBeDefined();
    expect(wakes).toBe(2);
    const series = await tasks.createTask(userId, {
      title: 'Daily, reminded',
      recurring: 'daily',
      due_date: at(60_000),
      remind_before: 600,
    });
    expect(wakes).toBe(3);
    await tasks.updateTask(userId, series.id, { completed: true });
    expect(wakes).toBe(3);
    expect(await tasks.createNextOccurrence(userId, series.id)).toMatchObject({ reminder_at: expect.any(String) });
    expect(wakes).toBe(4);
  });

  it('never fires for a task completed or deleted before its reminder', async () => {
    const tasks = tasksOn(() => scheduler.wake());
    startScheduler();
    const done = await tasks.createTask(userId, { title: 'Done', reminder_at: at(1_000) });
    const deleted = await tasks.createTask(userId, { title: 'Deleted', reminder_at: at(1_000) });
    const kept = await tasks.createTask(userId, { title: 'Kept', reminder_at: at(1_000) });
    await tasks.updateTask(userId, done.id, { completed: true });
    await tasks.deleteTask(userId, deleted.id);
    await scheduler.idle();

    await passTime(60_000);
    expect((await fired()).map((event) => event.task_id)).toEqual([kept.id]);
  });

  it('claims every due reminder of a sweep in one statement, and two replicas sweeping at once fire each of them once', async () => {
    const tasks = tasksOn(() => {});
    const due = [];
    for (let i = 0; i < 30; i++) due.push(await tasks.createTask(userId, { title: `Due ${i}`, reminder_at: at(1_000 + i) }));
    clock.advance(60_000);
    const statements = [0, 0];
    const replica = (n: 0 | 1) => {
      const counted: KyselyPlugin = {
        transformQuery: (args) => {
          statements[n] = (statements[n] ?? 0) + 1;
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      return new ReminderScheduler({ db: db.withPlugin(counted), logger, clock: clock.now, onEnqueued: () => {} });
    };

    const firedBy = await Promise.all([replica(0).sweep(), replica(1).sweep()]);

    expect(firedBy[0] + firedBy[1]).toBe(30);
    expect((await fired()).map((event) => event.task_id).sort((a, b) => a - b)).toEqual(due.map((task) => task.id));
    // Per replica: one claim (update … for update skip locked), and one outbox insert if it claimed any, whatever
    // the number due.
    expect(statements).toEqual(firedBy.map((count) => (count > 0 ? 2 : 1)));
  });
});

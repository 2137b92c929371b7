import { randomUUID } from 'node:crypto';
import { TOPICS } from '@doable/contracts';
import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase, FUTURE_YEAR, manualClock } from '@doable/test-kit';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { createTaskService, type TaskService } from './task-service.ts';

const DUE = `${FUTURE_YEAR}-06-01T07:00:00.000Z`;

/**
 * What a create costs in round trips to PostgreSQL (BEGIN and COMMIT included), counted on the pool's connections:
 * a round trip more here is one more on every task made through the API, chat, MCP, quick add and CalDAV.
 */
describe('creating tasks', () => {
  let database: Database;
  let counted: pg.Pool;
  let db: Executor;
  let tasks: TaskService;
  let userId: string;
  let roundTrips = 0;

  beforeAll(async () => {
    const url = await createTestDatabase(inject('postgresUrl'));
    database = await openDatabase({ kind: 'postgres', url });
    await migrateBackend(database.db);
    db = backendTables(database.db);
    counted = new pg.Pool({ connectionString: url, max: 8 });
    counted.on('connect', (client) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      Object.assign(client, {
        query: (...args: unknown[]) => {
          roundTrips++;
          return query(...args);
        },
      });
    });
    const countedDb = backendTables(new Kysely<unknown>({ dialect: new PostgresDialect({ pool: counted }) }));
    const clock = manualClock(`${FUTURE_YEAR}-05-31T12:00:00Z`);
    tasks = createTaskService({ db: countedDb, clock: clock.now, onCommitted: () => {} });
  });
  afterAll(async () => {
    await counted?.end();
    await database?.close();
  });

  beforeEach(async () => {
    userId = randomUUID();
    await sql`insert into backend."user" (id, name, email, "emailVerified") values (${userId}, 'Ada', ${`${userId}@example.test`}, false)`.execute(
      database.db,
    );
    await sql`insert into backend.user_settings (user_id, default_remind_before_seconds) values (${userId}, 900)`.execute(database.db);
  });

  const counting = async <T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number }> => {
    roundTrips = 0;
    const result = await work();
    return { result, roundTrips };
  };

  const aProject = async (role: 'owner' | 'editor' | 'viewer') => {
    const project = await db.insertInto('projects').values({ name: 'Garden' }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('project_members').values({ project_id: project.id, user_id: userId, role, position: 1 }).execute();
    return project.id;
  };

  const eventsOf = async (taskId: number) => {
    const rows = await db
      .selectFrom('outbox')
      .select(['topic', 'partition_key', 'event_id', 'payload'])
      .where(sql<boolean>`payload->>'task_id' = ${String(taskId)}`)
      .orderBy('id')
      .execute();
    return rows.map((row) => ({ ...row, payload: typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload }));
  };

  it('makes a task in the Inbox in five round trips, with its event in the same transaction', async () => {
    await tasks.createTask(userId, { title: 'Make the Inbox' });

    const made = await counting(() => tasks.createTask(userId, { title: 'Water the plants', due_date: new Date(DUE), tags: ['home'] }));

    // BEGIN; the caller's settings, name and Inbox, with the Inbox's lock for its top level; the last position there;
    // the task with its two outbox rows; COMMIT.
    expect(made.roundTrips).toBe(5);
    const task = made.result;
    expect(task).toMatchObject({
      title: 'Water the plants',
      tags: ['home'],
      due_date: DUE,
      // The caller's default reminder offset.
      remind_before: '15m',
      reminder_at: `${FUTURE_YEAR}-06-01T06:45:00.000Z`,
      created_by: userId,
      subtask_count: 0,
    });
    const events = await eventsOf(task.id);
    expect(events.map((event) => event.topic)).toEqual([TOPICS.taskEvents, TOPICS.taskUpdates]);
    const [created, update] = events;
    expect(created?.partition_key).toBe(`project:${task.project_id}`);
    expect(created?.payload).toMatchObject({
      event_type: 'created',
      user_id: userId,
      actor_id: userId,
      actor_name: 'Ada',
      project_id: task.project_id,
      task_id: task.id,
    });
    const { id: _id, subtask_count: _count, completed_subtask_count: _completed, ...taskData } = task;
    expect(created?.payload.task_data).toEqual(taskData);
    // The live update is the same event under an outbox id of its own.
    expect(update?.payload).toEqual(created?.payload);
    expect(created?.event_id).toBe(created?.payload.event_id);
    expect(update?.event_id).not.toBe(created?.event_id);
  });

  it('makes a task in a project in five round trips, and refuses a viewer or a stranger as before', async () => {
    const garden = await aProject('editor');
    const made = await counting(() => tasks.createTask(userId, { title: 'Prune the roses', project_id: garden }));
    expect(made.roundTrips).toBe(5);
    expect(made.result.project_id).toBe(garden);
    expect((await eventsOf(made.result.id)).map((event) => event.payload.actor_name)).toEqual(['Ada', 'Ada']);

    const watched = await aProject('viewer');
    await expect(tasks.createTask(userId, { title: 'Mow', project_id: watched })).rejects.toMatchObject({ status: 403 });
    const other = (await db.insertInto('projects').values({ name: 'Not mine' }).returning('id').executeTakeFirstOrThrow()).id;
    await expect(tasks.createTask(userId, { title: 'Mow', project_id: other })).rejects.toMatchObject({ status: 404 });
    const strays = await db.selectFrom('tasks').select('id').where('project_id', 'in', [watched, other]).execute();
    expect(strays).toEqual([]);
  });

  it('makes several tasks in one transaction with as many round trips as one', async () => {
    await tasks.createTask(userId, { title: 'Make the Inbox' });
    const garden = await aProject('owner');
    const made = await counting(() =>
      tasks.createTasks(userId, [
        { title: 'one' },
        { title: 'two', project_id: garden },
        { title: 'three' },
        { title: 'four', project_id: garden },
      ]),
    );
    // Two lists: each one's lock and last position, then every task and event in one statement.
    expect(made.roundTrips).toBe(7);
    const [one, two, three, four] = made.result;
    expect(made.result.map((task) => task.title)).toEqual(['one', 'two', 'three', 'four']);
    expect(one && three && one.position < three.position && one.project_id === three.project_id).toBe(true);
    expect(two && four && two.position < four.position && two.project_id === garden).toBe(true);
    const ids = made.result.map((task) => task.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const outbox = await db
      .selectFrom('outbox')
      .select(sql<number>`cast(payload->>'task_id' as bigint)`.as('task_id'))
      .where('topic', '=', TOPICS.taskEvents)
      .where(sql<boolean>`cast(payload->>'task_id' as bigint) = any(${ids})`)
      .orderBy('id')
      .execute();
    expect(outbox.map((row) => row.task_id)).toEqual(ids);
  });

  it('makes none of them when one fails, and no event', async () => {
    const watched = await aProject('viewer');
    await expect(tasks.createTasks(userId, [{ title: 'kept?' }, { title: 'refused', project_id: watched }])).rejects.toMatchObject({
      status: 403,
    });
    expect(await db.selectFrom('tasks').select('id').where('created_by', '=', userId).execute()).toEqual([]);
  });

  it('keeps one list’s positions distinct and in the order of creation under concurrent creates', async () => {
    await tasks.createTask(userId, { title: 'Make the Inbox' });
    const garden = await aProject('owner');
    const made = await Promise.all(
      Array.from({ length: 16 }, (_, i) => tasks.createTask(userId, { title: `t${i}`, ...(i % 2 ? { project_id: garden } : {}) })),
    );
    for (const projectId of new Set(made.map((task) => task.project_id))) {
      const list = made.filter((task) => task.project_id === projectId);
      const byId = [...list].sort((a, b) => a.id - b.id).map((task) => task.position);
      expect(new Set(byId).size).toBe(list.length);
      expect([...byId].sort()).toEqual(byId);
    }
  });

  it('makes a subtask last among its siblings, named by its actor', async () => {
    const parent = await tasks.createTask(userId, { title: 'Plant bulbs' });
    const first = await tasks.createTask(userId, { title: 'Buy bulbs', parent_id: parent.id });
    const made = await counting(() => tasks.createTask(userId, { title: 'Dig holes', parent_id: parent.id }));
    // BEGIN; the caller; the parent locked with the caller's role; its depth; the siblings' lock and last position;
    // the task with its events; COMMIT.
    expect(made.roundTrips).toBe(7);
    expect(made.result).toMatchObject({ parent_id: parent.id, project_id: parent.project_id });
    expect(made.result.position > first.position).toBe(true);
    expect((await eventsOf(made.result.id)).map((event) => event.payload.actor_name)).toEqual(['Ada', 'Ada']);
  });
});

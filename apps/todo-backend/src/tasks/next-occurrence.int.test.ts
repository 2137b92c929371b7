import { randomUUID } from 'node:crypto';
import { TOPICS } from '@doable/contracts';
import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase, FUTURE_YEAR, manualClock } from '@doable/test-kit';
import { type KyselyPlugin, sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../backend.ts';
import { backendTables, type Executor } from '../database/executor.ts';
import { createTaskService, type TaskService } from './task-service.ts';

const DUE = `${FUTURE_YEAR}-06-01T07:00:00.000Z`;

/**
 * What a completion of a recurring task costs the backend in statements (BEGIN and COMMIT aside): the PATCH, then the
 * recurring service's next-occurrence call. A statement more here is a round trip more on every completion.
 */
describe('completing a recurring task and making its next occurrence', () => {
  let database: Database;
  let db: Executor;
  let tasks: TaskService;
  let userId: string;
  let statements = 0;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    db = backendTables(database.db);
    const counted: KyselyPlugin = {
      transformQuery: (args) => {
        statements++;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const clock = manualClock(`${FUTURE_YEAR}-05-31T12:00:00Z`);
    tasks = createTaskService({ db: db.withPlugin(counted), clock: clock.now, onCommitted: () => {} });
  });
  afterAll(() => database?.close());

  beforeEach(async () => {
    userId = randomUUID();
    await sql`insert into backend."user" (id, name, email, "emailVerified") values (${userId}, 'Ada', ${`${userId}@example.test`}, false)`.execute(
      database.db,
    );
    // The series counts in its creator's time zone: 09:00 in Paris stays 09:00 across the summer-time change.
    await sql`insert into backend.user_settings (user_id, time_zone) values (${userId}, 'Europe/Paris')`.execute(database.db);
  });

  const counting = async <T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> => {
    statements = 0;
    const result = await work();
    return { result, statements };
  };

  const eventsOf = async (taskId: number) => {
    const rows = await db.selectFrom('outbox').select('payload').where('topic', '=', TOPICS.taskEvents).orderBy('id').execute();
    return rows
      .map((row) => (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload))
      .filter((event) => event.task_id === taskId);
  };

  it('completes in four statements and makes the next occurrence in four, with its reminder, once', async () => {
    const task = await tasks.createTask(userId, {
      title: 'Water the plants',
      recurring: 'daily',
      due_date: new Date(DUE),
      remind_before: 1800,
    });

    const completed = await counting(() => tasks.updateTask(userId, task.id, { completed: true }));
    // The task with the caller's role and name (locked), the update, the outbox, the subtree.
    expect(completed.statements).toBe(4);
    expect(completed.result).toMatchObject({ completed: true, subtask_count: 0, completed_subtask_count: 0 });

    const made = await counting(() => tasks.createNextOccurrence(userId, task.id));
    // The source with its creator's time zone, the actor's name and the siblings' lock; the last position; the insert;
    // the outbox.
    expect(made.statements).toBe(4);
    const next = made.result;
    expect(next).toMatchObject({
      title: 'Water the plants',
      completed: false,
      due_date: `${FUTURE_YEAR}-06-02T07:00:00.000Z`,
      reminder_at: `${FUTURE_YEAR}-06-02T06:30:00.000Z`,
      remind_before: '30m',
      recurring_parent_id: task.id,
      subtask_count: 0,
    });
    expect(next && next.position > task.position).toBe(true);
    const [created] = await eventsOf(next?.id ?? 0);
    expect(created).toMatchObject({ event_type: 'created', cause: 'next_occurrence', user_id: userId, actor_name: 'Ada' });

    // Redelivery: one read finds the next occurrence made, and nothing more happens.
    const again = await counting(() => tasks.createNextOccurrence(userId, task.id));
    expect(again).toEqual({ result: undefined, statements: 1 });
  });

  it('makes one next occurrence when several calls for one completion run at once', async () => {
    const task = await tasks.createTask(userId, { title: 'Feed the cat', recurring: 'daily', due_date: new Date(DUE) });
    await tasks.updateTask(userId, task.id, { completed: true });

    const answers = await Promise.all([1, 2, 3, 4].map(() => tasks.createNextOccurrence(userId, task.id)));

    expect(answers.filter((answer) => answer !== undefined)).toHaveLength(1);
    const made = await db.selectFrom('tasks').select('id').where('recurrence_source_id', '=', task.id).execute();
    expect(made.map((row) => row.id)).toEqual([answers.find((answer) => answer)?.id]);
    expect(await eventsOf(made[0]?.id ?? 0)).toHaveLength(1);
  });

  it('counts the copied subtasks in the answer and names the actor on every copy without reading it again', async () => {
    const parent = await tasks.createTask(userId, { title: 'Weekly review', recurring: 'weekly', due_date: new Date(DUE) });
    const inbox = await tasks.createTask(userId, { title: 'Empty the inbox', parent_id: parent.id });
    await tasks.createTask(userId, { title: 'Archive mail', parent_id: inbox.id });
    await tasks.createTask(userId, { title: 'Plan the week', parent_id: parent.id });

    const completed = await counting(() => tasks.updateTask(userId, parent.id, { completed: true }));
    // Four, and an update and an outbox insert for each of the three open subtasks.
    expect(completed.statements).toBe(4 + 3 * 2);
    expect(completed.result).toMatchObject({ subtask_count: 2, completed_subtask_count: 2 });

    const made = await counting(() => tasks.createNextOccurrence(userId, parent.id));
    // Four, the subtree, and an insert and an outbox insert for each copy.
    expect(made.statements).toBe(4 + 1 + 3 * 2);
    expect(made.result).toMatchObject({ subtask_count: 2, completed_subtask_count: 0 });
    const copies = await db
      .selectFrom('tasks')
      .select('id')
      .where('parent_id', '=', made.result?.id ?? 0)
      .execute();
    const events = (await Promise.all(copies.map((copy) => eventsOf(copy.id)))).flat();
    expect(events.map((event) => [event.cause, event.actor_name])).toEqual([
      ['next_occurrence', 'Ada'],
      ['next_occurrence', 'Ada'],
    ]);
  });
});

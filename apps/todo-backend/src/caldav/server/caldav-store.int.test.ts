import { type Database, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrateBackend } from '../../backend.ts';
import { backendTables, type Executor } from '../../database/executor.ts';
import { ensureInbox } from '../../projects/inbox.ts';
import { createProjectService } from '../../projects/project-service.ts';
import { createTaskService } from '../../tasks/task-service.ts';
import { caldavStore } from './caldav-store.ts';

/** The change log sync-collection reads: written by the database for every writer of tasks, in commit order. */
describe('the CalDAV change log', () => {
  let database: Database;
  let db: Executor;
  let inbox: number;
  let work: number;
  const tasks = () => createTaskService({ db, onCommitted: () => {} });

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrateBackend(database.db);
    db = backendTables(database.db);
    await db.insertInto('user').values({ id: 'ann', name: 'Ann', email: 'ann@example.com', emailVerified: false }).execute();
    inbox = await ensureInbox(db, 'ann', new Date());
    const projects = createProjectService({ db, publicOrigin: 'http://127.0.0.1', onCommitted: () => {} });
    work = (await projects.createProject('ann', { name: 'Work' })).id;
  });
  afterAll(() => database?.close());

  it('logs a creation, an edit, a move (out of one project, into the other) and a deletion', async () => {
    const before = { inbox: await caldavStore.currentSeq(db, inbox), work: await caldavStore.currentSeq(db, work) };
    const task = await tasks().createTask('ann', { title: 'Report', project_id: inbox });
    expect(await caldavStore.changesSince(db, inbox, before.inbox)).toEqual([
      { task_id: task.id, name: `doable-task-${task.id}@doable.ics`, removed: false },
    ]);
    const created = await caldavStore.currentSeq(db, inbox);
    await tasks().updateTask('ann', task.id, { title: 'Quarterly report' });
    expect(await caldavStore.currentSeq(db, inbox)).toBe(created + 1);

    await tasks().moveTask('ann', task.id, { project_id: work });
    expect(await caldavStore.changesSince(db, inbox, created)).toEqual([expect.objectContaining({ task_id: task.id, removed: true })]);
    expect(await caldavStore.changesSince(db, work, before.work)).toEqual([expect.objectContaining({ task_id: task.id, removed: false })]);

    const moved = await caldavStore.currentSeq(db, work);
    await tasks().deleteTask('ann', task.id);
    expect(await caldavStore.changesSince(db, work, moved)).toEqual([expect.objectContaining({ task_id: task.id, removed: true })]);
  });

  it('does not log what is not in the iCalendar object (the reminder’s delivery mark), and logs a change of the client’s extras', async () => {
    const task = await tasks().createTask('ann', { title: 'Call', project_id: inbox, reminder_at: new Date('2030-01-01T09:00:00.000Z') });
    const seq = await caldavStore.currentSeq(db, inbox);
    await db.updateTable('tasks').set({ reminder_sent_at: new Date() }).where('id', '=', task.id).execute();
    expect(await caldavStore.currentSeq(db, inbox)).toBe(seq);

    const extras = { calendar: [], timezones: [], todo: [['location', {}, 'text', 'Office']], components: [], echo: {} };
    await caldavStore.saveObject(db, task.id, { uid: 'call', name: 'call.ics', extras });
    expect(await caldavStore.changesSince(db, inbox, seq)).toEqual([{ task_id: task.id, name: 'call.ics', removed: false }]);
    // The same again writes nothing, so it is no change either.
    await caldavStore.saveObject(db, task.id, { uid: 'call', name: 'call.ics', extras });
    expect(await caldavStore.currentSeq(db, inbox)).toBe(seq + 1);
    // A deleted task's tombstone keeps the client's name for it.
    await tasks().deleteTask('ann', task.id);
    expect(await caldavStore.changesSince(db, inbox, seq + 1)).toEqual([{ task_id: task.id, name: 'call.ics', removed: true }]);
  });

  it('numbers one project’s changes in commit order: a second writer waits for the first to commit', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted = () => {};
    const firstInserted = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const order: string[] = [];
    const first = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('tasks')
        .values({ user_id: 'ann', created_by: 'ann', project_id: work, title: 'First', position: 'a0' })
        .execute();
      inserted();
      await gate;
      order.push('first commits');
    });
    // The first transaction holds the project's counter (its insert logged a change) before the second starts.
    await firstInserted;
    const second = db
      .insertInto('tasks')
      .values({ user_id: 'ann', created_by: 'ann', project_id: work, title: 'Second', position: 'a1' })
      .execute()
      .then(() => order.push('second commits'));
    // The second insert is blocked on the counter row's lock, not merely slow: PostgreSQL says it waits for a lock.
    await expect
      .poll(
        async () =>
          (
            await sql<{
              n: number;
            }>`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`.execute(db)
          ).rows[0]?.n,
        { interval: 20, timeout: 10_000 },
      )
      .toBe(1);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first commits', 'second commits']);
    const titles = await sql<{ title: string }>`
      select t.title from backend.caldav_changes c join backend.tasks t on t.id = c.task_id where c.project_id = ${work} and t.title in ('First', 'Second') order by c.seq`.execute(
      db,
    );
    expect(titles.rows.map((row) => row.title)).toEqual(['First', 'Second']);
  });
});

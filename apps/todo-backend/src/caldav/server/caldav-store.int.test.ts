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

  it('numbers one project’s changes in commit order, taking the number when the change commits', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted = () => {};
    const firstInserted = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const first = db.transaction().execute(async (trx) => {
      await trx
        .insertInto('tasks')
        .values({ user_id: 'ann', created_by: 'ann', project_id: work, title: 'First', position: 'a0' })
        .execute();
      inserted();
      await gate;
    });
    await firstInserted;
    // The first change is still open: a change made and committed after it is numbered before it, and does not wait.
    await db.insertInto('tasks').values({ user_id: 'ann', created_by: 'ann', project_id: work, title: 'Second', position: 'a1' }).execute();
    release();
    await first;
    const titles = await sql<{ title: string }>`
      select t.title from backend.caldav_changes c join backend.tasks t on t.id = c.task_id
      where c.project_id = ${work} and t.title in ('First', 'Second') order by c.seq`.execute(db);
    expect(titles.rows.map((row) => row.title)).toEqual(['Second', 'First']);
  });

  it('logs a move in both projects, and two moves in opposite directions at once both commit', async () => {
    const a = await tasks().createTask('ann', { title: 'A', project_id: inbox });
    const b = await tasks().createTask('ann', { title: 'B', project_id: work });
    await Promise.all([tasks().moveTask('ann', a.id, { project_id: work }), tasks().moveTask('ann', b.id, { project_id: inbox })]);
    const last = async (projectId: number, taskId: number) =>
      (await caldavStore.changesSince(db, projectId, 0)).find((change) => change.task_id === taskId)?.removed;
    expect([await last(inbox, a.id), await last(work, a.id), await last(work, b.id), await last(inbox, b.id)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});

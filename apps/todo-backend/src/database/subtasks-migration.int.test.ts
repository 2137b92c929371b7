import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDatabase } from '@doable/db';
import { createTestDatabase } from '@doable/test-kit';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BACKEND_MIGRATIONS, migrateBackend } from '../backend.ts';
import { keyBetween } from '../tasks/position-key.ts';
import { backendTables, type Executor } from './executor.ts';
import { BACKEND_SCHEMA } from './schema.ts';

function migrationsUpTo(last: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'doable-migrations-'));
  for (const file of readdirSync(BACKEND_MIGRATIONS).filter((name) => name.endsWith('.sql') && name <= last)) {
    cpSync(join(BACKEND_MIGRATIONS, file), join(folder, file));
  }
  return folder;
}

describe('migration 008 on a populated database of schema 007', () => {
  let database: Awaited<ReturnType<typeof openDatabase>>;
  let db: Executor;
  let before: Record<string, unknown>[];
  const previous = migrationsUpTo('007-projects.sql');

  beforeAll(async () => {
    database = await openDatabase({ kind: 'postgres', url: await createTestDatabase(inject('postgresUrl')) });
    await migrate(database.db, { schema: BACKEND_SCHEMA, folder: previous });
    db = backendTables(database.db);
    for (const id of ['ada', 'sam']) {
      const at = new Date('2030-01-01T00:00:00Z');
      await db
        .insertInto('user')
        .values({ id: `user-${id}`, name: id, email: `${id}@example.com`, emailVerified: false, createdAt: at, updatedAt: at })
        .execute();
    }
    // Schema 007: a shared project and each user's Inbox, tasks created out of id order.
    await sql`insert into backend.projects (name, inbox_of) values ('Inbox', 'user-ada'), ('Inbox', 'user-sam'), ('Home', null)`.execute(
      db,
    );
    await sql`
      insert into backend.project_members (project_id, user_id, role)
      select id, inbox_of, 'owner' from backend.projects where inbox_of is not null
      union all select id, 'user-ada', 'owner' from backend.projects where name = 'Home'
      union all select id, 'user-sam', 'editor' from backend.projects where name = 'Home'`.execute(db);
    const titles: [string, string, string][] = [];
    for (let i = 0; i < 70; i++)
      titles.push(['Home', `home ${i}`, `2030-01-0${1 + (i % 2)}T00:00:${String(59 - (i % 60)).padStart(2, '0')}Z`]);
    titles.push(
      ['ada', 'ada later', '2030-01-05T00:00:00Z'],
      ['ada', 'ada earlier', '2030-01-04T00:00:00Z'],
      ['sam', 'sam one', '2030-01-04T00:00:00Z'],
    );
    for (const [where, title, createdAt] of titles) {
      await sql`
        insert into backend.tasks (user_id, created_by, project_id, title, created_at, updated_at)
        select 'user-ada', 'user-ada', p.id, ${title}, ${createdAt}, ${createdAt} from backend.projects p
        where ${where === 'Home' ? sql`p.name = 'Home'` : sql`p.inbox_of = ${`user-${where}`}`}`.execute(db);
    }
    before = (await sql<Record<string, unknown>>`select * from backend.tasks order by id`.execute(db)).rows;
    await migrateBackend(database.db);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(previous, { recursive: true, force: true });
  });

  it('keeps every task as it was, each one top level', async () => {
    const after = (await sql<Record<string, unknown>>`select * from backend.tasks order by id`.execute(db)).rows;
    expect(after.map(({ parent_id: _p, position: _q, ...rest }) => rest)).toEqual(before);
    expect(after.every((task) => task.parent_id === null)).toBe(true);
  });

  it('orders each project’s tasks as they were created, with distinct keys', async () => {
    const rows = await db.selectFrom('tasks').select(['project_id', 'title', 'position', 'created_at', 'id']).execute();
    const projects = new Set(rows.map((row) => row.project_id));
    for (const project of projects) {
      const mine = rows.filter((row) => row.project_id === project);
      const byPosition = [...mine].sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
      const byCreation = [...mine].sort((a, b) => a.created_at.getTime() - b.created_at.getTime() || a.id - b.id);
      expect(byPosition.map((row) => row.title)).toEqual(byCreation.map((row) => row.title));
      expect(new Set(mine.map((row) => row.position)).size).toBe(mine.length);
    }
    // Past the first 62 keys the integer part grows, and keys stay in the service's format.
    const home = rows
      .filter((row) => row.title.startsWith('home'))
      .map((row) => row.position)
      .sort();
    expect(home[0]).toBe('a0');
    expect(home.at(-1)).toBe('b07');
    expect(keyBetween(home.at(-1) ?? null, null) > (home.at(-1) ?? '')).toBe(true);
    expect(keyBetween(home[0] ?? null, home[1] ?? null)).toMatch(/^a0[0-9A-Za-z]+$/);
  });

  it('gives a row written without a position a key after every existing one', async () => {
    const project = await db.selectFrom('projects').select('id').where('name', '=', 'Home').executeTakeFirstOrThrow();
    const row = await db
      .insertInto('tasks')
      .values({ user_id: 'user-ada', created_by: 'user-ada', project_id: project.id, title: 'written directly' })
      .returning('position')
      .executeTakeFirstOrThrow();
    const last = await db
      .selectFrom('tasks')
      .select('position')
      .where('project_id', '=', project.id)
      .where('title', '!=', 'written directly')
      .orderBy(sql`position collate "C"`, 'desc')
      .executeTakeFirstOrThrow();
    expect(row.position > last.position).toBe(true);
  });
});

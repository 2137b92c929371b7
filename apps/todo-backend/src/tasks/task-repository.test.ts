import { listTasksQuerySchema } from '@doable/contracts';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import { describe, expect, it } from 'vitest';
import { backendTables } from '../database/executor.ts';
import { type ListSpec, taskRepository } from './task-repository.ts';

/** The backend's tables as the app binds them (schema plugin on), compiling for PostgreSQL without a server. */
const db = backendTables(
  new Kysely<unknown>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new DummyDriver(),
      createIntrospector: (kysely) => new PostgresIntrospector(kysely),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  }),
);

const specOf = (query: Record<string, string>, more: Partial<ListSpec> = {}): ListSpec => {
  const parsed = listTasksQuerySchema.parse(query);
  const sort = parsed.sort ?? (parsed.search ? 'relevance' : 'created_at');
  return { userId: 'u1', query: parsed, sort, order: parsed.order ?? 'desc', after: undefined, now: new Date(0), ...more };
};

const lists: [string, ListSpec][] = [
  ['newest first', specOf({})],
  [
    'pending by due date, after a cursor',
    specOf({ status: 'pending', sort: 'due_date', order: 'asc' }, { after: { value: '2030-01-01', id: 7 } }),
  ],
  ['priorities, tags, one project', specOf({ priority: 'high,medium', tags: 'work', sort: 'priority', project: '3' })],
  ['overdue, assignee, subtasks of a parent', specOf({ overdue: 'true', assignee: 'me', parent: '9', sort: 'title' })],
  ['search, exact matches first', specOf({ search: 'plumber' })],
  ['search past the exact matches', specOf({ search: 'fix plumber' }, { after: { value: '0.5', id: 4 } })],
];

describe('the list statement', () => {
  it.each(lists)('%s: names its schemas itself (the same SQL with the schema plugin or without it)', (_name, spec) => {
    const withPlugin = taskRepository.listQuery(spec).compile(db);
    const withoutPlugin = taskRepository.listQuery(spec).compile(db.withoutPlugins());
    expect(withoutPlugin.sql).toBe(withPlugin.sql);
    expect(withoutPlugin.parameters).toEqual(withPlugin.parameters);
    // Every table it reads is named with its schema.
    expect(withPlugin.sql).not.toMatch(/from "?tasks|join "?tasks|from "?project_members/);
  });
});

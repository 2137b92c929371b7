import { type RawBuilder, sql } from 'kysely';
import { searchVariants } from './search-variants.ts';

/** Rows of `select`, a statement per project, over a list's scope (one project, or each membership), filtered. */
export type Scope = (
  select: (project: RawBuilder<unknown>) => RawBuilder<unknown>,
  ...conditions: RawBuilder<unknown>[]
) => RawBuilder<unknown>;

/**
 * How many of a project's newest tasks are read, per row of the page, to find its exact matches: a word in 1 title
 * of 20 fills a page from them.
 */
const TASKS_READ_PER_ROW = 20;

/** Escapes LIKE wildcards so a search for "50%" means the text "50%". */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Substrings (ILIKE) of the title or description, and near-miss words of the title (swapped letters too). */
export function searchCondition(search: string): RawBuilder<unknown> {
  const pattern = likePattern(search);
  // The trigram indexes on (project_id, text) (migration 009) let the planner read just the project's matches
  // instead of comparing each of its tasks with every typo variant (~15 µs a task).
  const nearMisses = searchVariants(search).map((variant) => sql`${variant} <% title`);
  return sql`(title ilike ${pattern} or description ilike ${pattern} or ${sql.join(nearMisses, sql` or `)})`;
}

export interface ExactMatchesFirst {
  search: string;
  /** Rows wanted: the page and one more. */
  limit: number;
  /** The cursor's id when the page goes on inside the exact matches. */
  beforeId: number | undefined;
  /** The select list of a page row (task columns, sort_value, sort_key). */
  columns: RawBuilder<unknown>;
  inScope: Scope;
  /** The list's filters but the search and the cursor, in one project. */
  filters: (project: RawBuilder<unknown>) => RawBuilder<unknown>[];
  /** The search as it always is, read only when the exact matches cannot give the page; `condition` gates it. */
  everyMatch: (condition: RawBuilder<unknown>) => RawBuilder<unknown>;
}

/**
 * A search page by relevance (word similarity, then newest first) without scoring every match when it can be
 * had from exact matches: a title that holds every trigram of the search has word similarity 1, the most there is,
 * so when enough of those exist the page is the newest of them. They are looked for among each project's newest
 * tasks (a bounded read of its (project_id, id) index); the page is theirs when it is full and no project has
 * unread tasks newer than its last row. Otherwise the full search runs, in the same statement (a one-time filter
 * keeps the branch not taken from running). A word in 1 title of 10 of a user with 100,000 tasks: ~500 tasks
 * read instead of ~10,000 matches scored (docs/benchmarks.md, Search).
 */
export function exactMatchesFirst(spec: ExactMatchesFirst): RawBuilder<unknown> {
  const tasksRead = spec.limit * TASKS_READ_PER_ROW;
  const newest = (project: RawBuilder<unknown>) => {
    const where = spec.filters(project);
    if (spec.beforeId !== undefined) where.push(sql`id < ${spec.beforeId}`);
    return sql`
      select id, project_id, title from backend.tasks where ${sql.join(where, sql` and `)}
      order by id desc limit ${tasksRead}`;
  };
  return sql`
    with newest as materialized (
      select t.id, t.project_id, word_similarity(${spec.search}, t.title) = 1 as exact from (${spec.inScope(newest)}) as t
    ),
    exact as (select id from newest where exact order by id desc limit ${spec.limit}),
    verdict as (
      select (select count(*) from exact) = ${spec.limit} and not exists (
        select from newest group by project_id
        having count(*) = ${tasksRead} and min(id) > (select min(id) from exact)
      ) as complete
    )
    select ${spec.columns} from backend.tasks
    where id in (select id from exact) and (select complete from verdict)
    union all
    ${spec.everyMatch(sql`not (select complete from verdict)`)}`;
}

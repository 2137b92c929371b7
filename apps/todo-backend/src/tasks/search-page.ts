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

/**
 * How many of a project's newest tasks the read of its near misses passes at most, per row of the page: 16 times the
 * read for exact matches, so 11,000 newer tasks that are no near miss (the full benchmark run's heavy user) still leave
 * a page within reach; each costs an index entry.
 */
const TASKS_WALKED_PER_ROW = TASKS_READ_PER_ROW * 16;

/**
 * A project's tasks newest first, handed out in that order by the GiST index of (project_id, id, lower(title))
 * (migration 017): each id's distance from 2^52, so a read with a LIMIT stops at its last row instead of collecting
 * and sorting every match. The index computes distances as float8: below 2^53 every one is exact, where from the
 * largest bigint ids 1,024 apart would tie and come out in any order.
 */
const NEWEST_FIRST = sql`id <-> cast(4503599627370496 as bigint)`;

/**
 * The title as that index holds it. Trigrams and ILIKE ignore case, so a test of it means what the same test of the
 * title means; only a read that names it can use that index, and every other read keeps the trigram GIN index, which
 * finds a rare word's few matches faster.
 */
const INDEXED_TITLE = sql`lower(title)`;

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
  /**
   * The same rows, each project planned with its own size: the reads in the GiST index's order (`NEWEST_FIRST`) use it.
   * Through the memberships the planner takes every project for the average one (~1,000 tasks), finds an ordered
   * read not worth it for the few matches it expects there, and reads and sorts every match in reach instead: for the
   * heavy user's typo, 1,590 near misses read to keep 51 (16 of its 23 ms).
   */
  inEachProject: Scope;
  /** The list's filters but the search and the cursor, in one project (a column naming it). */
  filters: (project: RawBuilder<unknown>) => RawBuilder<unknown>[];
  /** The scope's project ids, as an array (`bigint[]`). */
  projectIds: RawBuilder<unknown>;
  /** The search as it always is, read only when the exact matches cannot give the page; `condition` gates it. */
  everyMatch: (condition: RawBuilder<unknown>) => RawBuilder<unknown>;
}

/**
 * What a title holds when its word similarity to the search is 1 (it has every trigram of the search): each word's
 * three-letter pieces, a shorter word whole. As ILIKE patterns the trigram index reads them, as pg_trgm splits
 * words (on anything but letters and digits). Undefined when no piece has three letters: nothing for the index.
 */
export function exactMatchPieces(search: string): string[] | undefined {
  const pieces = new Set<string>();
  for (const word of search.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const letters = [...word];
    if (letters.length < 3) pieces.add(word);
    for (let i = 0; i + 3 <= letters.length; i++) pieces.add(letters.slice(i, i + 3).join(''));
  }
  return [...pieces].some((piece) => [...piece].length === 3) ? [...pieces] : undefined;
}

/**
 * A search page by relevance (word similarity, then newest first) without scoring every match when exact matches can
 * give it: a title that holds every trigram of the search has word similarity 1, the most there is, so when enough
 * of those exist the page is the newest of them. Where they are is read from each project's newest tasks:
 * - few of those hold the search's pieces (a rare word, two words, most typos): the trigram index gives every title
 *   that does, checked and sorted newest first; the page is theirs when it is full.
 * - many do (a common word): the exact matches among each project's newest tasks (a bounded read of the
 *   (project_id, id) index) give the page when it is full and no project has unread tasks newer than its last row;
 *   failing that, the trigram index as above, if most titles that held the pieces were exact (a prefix's pieces
 *   are in every title of its word, none of them exact).
 * Otherwise, on a first page, near misses from each project's newest tasks when a proof says no other row beats them
 * (`nearMisses`); failing that, the full search. All in one statement: a CASE picks the source and one-time filters
 * keep the branches not taken from running. A word in 1 title of 10 of a user with 100,000 tasks: ~1,000 tasks read
 * instead of ~10,000 matches scored (docs/benchmarks.md, Search).
 */
export function exactMatchesFirst(spec: ExactMatchesFirst): RawBuilder<unknown> {
  const tasksRead = spec.limit * TASKS_READ_PER_ROW;
  const before = spec.beforeId === undefined ? sql`` : sql` and id < ${spec.beforeId}`;
  const pieces = exactMatchPieces(spec.search);
  const holdsPieces = (title: RawBuilder<unknown>) =>
    pieces
      ? sql.join(
          pieces.map((piece) => sql`${title} ilike ${likePattern(piece)}`),
          sql` and `,
        )
      : sql`false`;
  // The same test for titles already read: one lower() a title and a LIKE a piece, where ILIKE lowers per piece.
  const holdsPiecesRead = pieces
    ? sql`lower(title) like all (array[${sql.join(pieces.map((piece) => sql`lower(${likePattern(piece)})`))}])`
    : sql`false`;
  const isExact = sql`word_similarity(${spec.search}, title) = 1`;
  // Asked of the trigram index alone before the exact matches are read from it: that read rechecks every title holding
  // the pieces, and a prefix's ~10,000 near misses on a heavy user all hold them (migration 016).
  // Only where a project is bigger than the read of the newest: in smaller ones that read is as cheap as the question.
  const anyExact = pieces
    ? sql`(not (select big from bigger) or backend.tasks_match_exactly(${spec.projectIds}, ${spec.search}))`
    : sql`false`;
  // The ids alone, so the (project_id, id) index answers without reading a task (an index-only scan); the filters are
  // tested on the tasks read, each found by id.
  const newest = (project: RawBuilder<unknown>) => sql`
    select id, project_id from backend.tasks where project_id = ${project}${before}
    order by id desc limit ${tasksRead}`;
  const exact = (project: RawBuilder<unknown>, title: RawBuilder<unknown>) => sql`
    select id, project_id from backend.tasks
    where ${sql.join([...spec.filters(project), holdsPieces(title), isExact], sql` and `)}${before}`;
  // The trigram index's exact matches, a page of them at most and in no order (`exact_probe`): cheap whether they are
  // few (all of them read) or many (the first page's worth). A project that gave fewer has no others; in one that
  // gave a page, its newest are read newest first from the GiST index, which stops at the page: sorting all of them
  // by id rechecked every one (9,869 titles, 42 ms, for a heavy user's common word under newer tasks without it).
  const probed = (project: RawBuilder<unknown>) => sql`${exact(project, sql`title`)} limit ${spec.limit}`;
  const newestExact = (project: RawBuilder<unknown>) => sql`
    ${exact(project, INDEXED_TITLE)} and (select count(*) from exact_probe as p where p.project_id = ${project}) = ${spec.limit}
    order by ${NEWEST_FIRST} limit ${spec.limit}`;
  // How common the pieces are, from each project's newest tasks: where few of them hold the pieces, the trigram index
  // reads every title that does cheaply (a rare word, two words, most typos), and the bigger read of the newest is
  // skipped; where many do, it is the newest that give the page (a common word).
  // A project with more tasks than the read of the newest (its ids alone, up to one past the read).
  const beyondRead = (project: RawBuilder<unknown>) => sql`
    select id from backend.tasks where project_id = ${project}${before} order by id desc offset ${tasksRead} limit 1`;
  const sampled = spec.limit * 2;
  const sample = (project: RawBuilder<unknown>) => sql`
    select title from backend.tasks where project_id = ${project}${before} order by id desc limit ${sampled}`;
  const source = (name: string) => sql`(select source from verdict) = ${name}`;
  const near = spec.beforeId === undefined ? nearMisses(spec, { source }) : undefined;
  // Among the newest, word similarity only for titles that hold the pieces, as every exact match does (`offset 0`
  // keeps the subquery whole, so `holds` is computed once a title).
  return sql`
    with newest as materialized (
      select t.id, t.project_id, coalesce(x.exact, false) as exact, coalesce(x.holds, false) as holds
      from (${spec.inScope(newest)}) as t
      left join lateral (
        select holds, ${pieces ? sql`holds and ` : sql``}${isExact} as exact from (
          select title, ${holdsPiecesRead} as holds from backend.tasks
          where id = t.id and ${sql.join(spec.filters(sql.ref('t.project_id')), sql` and `)} offset 0
        ) as read
      ) as x on true
    ),
    exact_newest as (select id from newest where exact order by id desc limit ${spec.limit}),
    exact_probe as materialized (select t.id, t.project_id from (${spec.inScope(probed)}) as t),
    exact_indexed as (
      select id from (
        select id from exact_probe
        where project_id in (select project_id from exact_probe group by project_id having count(*) < ${spec.limit})
        union all
        select t.id from (${spec.inEachProject(newestExact)}) as t
      ) as t
      order by id desc limit ${spec.limit}),
    holders as (
      select count(*) filter (where ${holdsPiecesRead}) < 3 and ${pieces !== undefined} as few
      from (${spec.inScope(sample)}) as t
    ),
    bigger as (select exists (${spec.inScope(beyondRead)}) as big),
    ${near ? sql`${near.ctes},` : sql``}
    verdict as (
      select case
        when (select few from holders) then
          case when ${anyExact} and (select count(*) from exact_indexed) = ${spec.limit} then 'indexed' else ${near?.verdict ?? sql`'every match'`} end
        when (select count(*) from exact_newest) = ${spec.limit} and not exists (
          select from newest group by project_id
          having count(*) = ${tasksRead} and min(id) > (select min(id) from exact_newest)
        ) then 'newest'
        when ${pieces !== undefined}
          and (select count(*) filter (where holds) <= 2 * count(*) filter (where exact) from newest)
          and ${anyExact} and (select count(*) from exact_indexed) = ${spec.limit} then 'indexed'
        else ${near?.verdict ?? sql`'every match'`}
      end as source
    )
    select ${spec.columns} from backend.tasks where id in (select id from exact_newest) and ${source('newest')}
    union all
    select ${spec.columns} from backend.tasks where id in (select id from exact_indexed) and ${source('indexed')}
    union all
    ${near ? sql`${near.page} union all` : sql``}
    ${spec.everyMatch(source('every match'))}`;
}

/**
 * A first page of near misses (a typo, a prefix: no exact match) without scoring every match, when a proof says no
 * unread row beats it. Each project's titles similar enough to match by themselves (`search <% title`) are read newest
 * first from the GiST index until a page of them is found or the project's `TASKS_WALKED_PER_ROW` newest tasks a row
 * were passed: newer tasks that are not near misses (a user's latest work on something else) cost an index entry each.
 * The page's last row has the least similarity, `s`. Every match left unread then either is more similar than `s`, and
 * the trigram index gives those (asked for more than `s` only: `task_ids_more_similar`, migration 015, so it leaves
 * out the many near misses exactly as similar), or is not and is older than the page's last row (every newer near miss
 * was read), or less similar: it cannot be on the page. Where a project has unread tasks newer than the page's last
 * row, or the reads hold less than a page, the full search. In small projects too: the full search tests each of
 * their tasks with every typo variant (900 tasks: ~20 ms), where the index hands out the near misses alone. A typo on a
 * user with 100,000 tasks: 51 titles read and scored instead of ~10,000, past 11,000 newer tasks that hold no near
 * miss (docs/benchmarks.md, Search).
 */
function nearMisses(
  spec: ExactMatchesFirst,
  read: { source: (name: string) => RawBuilder<unknown> },
): { ctes: RawBuilder<unknown>; verdict: RawBuilder<unknown>; page: RawBuilder<unknown> } {
  const walked = spec.limit * TASKS_WALKED_PER_ROW;
  // Newest first (`NEWEST_FIRST`), down to the walked-th newest task at most, a page at most. Tasks the list's filters
  // leave out are passed over, not counted.
  const newest = (project: RawBuilder<unknown>) => sql`
    select id, project_id, word_similarity(${spec.search}, title) as similarity from backend.tasks
    where ${sql.join(spec.filters(project), sql` and `)} and ${spec.search} <% ${INDEXED_TITLE} and id >= coalesce((
        select id from backend.tasks where project_id = ${project} order by id desc offset ${walked - 1} limit 1), 0)
    order by ${NEWEST_FIRST}
    limit ${spec.limit}`;
  // The oldest task the read can reach in a project that gave less than a page: its walked-th newest (none in a
  // smaller project, read whole).
  const deepest = (project: RawBuilder<unknown>) => sql`
    select id from backend.tasks
    where project_id = ${project} and (select count(*) from near_found as f where f.project_id = ${project}) < ${spec.limit}
    order by id desc offset ${walked - 1} limit 1`;
  const ctes = sql`
    near_found as materialized (select t.* from (${spec.inEachProject(newest)}) as t),
    near_page as (select id, similarity from near_found order by similarity desc, id desc limit ${spec.limit}),
    near_last as (select id, similarity from near_page order by similarity, id limit 1)`;
  // Every near miss newer than the page's last row was read: in a project that gave a page, down to its oldest near
  // miss read; in any other, down to the deepest the read reaches.
  const verdict = sql`case
          when (select count(*) from near_page) = ${spec.limit}
            and not exists (
              select from near_found group by project_id
              having count(*) = ${spec.limit} and min(id) > (select id from near_last))
            and not exists (
              select from (${spec.inScope(deepest)}) as t where t.id > (select id from near_last)) then 'near'
          else 'every match'
        end`;
  // The page's least similar rows, and every more similar one the index gives (the page's others among them).
  const page = sql`
    select ${spec.columns} from backend.tasks
    where id = any(array(
        select id from near_page where similarity = (select similarity from near_last)
        union all
        select * from backend.task_ids_more_similar(${spec.projectIds}, ${spec.search}, (select similarity from near_last))
      ))
      and ${sql.join(spec.filters(sql`any(${spec.projectIds})`), sql` and `)} and ${read.source('near')}`;
  return { ctes, verdict, page };
}

-- A search page reads a project's exact matches and near misses newest first until it has a page (search-page.ts).
-- The trigram GIN index (migration 009) answers in no order, so each read collected every match and sorted it, or
-- walked the project's newest tasks one by one; behind 11,000 newer tasks about something else (the full benchmark
-- run's heavy user) either cost 40–50 ms. A GiST index over the project, the id and the title's trigrams gives the
-- matches of one project in id order (its distance operator on the id: KNN), testing each title's trigrams in the
-- index, so a read stops at its page having passed over the tasks that do not match at the cost of an index entry.
--
-- It holds the lowered title (trigrams and ILIKE ignore case, so a test of it means what the same test of the title
-- means), and its predicate, true of every task, is implied only by a test of the lowered title: so only the reads
-- that name it use this index. The planner costs a GiST scan low; without the predicate it read single tasks by id
-- through this index (a scan of a whole project per task, 10 ms each) and a rare word's matches through it rather than
-- through the GIN index.
create extension if not exists btree_gist;
create index tasks_project_newest_title_idx on backend.tasks
  using gist (project_id, id, lower(title) gist_trgm_ops)
  where lower(title) is not null;

-- The ids of the tasks of some projects whose title is strictly more similar to a search than `above` (word
-- similarity), for a search page whose near misses are read newest first (search-page.ts): the trigram index is asked
-- only for titles more similar than the page's least similar row, so it leaves out the many near misses exactly as
-- similar (a typo's ~10,000 on a heavy user). The index's threshold is a setting, `pg_trgm.word_similarity_threshold`:
-- raised here, just above `above`, and restored when the function returns (its SET clause), so no other statement of
-- the caller's transaction reads titles against it. `execute` plans the read with the project ids known, so the planner
-- sees each project's size in its statistics.
create function backend.task_ids_more_similar(project_ids bigint[], search text, above real)
returns setof bigint
language plpgsql
-- Few, as a rule (a typo has no title more similar than its near misses): the caller's plan fetches each by id.
rows 10
-- Parallel unsafe (the default, said here): no setting may change while workers run, so a statement calling it
-- has none.
parallel unsafe
set pg_trgm.word_similarity_threshold = 1
as $$
begin
  -- Just above `above`: a float4 similarity greater than it is at least one float4 step (above * 2^-24) greater.
  perform set_config('pg_trgm.word_similarity_threshold', least(above::float8 * (1 + 1e-9), 1)::text, true);
  return query execute
    'select id from backend.tasks where project_id = any($1) and $2 <% title and word_similarity($2, title) > $3'
    using project_ids, search, above;
end
$$;

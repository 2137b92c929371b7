-- Whether any task of some projects has a title that matches a search exactly (word similarity 1), asked of the
-- trigram index alone: at a threshold of 1 its `<%` leaves out every title that lacks one of the search's trigrams, so
-- a prefix's or a typo's near misses (on a heavy user ~10,000 titles, each lacking the search's last trigram) are not
-- read at all. A search page asks it before reading its exact matches newest first (search-page.ts): that read
-- rechecked every near miss and found none (35 ms on the full run of 2026-12-05). The threshold is set only for the
-- call (its SET clause), as for `task_ids_more_similar` (migration 015), and the function is parallel unsafe for the
-- same reason: no setting may change while workers run.
create function backend.tasks_match_exactly(project_ids bigint[], search text)
returns boolean
language plpgsql
parallel unsafe
set pg_trgm.word_similarity_threshold = 1
as $$
declare
  found boolean;
begin
  -- `execute` plans the read with the project ids known, as in migration 015.
  execute 'select exists (select from backend.tasks where project_id = any($1) and $2 <% title)'
    into found using project_ids, search;
  return found;
end
$$;

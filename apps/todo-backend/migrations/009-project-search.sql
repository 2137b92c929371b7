-- Search reads one project at a time (the one asked for, or each of the caller's memberships), and compares titles
-- with the search and each of its typo variants (`variant <% title`). It was slow for two reasons, both fixed here.

-- 1. The planner prices word similarity like `=`, while one comparison costs 2–4 µs, about a hundred times more.
-- So it read every task of the project through a btree index and compared each with every variant (~15 µs a task:
-- 150 ms for a project of 10,000) rather than read the matches from a trigram index. Priced as it costs, the
-- comparison is left to the rows the trigram index finds. Only the functions' owner may change their cost: a
-- superuser, as in embedded mode; where the database user is not one (some managed services), search keeps working
-- with the planner's own choice.
do $$
begin
  alter function word_similarity_op(text, text) cost 100;
  alter function word_similarity_commutator_op(text, text) cost 100;
exception when insufficient_privilege or undefined_function then
  raise notice 'word similarity keeps its default cost: %', sqlerrm;
end $$;

-- 2. The trigram indexes covered the text alone, so reading matches from them meant every user's matches, the
-- project filtered afterwards. On (project_id, text) (btree_gin makes the project id a GIN key) they give only the
-- project's. Every query on the text names a project, so the text-only indexes go.
create extension if not exists btree_gin;

create index tasks_project_title_trgm_idx on backend.tasks using gin (project_id, title gin_trgm_ops);
create index tasks_project_description_trgm_idx on backend.tasks using gin (project_id, description gin_trgm_ops);
drop index backend.tasks_title_trgm_idx;
drop index backend.tasks_description_trgm_idx;

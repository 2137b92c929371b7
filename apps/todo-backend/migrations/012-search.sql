-- Search by relevance (word similarity to the title, newest first among equals) reads a page without scoring and
-- sorting every match, which for a word in 1 title of 10 of a 100,000-task project was 10,000+ rows
-- (docs/benchmarks.md, Findings). taskRepository's relevance page reads:
-- 1. the project's tasks nearest the search (KNN, `search <<-> title`) from a GiST trigram index whose first key is
--    the project (btree_gist), so the scan stays within it. Signatures of 256 bytes: at the default 12 nearly every
--    bit of an inner page's signature is set, and a rare word's scan could skip nothing (653 ms against 5 ms at
--    1,000,000 tasks);
-- 2. the tasks as relevant as the page's last one, newest first, from (project_id, id).
-- The (project_id, text) trigram GIN indexes of 009 stay: they serve searches with few matches.
-- The migrator runs in one transaction, so these cannot be built concurrently: on 1,000,000 tasks this takes about
-- a minute, and writes to tasks wait for it.
create extension if not exists btree_gist;

create index tasks_project_title_knn_idx on backend.tasks using gist (project_id, title gist_trgm_ops (siglen = 256));
create index tasks_project_id_idx on backend.tasks (project_id, id);

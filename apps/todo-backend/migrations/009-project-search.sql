-- Search reads one project at a time (the one asked for, or each of the caller's memberships). With trigram indexes
-- on the text alone, the planner had two paths, both slow for a big project in a big database: every task of the
-- project read and compared with each typo variant of the search (~15 µs a task: 150 ms for 10,000 tasks), or the
-- trigram index read for every user's matches and the project filtered afterwards. On (project_id, text) (btree_gin
-- makes the project id a GIN key), the index gives only the project's matches. Every query on the text names a
-- project, so the text-only indexes go.
create extension if not exists btree_gin;

create index tasks_project_title_trgm_idx on backend.tasks using gin (project_id, title gin_trgm_ops);
create index tasks_project_description_trgm_idx on backend.tasks using gin (project_id, description gin_trgm_ops);
drop index backend.tasks_title_trgm_idx;
drop index backend.tasks_description_trgm_idx;

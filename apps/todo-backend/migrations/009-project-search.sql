-- Search reads one project at a time (the one asked for, or each of the caller's memberships). With trigram indexes
-- on the text alone the planner had two paths, both slow: every task of the project read and each title compared
-- with every typo variant of the search (a trigram comparison per variant per row: ~150 ms for 10,000 tasks), or the
-- trigram index searched over every user's titles and the project filtered afterwards. A GIN index on the project
-- and the text (btree_gin makes the project id a GIN key) finds only the project's matching rows. Every query on
-- the text names a project, so the text-only indexes go.
create extension if not exists btree_gin;

create index tasks_project_title_trgm_idx on backend.tasks using gin (project_id, title gin_trgm_ops);
create index tasks_project_description_trgm_idx on backend.tasks using gin (project_id, description gin_trgm_ops);
drop index backend.tasks_title_trgm_idx;
drop index backend.tasks_description_trgm_idx;

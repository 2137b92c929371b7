-- A GIN index takes new entries into a pending list first and merges them into the index when the list passes
-- gin_pending_list_limit (4 MB by default). Every scan of the index reads the whole list, and the planner adds its
-- pages to each scan's cost: once ~11,000 tasks had been made after the indexes were built, search read a heavy
-- user's Inbox of 111,000 tasks from a btree index and tested every task (1-6 s) rather than read the trigram index,
-- and each trigram scan (a search makes one per condition) read ~500 pages of list (docs/benchmarks.md, Search).
-- At 64 kB, the least there is, the list stays a few pages; the insert that passes it merges the list.
alter index backend.tasks_project_title_trgm_idx set (gin_pending_list_limit = 64);
alter index backend.tasks_project_description_trgm_idx set (gin_pending_list_limit = 64);

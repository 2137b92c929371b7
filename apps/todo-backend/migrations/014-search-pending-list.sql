-- A GIN index takes new entries into a pending list first and merges them into the index when the list passes
-- gin_pending_list_limit (4 MB by default). Every scan of the index reads the whole list, and the planner counts its
-- pages in each scan's cost: with ~11,000 tasks made after the indexes were built (a full list), search read a heavy
-- user's project of 111,000 tasks from a btree index and tested every task (1–4 s) rather than read the trigram
-- index, and each trigram scan read ~500 pages of list (~5 ms; a search makes one per condition). At 64 kB, the
-- least there is, the list stays a few pages; the insert that passes it merges the list (about 100 tasks' worth).
alter index backend.tasks_project_title_trgm_idx set (gin_pending_list_limit = 64);
alter index backend.tasks_project_description_trgm_idx set (gin_pending_list_limit = 64);

-- A search by relevance first looks for exact matches (word similarity 1) among each project's newest tasks, a
-- bounded read newest first: this index gives a project's tasks in id order without sorting them.
create index tasks_project_id_idx on backend.tasks (project_id, id);

-- Who made each change and in which project. Entries written before projects keep their meaning: the actor was
-- the user the entry belongs to.
alter table audit.audit_log add column actor_id text;
alter table audit.audit_log add column actor_name text;
alter table audit.audit_log add column project_id bigint;
update audit.audit_log set actor_id = user_id where actor_id is null;
alter table audit.audit_log alter column actor_id set not null;
-- A shared task's history is every member's changes: read by task alone.
create index audit_log_task_only_idx on audit.audit_log (task_id, occurred_at);

-- CalDAV (docs/caldav.md, "The CalDAV server"): what a client sent that the task does not hold, and a change log
-- per calendar collection (project) for sync-collection (RFC 6578).

-- A task a CalDAV client has seen written: its UID (the client's on create, else `doable-task-<id>@doable`), the
-- resource name it lives under in its collection, and the client's properties Doable does not model (jCal).
-- Tasks never written over CalDAV have no row: their UID and name follow from their id.
create table backend.caldav_objects (
  task_id bigint primary key references backend.tasks (id) on delete cascade,
  uid text not null unique check (char_length(uid) between 1 and 1000),
  -- The last path segment, decoded (`<uid>.ics` unless the client chose another name).
  name text not null check (char_length(name) between 1 and 1000),
  extras jsonb
);
-- A resource is looked up by its name within its project.
create index caldav_objects_name_idx on backend.caldav_objects (name);

-- The last sequence number handed out per project. Taking the next one locks the row until commit, so one
-- project's changes get their numbers in commit order: a reader who sees number n has seen every change before it,
-- which makes the number a safe sync token.
create table backend.caldav_collections (
  project_id bigint primary key,
  seq bigint not null default 0
);

-- One row per change of a task in a project: changed (created, edited, moved in) or removed (deleted, moved out).
-- No foreign key to projects: deleting a project deletes its tasks after the project row, and their removals are
-- still logged.
create table backend.caldav_changes (
  project_id bigint not null,
  seq bigint not null,
  task_id bigint not null,
  -- The resource name at the time, for the tombstone of a task that is gone.
  name text not null,
  removed boolean not null,
  primary key (project_id, seq)
);

-- A client's own name for a calendar it made with MKCALENDAR: the collection is found under that name for that user.
create table backend.caldav_calendar_names (
  user_id text not null references backend."user" (id) on delete cascade,
  name text not null check (char_length(name) between 1 and 200),
  project_id bigint not null references backend.projects (id) on delete cascade,
  primary key (user_id, name),
  unique (user_id, project_id)
);

create function backend.caldav_log(p_project bigint, p_task bigint, p_removed boolean) returns void language plpgsql as $$
declare
  next_seq bigint;
  object_name text;
begin
  insert into backend.caldav_collections as c (project_id, seq) values (p_project, 1)
    on conflict (project_id) do update set seq = c.seq + 1
    returning seq into next_seq;
  select o.name into object_name from backend.caldav_objects o where o.task_id = p_task;
  insert into backend.caldav_changes (project_id, seq, task_id, name, removed)
    values (p_project, next_seq, p_task, coalesce(object_name, 'doable-task-' || p_task || '@doable.ics'), p_removed);
end $$;

-- Every writer of tasks (REST, chat, MCP, CalDAV, the recurring-task service through the backend) changes these rows,
-- so a trigger in the change's own transaction logs them all, exactly once, whatever the mode.
create function backend.caldav_log_task() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    perform backend.caldav_log(new.project_id, new.id, false);
  elsif tg_op = 'DELETE' then
    perform backend.caldav_log(old.project_id, old.id, true);
  elsif old.project_id <> new.project_id then
    perform backend.caldav_log(old.project_id, old.id, true);
    perform backend.caldav_log(new.project_id, new.id, false);
  -- The reminder's delivery mark and the manual order are not part of the iCalendar object.
  elsif (to_jsonb(old) - 'reminder_sent_at' - 'position') is distinct from (to_jsonb(new) - 'reminder_sent_at' - 'position') then
    perform backend.caldav_log(new.project_id, new.id, false);
  end if;
  -- A BEFORE DELETE trigger that returns null would cancel the delete.
  if tg_op = 'DELETE' then
    return old;
  end if;
  return null;
end $$;

create trigger tasks_caldav_log_write after insert or update on backend.tasks
  for each row execute function backend.caldav_log_task();
-- Before the row goes, so the tombstone can read the task's resource name (its caldav_objects row cascades away).
create trigger tasks_caldav_log_delete before delete on backend.tasks
  for each row execute function backend.caldav_log_task();

-- A client's extras are part of the object: a change to them is a change of the task for sync.
create function backend.caldav_log_object() returns trigger language plpgsql as $$
declare
  task_project bigint;
begin
  select t.project_id into task_project from backend.tasks t where t.id = new.task_id;
  if task_project is not null and (tg_op = 'INSERT' or old is distinct from new) then
    perform backend.caldav_log(task_project, new.task_id, false);
  end if;
  return null;
end $$;

create trigger caldav_objects_log after insert or update on backend.caldav_objects
  for each row execute function backend.caldav_log_object();
